/**
 * lastUndo and undoLast: the undo offer and undo itself, from the journal (undoJournal.ts). Undo never
 * overwrites later work: it reads the cells the operation wrote in one batch and puts back only those
 * still holding what ThiDua wrote; cells changed since are listed and kept unless the user chose to put
 * them back. Scores typed into sheets it deletes or replaces are copied to a new sheet first (unless the
 * user chose to discard exactly as many as were shown).
 * Syncs: lastUndo 1 read + 1 read of the written cells; undoLast the same, 1 unprotect when needed, 1 write.
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import { message, render } from "../../messages/message";
import { WORKBOOK_LOCALE } from "../../workbook/text";
import { runAction, type ActionEnv } from "./env";
import { clearPaneColumn, decodeBody, decodeHeader, PANE_BATCH_BYTES, PANE_SHEET, UNDO_COLUMN } from "./paneSheet";
import { protectAgain, syncWrites, unprotectSheets } from "./protection";
import { hasSheet, readBook, type BookRead } from "./readBook";
import { cellKey, decideCells, typedInputs, typedScores, watchedBox, type CellDecision, type WatchedInputs, type WatchedScores } from "./undoCompare";
import { queueCopySheet } from "./undoCopy";
import { cellInputOf, writeGrid, type UndoHeader, type UndoRange, type UndoRecord } from "./undoJournal";
import { ActionError, type ChangedCell, type TypedScore, type UndoChoice, type UndoInfo, type WriteResult } from "./types";

function undoCells(book: BookRead): readonly RawValue[] {
  return book.pane?.columns[0] ?? [];
}

/**
 * The undo offer from the journal's header. createdSheets lists the created sheets undo will delete that
 * the user can see: still there and visible (the hidden _ThiDua sheet is not named). An older journal
 * without the list gives none.
 */
export function undoInfoOf(book: BookRead): UndoInfo | null {
  const h = decodeHeader<UndoHeader>(undoCells(book));
  if (!h || h.v !== 1) return null;
  const createdSheets = (h.created ?? []).flatMap((name) => {
    const sheet = hasSheet(book, name);
    return sheet && sheet.visibility === "Visible" ? [sheet.name] : [];
  });
  return {
    label: h.label,
    at: h.at,
    cells: h.cells,
    ...(createdSheets.length > 0 ? { createdSheets } : {}),
    ...(h.formatsLost.length > 0 ? { note: message("actions.undo.formatsLost", { sheets: h.formatsLost.join(", ") }) } : {}),
  };
}

function readRecord(book: BookRead): UndoRecord {
  const cells = undoCells(book);
  if (!decodeHeader<UndoHeader>(cells)) throw new ActionError(message("actions.error.nothingToUndo"), "invalid");
  try {
    return decodeBody<UndoRecord>(cells);
  } catch (e) {
    throw new ActionError(message("actions.error.undoUnreadable", { sheet: PANE_SHEET, detail: e instanceof Error ? e.message : String(e) }), "invalid", { cause: e });
  }
}

interface RangeState {
  readonly range: UndoRange;
  /** null: the journal did not record what was written (whole sheets, older journals): put back as a whole. */
  readonly restore: CellDecision[] | null;
  readonly changed: ChangedCell[];
}

interface UndoState {
  /** Per sheet the operation drew charts on without replacing the sheet's own (rec.chartsDrawn): those still there. */
  readonly charts: readonly { readonly sheet: string; readonly names: readonly string[] }[];
  readonly ranges: RangeState[];
  readonly changed: ChangedCell[];
  readonly typed: TypedScore[];
}

