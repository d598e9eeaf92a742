/**
 * Undo of the pane's own writes. Excel clears its undo stack when an add-in writes, so before each write
 * the action records here what it will overwrite (cell values/formulas, names, sheet visibility) and which
 * sheets and names it will create; undoLast puts that back. Only the last operation is kept, in column A of
 * the hidden pane sheet. Formats of replaced sheets are not recorded (the record says so: `formatsLost`).
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import { message, type Message } from "../../messages/message";
import { boxAddress, excelText, parseBox } from "../cells";
import type { ActionEnv } from "./env";
import { runAction } from "./env";
import { clearPaneColumn, decodeBody, decodeHeader, encodeColumn, PANE_BATCH_BYTES, PANE_SHEET, UNDO_COLUMN, writePaneColumn } from "./paneSheet";
import { protectAgain, syncWrites, unprotectSheets } from "./protection";
import { hasSheet, readBook, type BookRead, type Grid } from "./readBook";
import { ActionError, type UndoInfo, type WriteResult } from "./types";

export type CellContent = string | number | boolean;

/** Cells to put back: a rectangle and what Range.formulas returned for it before the write. */
export interface UndoRange {
  readonly sheet: string;
  readonly address: string;
  readonly formulas: readonly (readonly CellContent[])[];
  /** Clear the sheet's contents first (the write may have filled cells outside the rectangle). */
  readonly clearSheet?: boolean;
}

export interface UndoRecord {
  readonly label: Message;
  readonly at: string;
  readonly cells: number;
  /** Sheets the operation created: deleted by undo. */
  readonly created: readonly string[];
  readonly restore: readonly UndoRange[];
  readonly visibility: readonly { readonly sheet: string; readonly visibility: string }[];
  /** Workbook names the operation created: deleted by undo. */
  readonly createdNames: readonly string[];
  /** Workbook names the operation replaced, with their formulas before. */
  readonly replacedNames: readonly { readonly name: string; readonly formula: string; readonly comment?: string }[];
  /** Sheets replaced in place whose formats undo cannot bring back. */
  readonly formatsLost: readonly string[];
}

/** The journal's first cell, read for the undo offer without the (possibly large) body. */
export interface UndoHeader {
  readonly v: 1;
  readonly label: Message;
  readonly at: string;
  readonly cells: number;
  readonly formatsLost: readonly string[];
  /** Sheets the operation created (undo deletes them). Absent in journals written before it was recorded. */
  readonly created?: readonly string[];
}

/** A used range as an undo rectangle (formulas as read; blanks as ""). */
export function rangeFromGrid(g: Grid, clearSheet: boolean): UndoRange {
  const formulas = g.formulas.map((row) => row.map((v) => (v === null || v === undefined ? "" : v)));
  const rows = formulas.length;
  const cols = formulas[0]?.length ?? 0;
  return { sheet: g.sheet, address: boxAddress({ r0: g.r0, c0: g.c0, r1: g.r0 + Math.max(rows, 1) - 1, c1: g.c0 + Math.max(cols, 1) - 1 }), formulas, clearSheet };
}

/** What to write so the cell gets back exactly this content (text stays text: "8,5" is not parsed). */
export function cellInputOf(v: RawValue): CellContent {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.startsWith("=") ? v : excelText(v);
  return v;
}

/**
 * Writes the record into the pane sheet before the operation's own writes: the last part stays queued and
 * goes out with the operation's first batch; a large record (replaced sheets) is sent in syncs of its own first.
 */
export async function recordUndo(ctx: Excel.RequestContext, paneExists: boolean, record: UndoRecord, maxBytes = PANE_BATCH_BYTES): Promise<void> {
  const header: UndoHeader = { v: 1, label: record.label, at: record.at, cells: record.cells, formatsLost: record.formatsLost, created: record.created };
  await writePaneColumn(ctx, paneExists, UNDO_COLUMN, encodeColumn(header, record), maxBytes);
}

/** Queues writing a grid back by blocks of rows, syncing whenever the pending bytes pass maxBytes. */
async function writeGrid(ws: Excel.Worksheet, r: UndoRange, pending: { bytes: number }, maxBytes: number, flush: () => Promise<void>): Promise<number> {
  const box = parseBox(r.address);
  let start = 0;
  let bytes = 0;
  const put = (from: number, to: number) => {
    if (to <= from) return;
    ws.getRange(boxAddress({ r0: box.r0 + from, c0: box.c0, r1: box.r0 + to - 1, c1: box.c1 })).formulas = r.formulas.slice(from, to).map((row) => row.map(cellInputOf));
  };
  for (let i = 0; i < r.formulas.length; i++) {
    const b = JSON.stringify(r.formulas[i]).length * 3;
    if (pending.bytes + bytes + b > maxBytes && (i > start || pending.bytes > 0)) {
      put(start, i);
      await flush();
      pending.bytes = 0;
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  put(start, r.formulas.length);
  pending.bytes += bytes;
  return r.formulas.reduce((s, row) => s + row.length, 0);
}

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

export async function lastUndo(env: ActionEnv): Promise<UndoInfo | null> {
  return runAction(env, "lastUndo", async (ctx) => undoInfoOf(await readBook(ctx, { pane: true })));
}

export async function undoLast(env: ActionEnv, maxBytes = PANE_BATCH_BYTES): Promise<WriteResult> {
  return runAction(env, "undoLast", async (ctx) => {
    const book = await readBook(ctx, { pane: true, names: true });
    const cells = undoCells(book);
    if (!decodeHeader<UndoHeader>(cells)) throw new ActionError(message("actions.error.nothingToUndo"), "invalid");
    let rec: UndoRecord;
    try {
      rec = decodeBody<UndoRecord>(cells);
    } catch (e) {
      throw new ActionError(message("actions.error.undoUnreadable", { sheet: PANE_SHEET, detail: e instanceof Error ? e.message : String(e) }), "invalid", { cause: e });
    }
    const sheets = ctx.workbook.worksheets;
    const restore = rec.restore.filter((r) => hasSheet(book, r.sheet));
    const touched = [...new Set(restore.map((r) => hasSheet(book, r.sheet)!.name))];
    const unprotected = await unprotectSheets(ctx, touched.filter((n) => hasSheet(book, n)!.protected));
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
    for (const r of restore) {
      const ws = sheets.getItem(r.sheet);
      if (r.clearSheet) ws.getRange().clear("Contents");
      written += await writeGrid(ws, r, pending, maxBytes, () => syncWrites(ctx, unprotected));
    }
    for (const v of rec.visibility) if (hasSheet(book, v.sheet)) sheets.getItem(v.sheet).visibility = v.visibility as Excel.SheetVisibility;
    protectAgain(ctx, unprotected);
    clearPaneColumn(ctx, true, UNDO_COLUMN);
    await syncWrites(ctx, unprotected);
    return { summary: message("actions.undo.done", { label: rec.label, cells: written }), cellsWritten: written, notices: [], undoable: false };
  });
}
