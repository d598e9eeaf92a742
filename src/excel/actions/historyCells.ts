/**
 * Earlier results written into an existing Lịch sử: only its input cells that would read differently
 * (src/workbook/historyInputs.ts), each run of adjacent cells in a row as one range, undoably. Nothing else in the
 * workbook is rewritten, so the formatting added by hand stays. The formulas of Lịch sử, Xếp hạng and Tổng hợp
 * already read these cells. Syncs: 1 (the undo record queued with the writes; a large record first).
 */
import type { ClusterHistory } from "../../domain/history/types";
import type { RawValue } from "../../domain/scoring/entryValue";
import type { Template } from "../../domain/template/model";
import { message } from "../../messages/message";
import { changedHistoryInputs, type HistoryInput } from "../../workbook/historyInputs";
import { addr } from "../../workbook/plan";
import { excelText } from "../cells";
import { cellOf, type BookRead } from "./readBook";
import { paneSheetExists } from "./toneStyleRecord";
import { cellsRecord, recordUndo, type UndoRange } from "./undoJournal";

export interface HistoryTarget {
  readonly book: BookRead;
  /** Lịch sử's name in the workbook. */
  readonly sheet: string;
  readonly template: Template;
  readonly unitCount: number;
}

const inputOf = (v: string | number | null): string | number => (v === null ? "" : typeof v === "string" ? excelText(v) : v);

/** Changed cells as runs of adjacent columns in a row, left to right. */
function runs(changes: readonly HistoryInput[]): HistoryInput[][] {
  const sorted = [...changes].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: HistoryInput[][] = [];
  for (const c of sorted) {
    const last = out.at(-1)?.at(-1);
    if (last && last.row === c.row && last.col === c.col - 1) out.at(-1)!.push(c);
    else out.push([c]);
  }
  return out;
}

/** Writes `history`'s cells that Lịch sử does not hold yet; the number of cells written (0: nothing to write). */
export async function writeHistoryCells(ctx: Excel.RequestContext, target: HistoryTarget, history: ClusterHistory, at: string): Promise<number> {
  const grid = target.book.grids.get(target.sheet.toLowerCase());
  const read = (row: number, col: number): RawValue => cellOf(grid, row, col);
  const changes = changedHistoryInputs(target.template, target.unitCount, history, read);
  if (changes.length === 0) return 0;
  const ranges = runs(changes).map((run) => {
    const first = run[0]!;
    const address = run.length === 1 ? addr(first.col, first.row) : `${addr(first.col, first.row)}:${addr(run.at(-1)!.col, first.row)}`;
    const before = run.map((c) => cellOf(grid, c.row, c.col, "formulas") ?? "");
    return { address, before, wrote: run.map((c) => c.value ?? ""), input: run.map((c) => inputOf(c.value)) };
  });
  // `wrote` as Range.formulas reads it back (text as text): undo restores only the cells still holding it.
  const restore: UndoRange[] = ranges.map((r) => ({ sheet: target.sheet, address: r.address, formulas: [r.before as (string | number | boolean)[]], wrote: [r.wrote] }));
  await recordUndo(ctx, paneSheetExists(target.book), cellsRecord(message("history.import.undoLabel"), at, changes.length, restore));
  const ws = ctx.workbook.worksheets.getItem(target.sheet);
  for (const r of ranges) ws.getRange(r.address).formulas = [r.input];
  await ctx.sync();
  return changes.length;
}
