/**
 * The cluster's unit list: one name per line, or cells separated by tabs or semicolons (.txt and anything
 * else), or the first name column of a CSV (.csv, separator detected from the first line). A numbering
 * column (STT: "1", "1.", "01"), a header row ("STT", "Tên đơn vị", "Đơn vị", "unit") and blank lines are
 * left out (src/domain/text/nameList.ts). Names typed with a legacy font stop the command with their
 * conversion, unless `convertLegacy` (./legacyNames.ts).
 */
import { parse } from "csv-parse/sync";
import type { UnitInput } from "../../domain";
import { namesOfRows, rowsOfText, type NameRow } from "../../domain/text/nameList";
import { EXIT_DATA } from "../args";
import { text } from "../messages";
import { csvSyntaxDetail, unclosedQuoteLine } from "./csvSyntax";
import { legacyConversions, type NamesRead } from "./legacyNames";
import { detectDelimiter } from "./readScores";

function csvRows(content: string, file: string): { ok: true; rows: NameRow[] } | { ok: false; exit: number; errors: ReturnType<typeof text>[] } {
  const delimiter = detectDelimiter(content.split(/\r?\n/, 1)[0] ?? "") ?? ",";
  try {
    const rows = parse(content, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return { ok: true, rows: rows.map((r) => ({ cells: r.record, line: r.info.lines })) };
  } catch (e) {
    const err = e as { lines?: number; code?: string };
    const line = (err.code === "CSV_QUOTE_NOT_CLOSED" ? unclosedQuoteLine(content) : null) ?? err.lines ?? 1;
    return { ok: false, exit: EXIT_DATA, errors: [text("csv.syntax", { where: `${file}:${line}`, detail: csvSyntaxDetail(err.code) })] };
  }
}

export function readUnitsText(content: string, file: string, options: { readonly convertLegacy?: boolean } = {}): NamesRead<UnitInput[]> {
  const isCsv = /\.csv$/i.test(file);
  let rows: NameRow[];
  if (isCsv) {
    const read = csvRows(content, file);
    if (!read.ok) return read;
    rows = read.rows;
  } else {
    rows = rowsOfText(content.replace(/^\uFEFF/u, ""));
  }
  const listed = namesOfRows(rows, { firstCellOnly: isCsv }).names;
  if (listed.length === 0) return { ok: false, exit: EXIT_DATA, errors: [text("units.empty", { file })] };
  const legacy = legacyConversions(file, listed.map((n) => ({ raw: n.raw, where: `${file}:${n.line}` })), options.convertLegacy === true);
  if (!legacy.ok) return legacy;
  // The converted cells replace the typed ones, and the list is read again (numbering, header).
  const cells = new Map(listed.map((n, i) => [`${n.line}:${n.column}`, legacy.converted[i] ?? n.raw]));
  const converted = rows.map((r) => ({ line: r.line, cells: r.cells.map((c, i) => cells.get(`${r.line}:${i + 1}`) ?? c) }));
  const units = namesOfRows(converted, { firstCellOnly: isCsv }).names.map((n) => ({ name: n.name, where: { file, line: n.line, column: n.column } }));
  return { ok: true, value: units, notes: legacy.notes };
}