/** Reads, in one batch, the cells the operation wrote and the score cells of the sheets it created or replaced. */
async function assess(ctx: Excel.RequestContext, book: BookRead, rec: UndoRecord): Promise<UndoState> {
  const sheets = ctx.workbook.worksheets;
  const named = (s: string) => hasSheet(book, s)?.name;
  const restore = rec.restore.filter((r) => named(r.sheet));
  const reads = restore.map((r) => (r.wrote ? sheets.getItem(named(r.sheet)!).getRange(r.address).load("formulas") : null));
  const watch = <W extends WatchedScores | WatchedInputs>(list: readonly W[] | undefined) =>
    (list ?? []).flatMap((w) => {
      const name = named(w.sheet);
      const box = watchedBox(w);
      return name && box ? [{ w, name, range: sheets.getItem(name).getRange(box).load("formulas") }] : [];
    });
  const watched = watch(rec.watched);
  const inputs = watch(rec.watchedInputs);
  const drawn = (rec.chartsDrawn ?? []).flatMap((d) => {
    const sheet = named(d.sheet);
    return sheet ? [{ d, sheet, charts: sheets.getItem(sheet).charts.load("items/name") }] : [];
  });
  if (reads.some((r) => r) || watched.length > 0 || inputs.length > 0 || drawn.length > 0) await ctx.sync();
  const charts = drawn.map(({ d, sheet, charts: c }) => ({ sheet, names: c.items.map((x) => x.name).filter((n) => d.names.includes(n)) }));
  const ranges = restore.map((range, i): RangeState => {
    const read = reads[i];
    if (!read || !range.wrote) return { range, restore: null, changed: [] };
    const d = decideCells({ ...range, sheet: named(range.sheet)!, was: range.formulas, wrote: range.wrote, now: read.formulas as RawValue[][] });
    return { range, ...d };
  });
  const typed = [
    ...watched.flatMap(({ w, name, range }) => typedScores(w, range.formulas as RawValue[][], name)),
    ...inputs.flatMap(({ w, name, range }) => typedInputs(w, range.formulas as RawValue[][], name)),
  ];
  return { charts, ranges, changed: ranges.flatMap((r) => r.changed), typed };
}

function infoOf(state: UndoState): Partial<UndoInfo> {
  const cellLevel = state.ranges.every((r) => r.restore !== null);
  const scores = state.typed.filter((s) => s.unit !== undefined);
  const units = [...new Set(scores.map((s) => s.unit!))];
  const sheets = [...new Set(state.typed.map((s) => s.sheet))];
  const other = state.typed.length - scores.length;
  return {
    ...(state.changed.length > 0 ? { changed: state.changed } : {}),
    ...(cellLevel && state.ranges.length > 0 ? { restorable: state.ranges.reduce((n, r) => n + r.restore!.length, 0) } : {}),
    ...(state.typed.length > 0 ? { typedScores: { count: scores.length, units, sheets, ...(other > 0 ? { other } : {}) } } : {}),
  };
}

export async function lastUndo(env: ActionEnv): Promise<UndoInfo | null> {
  return runAction(env, "lastUndo", async (ctx) => {
    const book = await readBook(ctx, { pane: true });
    const base = undoInfoOf(book);
    if (!base) return null;
    let rec: UndoRecord;
    try {
      rec = decodeBody<UndoRecord>(undoCells(book));
    } catch {
      return base; // undoLast says the record cannot be read, with the reason
    }
    return { ...base, ...infoOf(await assess(ctx, book, rec)) };
  });
}

/** The cells of a rectangle to write back: all of them (as a whole), or the decided ones one by one. */
function cellsToWrite(s: RangeState, putBack: ReadonlySet<string>): CellDecision[] | "whole" {
  if (s.restore === null) return "whole";
  const back = s.changed.filter((c) => putBack.has(cellKey(c.sheet, c.cell))).map((c) => ({ sheet: c.sheet, cell: c.cell, was: c.was }));
  const all = [...s.restore, ...back];
  const size = s.range.formulas.reduce((n, row) => n + row.length, 0);
  return all.length === size && !s.range.clearSheet ? "whole" : all;
}

