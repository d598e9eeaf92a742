/**
 * The self-score merge (step Tự chấm) over Office.js:
 * - readMergeCluster: ONE read (readBook) of the ThiDua sheets and the merge log → mergeClusterFromRead.
 *   (When the workbook has no merge log yet, readBook's missing-sheet fallback adds up to two syncs.)
 * - applySelfScores: 1 read (the same sheets), every change checked against the layout BEFORE anything is
 *   written (only Chấm điểm Tự chấm cells of leaf criteria, still the cell of the planned unit and criterion,
 *   still holding the value the preview showed), then 1 unprotect when needed and 1 write: undo record, the
 *   cells, the log rows appended to _ThiDuaGop (created hidden and protected, with the layout of
 *   src/workbook/handout/mergeLog.ts, when missing). Every text (values and log) is written as text, never
 *   as a formula, as the CLI's exceljs writer does: a file named "=…" or a fileId "=1+1" reads back the same.
 */
import { sameValue } from "../../domain/merge/planMerge";
import type { MergeChange, MergeCluster, MergeLogRecord } from "../../domain/merge/types";
import type { RawValue } from "../../domain/scoring/entryValue";
import { identityKey } from "../../domain/text/normalize";
import { message, type ParamValue } from "../../messages/message";
import { MERGE_LOG_COLUMNS, MERGE_LOG_SHEET, MERGE_LOG_WIDTHS, mergeLogNextRow, mergeLogRecords, mergeLogRow } from "../../workbook/handout/mergeLog";
import { mergeClusterFromRead } from "../../workbook/handout/mergeCluster";
import { SHEET } from "../../workbook/names";
import { addr, columnLetter } from "../../workbook/plan";
import type { ClusterRead } from "../../workbook/readBack";
import { boxAddress, columnWidthRanges, excelText, parseCell } from "../cells";
import { runAction, type ActionEnv } from "./env";
import { PANE_SHEET } from "./paneSheet";
import { PROTECT_OPTIONS, protectAgain, syncWrites, unprotectSheets } from "./protection";
import { cellOf, hasSheet, type BookRead, type Grid } from "./readBook";
import { readThiDuaBook, sheetNameIn } from "./thiduaSet";
import { CLUSTER_SHEETS } from "./thiduaRead";
import { recordUndo, type CellContent, type UndoRange } from "./undoJournal";
import { ActionError, type WriteResult } from "./types";
import { requireCluster } from "./validate";

/** The sheets both actions read: the cluster (readCluster) and the merge log. */
export const MERGE_SHEETS: readonly string[] = [...CLUSTER_SHEETS, MERGE_LOG_SHEET];

function logGrid(book: BookRead): Grid | undefined {
  return book.grids.get(MERGE_LOG_SHEET.toLowerCase());
}

function lastRow(g: Grid | undefined): number {
  return g ? g.r0 + g.values.length - 1 : 0;
}

function logOf(book: BookRead): MergeLogRecord[] {
  const g = logGrid(book);
  return g ? mergeLogRecords((r, c) => cellOf(g, r, c), lastRow(g)) : [];
}

export async function readMergeCluster(env: ActionEnv): Promise<MergeCluster> {
  return runAction(env, "readMergeCluster", async (ctx) => {
    const book = await readThiDuaBook(ctx, { grids: MERGE_SHEETS }); // the current set's sheets (thiduaSet.ts)
    return mergeClusterFromRead(requireCluster(book), logOf(book));
  });
}

/** A change checked against the workbook: where it goes (normalised address, row/column). */
interface Target {
  readonly address: string;
  readonly row: number;
  readonly col: number;
  readonly change: MergeChange;
}

/**
 * Every change must be a Tự chấm cell of a leaf criterion on Chấm điểm, and still the cell of the unit and
 * criterion it was planned for. Throws ActionError "invalid" for the first one that is not (nothing written yet).
 */
export function checkTargets(read: ClusterRead, changes: readonly MergeChange[], entrySheet: string = SHEET.entry): Target[] {
  const { layout } = read;
  const selfCols = new Map<number, number>(Array.from({ length: layout.unitCount }, (_, u) => [layout.selfEntryCol(u), u]));
  const leafByRow = new Map<number, string>();
  layout.nodes.forEach((c, i) => {
    if (c.children.length === 0) leafByRow.set(layout.nodeRow(i), identityKey(c.code));
  });
  const byCell = new Map<string, Target>();
  for (const change of changes) {
    const sheet = change.where.sheet ?? "";
    const shownCell = change.where.cell ?? "";
    let pos: { row: number; col: number };
    try {
      pos = parseCell(shownCell);
    } catch (e) {
      throw new ActionError(message("actions.error.badCell", { cell: shownCell }), "invalid", { cause: e });
    }
    if (sheet.toLowerCase() !== entrySheet.toLowerCase()) {
      throw new ActionError(message("actions.error.selfScoreSheet", { sheet, cell: shownCell, entry: entrySheet }), "invalid");
    }
    const unit = selfCols.get(pos.col);
    if (unit === undefined) {
      const columns = [...selfCols.keys()].map(columnLetter).join(", ");
      throw new ActionError(message("actions.error.selfScoreColumn", { sheet: entrySheet, cell: shownCell, columns }), "invalid");
    }
    const leaf = leafByRow.get(pos.row);
    if (leaf === undefined) {
      throw new ActionError(message("actions.error.selfScoreRow", { sheet: entrySheet, cell: shownCell, row: pos.row }), "invalid");
    }
    const sameUnit = unit === change.unitIndex && identityKey(read.units[unit] ?? "") === identityKey(change.unit);
    if (!sameUnit || leaf !== identityKey(change.criterion)) {
      throw new ActionError(message("actions.error.selfScoreMoved", { sheet: entrySheet, cell: shownCell, unit: change.unit, criterion: change.criterion }), "invalid");
    }
    const address = addr(pos.col, pos.row);
    byCell.set(address, { address, row: pos.row, col: pos.col, change }); // the last change for a cell wins
  }
  return [...byCell.values()];
}

