/**
 * Text copied from Word or Excel (tab-separated; a cell with line breaks comes quoted) or saved as CSV
 * (";" or ",") → the grid of cells the import reads. The separator is the tab when there is one, else the
 * ";" or "," of the first line (outside quotes). Quotes that do not close are not fatal: the text is then read line by
 * line, split on the separator, and `quotesUnmatched` says so.
 */
import { parse } from "csv-parse/sync";

export interface TextGrid {
  readonly grid: string[][];
  readonly quotesUnmatched: boolean;
}

/** Tab when the text has one (Word, Excel); else the first line's ";" or "," (a CSV's header; titles further down have commas). */
function separatorOf(text: string): string {
  if (text.includes("\t")) return "\t";
  const first = (text.split(/\r\n|\r|\n/u).find((l) => l.trim() !== "") ?? "").replace(/"[^"]*"/gu, "");
  for (const sep of [";", ","]) if (first.includes(sep)) return sep;
  return "\t";
}

export function gridOfText(text: string): TextGrid {
  const body = text.replace(/^\uFEFF/u, "");
  if (body.trim() === "") return { grid: [], quotesUnmatched: false };
  const delimiter = separatorOf(body);
  try {
    const grid = parse(body, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
    return { grid, quotesUnmatched: false };
  } catch {
    // csv-parse refuses a quote left open; read the lines as they are rather than nothing.
    return { grid: body.split(/\r\n|\r|\n/u).map((line) => line.split(delimiter)), quotesUnmatched: true };
  }
}