function checkTypedChoice(typed: readonly TypedScore[], choice: UndoChoice): "copy" | "discard" | "none" {
  if (typed.length === 0) return "none";
  const c = choice.typedScores;
  if (c === undefined || c === "copy") return "copy";
  if (typed.length > c.discard) throw new ActionError(message("undo.error.moreTyped", { count: typed.length, shown: c.discard }), "invalid");
  return "discard";
}

export async function undoLast(env: ActionEnv, choice: UndoChoice = {}, maxBytes = PANE_BATCH_BYTES): Promise<WriteResult> {
  return runAction(env, "undoLast", async (ctx) => {
    const book = await readBook(ctx, { pane: true, names: true });
    const rec = readRecord(book);
    const state = await assess(ctx, book, rec);
    const typedChoice = checkTypedChoice(state.typed, choice);
    const putBack = new Set((choice.putBack ?? []).map((c) => cellKey(c.sheet, c.cell)));
    const plans = state.ranges.map((s) => ({ s, cells: cellsToWrite(s, putBack) })).filter((p) => p.cells === "whole" || p.cells.length > 0);
    const sheets = ctx.workbook.worksheets;
    const touched = [...new Set(plans.map((p) => hasSheet(book, p.s.range.sheet)!.name))];
    const unprotected = await unprotectSheets(ctx, touched.filter((n) => hasSheet(book, n)!.protected));
    const label = render(rec.label, WORKBOOK_LOCALE);
    const at = new Date(rec.at).toLocaleString(WORKBOOK_LOCALE);
    const copy = typedChoice === "copy" ? queueCopySheet(ctx, book.sheets, state.typed, label, at) : null;
    const nameExists = (n: string) => book.names.some((x) => x.name.toLowerCase() === n.toLowerCase());
    for (const n of rec.createdNames) if (nameExists(n)) ctx.workbook.names.getItem(n).delete();
    for (const n of rec.replacedNames) {
      if (nameExists(n.name)) ctx.workbook.names.getItem(n.name).delete();
      if (n.comment) ctx.workbook.names.add(n.name, n.formula, n.comment);
      else ctx.workbook.names.add(n.name, n.formula);
    }
    for (const s of rec.created) if (hasSheet(book, s)) sheets.getItem(s).delete();
    let written = 0;
    const pending = { bytes: 0 };
    for (const { s, cells } of plans) {
      const ws = sheets.getItem(hasSheet(book, s.range.sheet)!.name);
      if (cells !== "whole") {
        for (const c of cells) ws.getRange(c.cell).formulas = [[cellInputOf(c.was)]];
        written += cells.length;
        continue;
      }
      if (s.range.clearSheet) ws.getRange().clear("Contents");
      written += await writeGrid(ws, s.range, pending, maxBytes, () => syncWrites(ctx, unprotected));
    }
    // Charts the operation drew on a sheet it replaced, which had none of that name: they go with the sheet's content.
    for (const c of state.charts) for (const name of c.names) sheets.getItem(c.sheet).charts.getItem(name).delete();
    for (const v of rec.visibility) if (hasSheet(book, v.sheet)) sheets.getItem(v.sheet).visibility = v.visibility as Excel.SheetVisibility;
    protectAgain(ctx, unprotected);
    clearPaneColumn(ctx, true, UNDO_COLUMN);
    await syncWrites(ctx, unprotected);
    return { summary: doneMessage(rec, written, state.changed.length - putBackCount(state.changed, putBack), copy, state.typed.length), cellsWritten: written, notices: [], undoable: false };
  });
}

function putBackCount(changed: readonly ChangedCell[], putBack: ReadonlySet<string>): number {
  return changed.filter((c) => putBack.has(cellKey(c.sheet, c.cell))).length;
}

function doneMessage(rec: UndoRecord, cells: number, kept: number, copy: string | null, typed: number) {
  const done = message("actions.undo.done", { label: rec.label, cells });
  if (copy) return message("undo.doneCopied", { done, count: typed, sheet: copy });
  if (kept > 0) return message("undo.doneKept", { done, kept });
  return done;
}
