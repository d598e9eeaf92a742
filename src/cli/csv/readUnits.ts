/**
 * The cluster's unit list: one name per line (.txt and anything else), or the first column of a
 * CSV (.csv, separator detected from the first line). An optional header ("đơn vị", "unit") is skipped.
 */
import { parse } from "csv-parse/sync";
import { cleanText, looseKey, type UnitInput } from "../../domain";
import { EXIT_DATA } from "../args";
import { text } from "../messages";
import { detectDelimiter, HEADER_ALIASES } from "./readScores";
import type { Read } from "./readText";

export function readUnitsText(content: string, file: string): Read<UnitInput[]> {
  const isCsv = /\.csv$/i.test(file);
  let cells: { name: string; line: number }[];
  if (isCsv) {
    const delimiter = detectDelimiter(content.split(/\r?\n/, 1)[0] ?? "") ?? ",";
    try {
      const rows = parse(content, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as unknown as {
        record: string[];
        info: { lines: number };
      }[];
      cells = rows.map((r) => ({ name: cleanText(r.record[0] ?? ""), line: r.info.lines }));
    } catch (e) {
      const err = e as { lines?: number; message?: string };
      return { ok: false, exit: EXIT_DATA, errors: [text("csv.syntax", { where: `${file}:${err.lines ?? 1}`, detail: String(err.message ?? e) })] };
    }
  } else {
    cells = content.split(/\r?\n/).map((l, i) => ({ name: cleanText(l), line: i + 1 }));
  }
  cells = cells.filter((c) => c.name !== "");
  const headerKeys = new Set(HEADER_ALIASES.unit.map(looseKey));
  if (cells[0] && headerKeys.has(looseKey(cells[0].name))) cells = cells.slice(1);
  if (cells.length === 0) return { ok: false, exit: EXIT_DATA, errors: [text("units.empty", { file })] };
  return { ok: true, value: cells.map((c) => ({ name: c.name, where: { file, line: c.line, column: 1 } })) };
}