/** How a value is shown in a message: empty as "(trống)", numbers formatted per locale. */
function shownValue(v: RawValue): ParamValue {
  if (v === null || v === undefined || v === "") return message("handout.pane.empty");
  return typeof v === "number" ? v : String(v);
}

/**
 * Every target cell must still hold what the preview showed (change.old), by the merge's own rule for
 * "unchanged" (sameValue: empty = null/""/undefined, numbers by value, text after cleaning). A score typed
 * in between would otherwise be overwritten silently: throws ActionError "invalid" naming the first such
 * cell (nothing written yet).
 */
export function checkUnchangedSince(grid: Grid | undefined, targets: readonly Target[]): void {
  const changed = targets.filter((t) => !sameValue(cellOf(grid, t.row, t.col), t.change.old));
  const first = changed[0];
  if (!first) return;
  throw new ActionError(
    message("actions.error.selfScoreChanged", {
      sheet: SHEET.entry,
      cell: first.address,
      unit: first.change.unit,
      criterion: first.change.criterion,
      now: shownValue(cellOf(grid, first.row, first.col)),
      shown: shownValue(first.change.old),
      count: changed.length,
    }),
    "invalid",
  );
}

/** What to write so the cell holds exactly this value: text always as text (never a formula). */
function textInput(v: string | number | boolean): CellContent {
  return typeof v === "string" ? excelText(v) : v;
}

export async function applySelfScores(env: ActionEnv, changes: readonly MergeChange[], log: readonly MergeLogRecord[]): Promise<WriteResult> {
  return runAction(env, "applySelfScores", async (ctx) => {
    if (changes.length === 0 && log.length === 0) return { summary: message("actions.selfScores.none"), cellsWritten: 0, notices: [], undoable: false };
    const book = await readThiDuaBook(ctx, { grids: MERGE_SHEETS });
    const targets = checkTargets(requireCluster(book), changes, sheetNameIn(book, SHEET.entry));
    const grid = book.grids.get(SHEET.entry.toLowerCase());
    checkUnchangedSince(grid, targets);

    const entry = hasSheet(book, SHEET.entry)!;
    const logSheet = hasSheet(book, MERGE_LOG_SHEET);
    // Undo puts back only cells still holding what is written here (wrote); unit and criterion name a changed one.
    const restore: UndoRange[] = targets.map((t) => ({
      sheet: entry.name,
      address: t.address,
      formulas: [[content(cellOf(grid, t.row, t.col, "formulas"))]],
      wrote: [[t.change.value]],
      unit: t.change.unit,
      criterion: t.change.criterion,
    }));
    const first = mergeLogNextRow(lastRow(logGrid(book)));
    const last = first + log.length - 1;
    if (logSheet && log.length > 0) {
      const g = logGrid(book);
      const before = Array.from({ length: log.length }, (_, i) => MERGE_LOG_COLUMNS.map((_, c) => content(cellOf(g, first + i, c + 1, "formulas"))));
      restore.push({ sheet: logSheet.name, address: logAddress(first, last), formulas: before, wrote: log.map((r) => mergeLogRow(r).map(content)) });
    }
    const toUnprotect = [entry, ...(logSheet && log.length > 0 ? [logSheet] : [])].filter((s) => s.protected).map((s) => s.name);
    const unprotected = await unprotectSheets(ctx, toUnprotect);
    const createLog = !logSheet && log.length > 0;
    await recordUndo(ctx, hasSheet(book, PANE_SHEET) !== undefined, {
      label: message("actions.undo.label.selfScores", { count: targets.length }),
      at: env.now().toISOString(),
      cells: targets.length + log.length * MERGE_LOG_COLUMNS.length,
      created: createLog ? [MERGE_LOG_SHEET] : [],
      restore,
      visibility: [],
      createdNames: [],
      replacedNames: [],
      formatsLost: [],
    });

    const sheets = ctx.workbook.worksheets;
    for (const t of targets) sheets.getItem(entry.name).getRange(t.address).formulas = [[textInput(t.change.value)]];
    if (log.length > 0) {
      let ws: Excel.Worksheet;
      if (createLog) {
        ws = sheets.add(MERGE_LOG_SHEET);
        ws.visibility = "Hidden";
        ws.getRange(logAddress(1, 1)).values = [[...MERGE_LOG_COLUMNS]];
        for (const w of columnWidthRanges(MERGE_LOG_WIDTHS)) ws.getRange(w.address).format.columnWidth = w.points;
      } else ws = sheets.getItem(logSheet!.name);
      ws.getRange(logAddress(first, last)).formulas = log.map((r) => mergeLogRow(r).map(textInput));
      if (createLog) ws.protection.protect(PROTECT_OPTIONS);
    }
    protectAgain(ctx, unprotected);
    await syncWrites(ctx, unprotected);
    return {
      summary: message("actions.selfScores.done", { count: targets.length, files: log.length, log: MERGE_LOG_SHEET }),
      cellsWritten: targets.length + log.length * MERGE_LOG_COLUMNS.length,
      notices: [],
      undoable: true,
    };
  });
}

function logAddress(first: number, last: number): string {
  return boxAddress({ r0: first, c0: 1, r1: last, c1: MERGE_LOG_COLUMNS.length });
}

function content(v: unknown): CellContent {
  return v === null || v === undefined ? "" : (v as CellContent);
}
