/**
 * The undo journal of the pane's own writes. Excel clears its undo stack when an add-in writes, so before
 * each write the action records here what it will overwrite (cell values/formulas, names, sheet visibility),
 * what it writes in those cells (`wrote`, so that undo can tell a cell changed since), the score cells of the
 * sheets it creates or replaces, and which sheets and names it creates; undoRun.ts puts that back. Only the
 * last operation is kept, in column A of the hidden pane sheet. Formats of replaced sheets are not recorded
 * (the record says so: `formatsLost`).
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import type { Message } from "../../messages/message";
import { boxAddress, excelText, parseBox } from "../cells";
import { encodeColumn, PANE_BATCH_BYTES, UNDO_COLUMN, writePaneColumn } from "./paneSheet";
import type { Grid } from "./readBook";
import type { CellContent, WatchedInputs, WatchedScores } from "./undoCompare";

export type { CellContent } from "./undoCompare";

/** Cells to put back: a rectangle and what Range.formulas returned for it before the write. */
export interface UndoRange {
  readonly sheet: string;
  readonly address: string;
  readonly formulas: readonly (readonly CellContent[])[];
  /** Clear the sheet's contents first (the write may have filled cells outside the rectangle). */
  readonly clearSheet?: boolean;
  /**
   * What the operation wrote in the same rectangle (as Range.formulas returns it: text as text, formulas
   * with "="). Undo puts `formulas` back only in cells that still hold this. Absent for whole sheets
   * (clearSheet) and in journals written before it was recorded.
   */
  readonly wrote?: readonly (readonly CellContent[])[];
  /** The unit and criterion of the rectangle's cells (a score cell), to name them when changed since. */
  readonly unit?: string;
  readonly criterion?: string;
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
  /** Charts the operation drew on sheets it replaced that had no chart of that name before: undo deletes them. */
  readonly chartsDrawn?: readonly { readonly sheet: string; readonly names: readonly string[] }[];
  /** Score cells of the sheets the operation creates or replaces whole: undo counts (and copies) scores typed since. */
  readonly watched?: readonly WatchedScores[];
  /** The other input cells of those sheets (unit names, meeting details): counted and copied the same way. */
  readonly watchedInputs?: readonly WatchedInputs[];
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

/** The record of a write that only changed cells (no sheet, name or chart created or replaced). */
export function cellsRecord(label: Message, at: string, cells: number, restore: readonly UndoRange[]): UndoRecord {
  return { label, at, cells, created: [], restore, visibility: [], createdNames: [], replacedNames: [], formatsLost: [] };
}

/**
 * Writes the record into the pane sheet before the operation's own writes: the last part stays queued and
 * goes out with the operation's first batch (its bytes are returned); a large record (replaced sheets) is sent in syncs of its own first.
 */
export async function recordUndo(ctx: Excel.RequestContext, paneExists: boolean, record: UndoRecord, maxBytes = PANE_BATCH_BYTES): Promise<number> {
  const header: UndoHeader = { v: 1, label: record.label, at: record.at, cells: record.cells, formatsLost: record.formatsLost, created: record.created };
  return writePaneColumn(ctx, paneExists, UNDO_COLUMN, encodeColumn(header, record), maxBytes);
}

/** Queues writing a grid back by blocks of rows, syncing whenever the pending bytes pass maxBytes. */
export async function writeGrid(ws: Excel.Worksheet, r: UndoRange, pending: { bytes: number }, maxBytes: number, flush: () => Promise<void>): Promise<number> {
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
