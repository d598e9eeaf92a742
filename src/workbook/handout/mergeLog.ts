/**
 * Layout of the cluster workbook's merge log: the hidden sheet _ThiDuaGop, one row per merged file under a
 * header row (key names in row 1). Shared by the .xlsx writer (src/xlsx/writeSelfScores.ts) and the
 * Office.js action (src/excel/actions/selfScores.ts) so both read and append the same rows. Pure.
 * Every string of a row is written as text, never as a formula: fileId (the handout's metadata) and file
 * (the file name) come from outside, and "=1+1" must read back as "=1+1" (exceljs writes strings as text;
 * the Office.js action quotes them with excelText).
 */
import type { MergeLogRecord } from "../../domain/merge/types";
import type { RawValue } from "../../domain/scoring/entryValue";

/** Hidden sheet of the cluster workbook listing every merge (one row per merged file). */
export const MERGE_LOG_SHEET = "_ThiDuaGop";

/** Row 1, columns A…F. */
export const MERGE_LOG_COLUMNS = ["at", "fileId", "unit", "file", "valuesHash", "cells"] as const;

/** Column widths (characters, as in a WorkbookPlan) of the columns that are not left at the default. */
export const MERGE_LOG_WIDTHS: Readonly<Record<string, number>> = { A: 26, D: 40 };

/** A record as the cells of its row, A…F. */
export function mergeLogRow(r: MergeLogRecord): [string, string, string, string, string, number] {
  return [r.at, r.fileId, r.unit, r.file, r.valuesHash, r.cells];
}

/** The records of a log sheet: rows 2…lastRow, empty rows skipped. `cell(row, col)` is 1-based. */
export function mergeLogRecords(cell: (row: number, col: number) => RawValue, lastRow: number): MergeLogRecord[] {
  const out: MergeLogRecord[] = [];
  for (let r = 2; r <= lastRow; r++) {
    const v = MERGE_LOG_COLUMNS.map((_, i) => cell(r, i + 1));
    if (v.every((x) => x === null || x === undefined || x === "")) continue;
    out.push({ at: String(v[0] ?? ""), fileId: String(v[1] ?? ""), unit: String(v[2] ?? ""), file: String(v[3] ?? ""), valuesHash: String(v[4] ?? ""), cells: Number(v[5] ?? 0) });
  }
  return out;
}

/** Row where the next record goes: below the last used row, never on the header. */
export function mergeLogNextRow(lastUsedRow: number): number {
  return Math.max(lastUsedRow, 1) + 1;
}
