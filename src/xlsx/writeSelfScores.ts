/**
 * Writes merged self scores (Tự chấm) into a cluster workbook loaded with exceljs, appends the merge log
 * (hidden sheet _ThiDuaGop), and checks the result by reading it back. Only the planned Tự chấm cells
 * change; every other cell, style, validation and sheet is kept as loaded. Formula results cached in the
 * file are dropped (the file asks to be fully recalculated on open), so no program shows stale totals.
 */
import ExcelJS from "exceljs";
import type { MergeChange, MergeLogRecord } from "../domain/merge/types";
import { sameValue } from "../domain/merge/planMerge";
import type { EntryInput } from "../domain/scoring/input";
import { MERGE_LOG_COLUMNS, MERGE_LOG_SHEET, MERGE_LOG_WIDTHS, mergeLogNextRow, mergeLogRecords, mergeLogRow } from "../workbook/handout/mergeLog";
import { SHEET } from "../workbook/names";
import { readClusterXlsx, workbookCells, cellValue } from "./readClusterWorkbook";

export { MERGE_LOG_SHEET } from "../workbook/handout/mergeLog";

/** The merge log of a cluster workbook (empty when it has none). */
export function readMergeLog(wb: ExcelJS.Workbook): MergeLogRecord[] {
  const ws = workbookCells(wb).sheet(MERGE_LOG_SHEET);
  if (!ws) return [];
  return mergeLogRecords((r, c) => cellValue(ws.getCell(r, c)), ws.rowCount);
}

/** Sets the changed cells and appends the log, in place. */
export async function applySelfScores(wb: ExcelJS.Workbook, changes: readonly MergeChange[], log: readonly MergeLogRecord[]): Promise<void> {
  const entry = workbookCells(wb).sheet(SHEET.entry);
  if (!entry) throw new Error(`applySelfScores: no sheet ${SHEET.entry}`);
  for (const c of changes) {
    if (c.where.sheet !== SHEET.entry || c.where.cell === undefined) throw new Error(`applySelfScores: ${c.where.sheet}!${c.where.cell} is not a Tự chấm cell`);
    entry.getCell(c.where.cell).value = c.value;
  }
  let ws = workbookCells(wb).sheet(MERGE_LOG_SHEET);
  if (!ws) {
    ws = wb.addWorksheet(MERGE_LOG_SHEET, { state: "hidden" });
    MERGE_LOG_COLUMNS.forEach((h, i) => (ws!.getCell(1, i + 1).value = h));
    for (const [col, width] of Object.entries(MERGE_LOG_WIDTHS)) ws.getColumn(col).width = width;
    await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true });
  }
  let row = mergeLogNextRow(ws.rowCount);
  for (const r of log) {
    mergeLogRow(r).forEach((v, i) => (ws!.getCell(row, i + 1).value = v));
    row++;
  }
  dropCachedResults(wb);
  keepPageNumbering(wb);
  wb.calcProperties.fullCalcOnLoad = true;
}

/**
 * exceljs reads firstPageNumber=1 with useFirstPageNumber=false, but writes useFirstPageNumber whenever
 * firstPageNumber is set: without this, every load → save would switch on "first page number" in print setup.
 */
function keepPageNumbering(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => {
    const ps = ws.pageSetup as Partial<ExcelJS.PageSetup> & { useFirstPageNumber?: boolean };
    if (ps.useFirstPageNumber === false) delete ps.firstPageNumber;
  });
}

/**
 * Formula cells keep their formula but lose the cached result (recomputed when the file is opened), so
 * no reader compares a total cached before the merge with the scores after it. Every formula cell, by
 * its type: exceljs leaves a cached 0, false or "" out of `cell.value` (it is only in `cell.result`).
 */
function dropCachedResults(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        const { result: _dropped, ...rest } = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue;
        cell.value = { ...rest, result: undefined } as ExcelJS.CellValue;
      });
    });
  });
}

export interface VerifyProblem {
  readonly cell: string;
  readonly expected: string;
  readonly found: string;
}

/**
 * Reads the written bytes back through the workbook contract and compares every entry with what it
 * should be: the changed self cells hold the new values, every other self and cluster entry is as before.
 * Also returns the entries read (for validating the merged workbook).
 */
export async function verifyWritten(
  bytes: Buffer,
  before: readonly EntryInput[],
  changes: readonly MergeChange[],
): Promise<{ problems: VerifyProblem[]; entries: EntryInput[] }> {
  const { read } = await readClusterXlsx(bytes);
  if (!read.ok) return { problems: [{ cell: "-", expected: "readable workbook", found: read.error.id }], entries: [] };
  const expected = new Map<string, unknown>();
  for (const e of before) {
    if (e.self !== undefined && e.where?.self?.cell) expected.set(e.where.self.cell, e.self);
    if (e.cluster !== undefined && e.where?.cluster?.cell) expected.set(e.where.cluster.cell, e.cluster);
  }
  for (const c of changes) expected.set(c.where.cell!, c.value);
  const found = new Map<string, unknown>();
  for (const e of read.value.entries) {
    if (e.self !== undefined && e.where?.self?.cell) found.set(e.where.self.cell, e.self);
    if (e.cluster !== undefined && e.where?.cluster?.cell) found.set(e.where.cluster.cell, e.cluster);
  }
  const problems: VerifyProblem[] = [];
  for (const cell of new Set([...expected.keys(), ...found.keys()])) {
    const a = expected.get(cell) as string | number | boolean | null | undefined;
    const b = found.get(cell) as string | number | boolean | null | undefined;
    if (!sameValue(a ?? null, b ?? null)) problems.push({ cell, expected: String(a ?? ""), found: String(b ?? "") });
  }
  return { problems, entries: read.value.entries };
}
