/**
 * What undo may put back, decided cell by cell (pure). The journal keeps, for each cell a write changed,
 * what the cell held before (`was`) and what ThiDua wrote (`wrote`). Undo puts `was` back only where the
 * cell still holds `wrote`; a cell changed since is listed and kept (unless the user chose to put it back).
 * For the score sheets undo deletes or replaces whole (insert), scores typed since are counted by unit.
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import { boxAddress, parseBox, parseCell, positioned } from "../cells";
import type { Template } from "../../domain/template/model";
import { workbookLayout } from "../../workbook/layout";
import { addr, type SheetPlan } from "../../workbook/plan";
import type { ChangedCell, TypedScore } from "./types";

export type CellContent = string | number | boolean;

/** Score cells of a sheet undo deletes or replaces whole: rows × columns, and the non-empty values ThiDua wrote. */
export interface WatchedScores {
  readonly sheet: string;
  readonly rows: readonly { readonly row: number; readonly criterion: string }[];
  readonly cols: readonly { readonly col: number; readonly unit: string; readonly column: "self" | "cluster" }[];
  /** Non-empty values ThiDua wrote (carried-over scores), by address; every other score cell was left empty. */
  readonly wrote: Readonly<Record<string, CellContent>>;
}

/** Other input cells of a sheet undo deletes or replaces (unit names, meeting details), with their row's caption. */
export interface WatchedInputs {
  readonly sheet: string;
  readonly cells: readonly { readonly cell: string; readonly label: string; readonly wrote?: CellContent }[];
}

/** Cells of one restore rectangle: what was there before, what ThiDua wrote, what is there now. */
export interface CellsNow {
  readonly sheet: string;
  readonly address: string;
  readonly was: readonly (readonly CellContent[])[];
  readonly wrote: readonly (readonly CellContent[])[];
  readonly now: readonly (readonly RawValue[])[];
  readonly unit?: string;
  readonly criterion?: string;
}

export function contentOf(v: RawValue): CellContent {
  return v === null || v === undefined ? "" : v;
}

/** Same cell content as Range.formulas returns it (formulas compared without case: Excel may change it). */
export function sameContent(a: RawValue, b: RawValue): boolean {
  const x = contentOf(a);
  const y = contentOf(b);
  if (typeof x === "string" && typeof y === "string" && x.startsWith("=") && y.startsWith("=")) return x.toUpperCase() === y.toUpperCase();
  return x === y;
}

export const cellKey = (sheet: string, cell: string) => `${sheet.toLowerCase()}!${cell.toUpperCase()}`;

/** One decided cell: put `was` back, or keep what the user changed. */
export interface CellDecision {
  readonly sheet: string;
  readonly cell: string;
  readonly was: CellContent;
}

/** Splits a rectangle into cells undo may put back and cells changed since (already-as-before cells are neither). */
export function decideCells(r: CellsNow): { restore: CellDecision[]; changed: ChangedCell[] } {
  const box = parseBox(r.address);
  const restore: CellDecision[] = [];
  const changed: ChangedCell[] = [];
  r.was.forEach((row, i) =>
    row.forEach((was, j) => {
      const cell = boxAddress({ r0: box.r0 + i, c0: box.c0 + j, r1: box.r0 + i, c1: box.c0 + j });
      const now = r.now[i]?.[j];
      const wrote = r.wrote[i]?.[j] ?? "";
      if (sameContent(now, wrote)) restore.push({ sheet: r.sheet, cell, was });
      else if (!sameContent(now, was)) {
        changed.push({ sheet: r.sheet, cell, ...(r.unit ? { unit: r.unit } : {}), ...(r.criterion ? { criterion: r.criterion } : {}), now: contentOf(now), wrote, was });
      }
    }),
  );
  return { restore, changed };
}

/** The box that holds every watched cell. */
export function watchedBox(w: WatchedScores | WatchedInputs): string | null {
  const cells = "cells" in w ? w.cells.map((c) => parseCell(c.cell)) : w.rows.flatMap((r) => w.cols.map((c) => ({ row: r.row, col: c.col })));
  if (cells.length === 0) return null;
  const rows = cells.map((p) => p.row);
  const cols = cells.map((p) => p.col);
  return boxAddress({ r0: Math.min(...rows), c0: Math.min(...cols), r1: Math.max(...rows), c1: Math.max(...cols) });
}

const blank = (v: CellContent) => v === "" || (typeof v === "string" && v.trim() === "");

/** Other inputs typed since: non-empty cells that differ from what ThiDua wrote. */
export function typedInputs(w: WatchedInputs, now: readonly (readonly RawValue[])[], sheetName: string): TypedScore[] {
  const box = watchedBox(w);
  if (!box) return [];
  const b = parseBox(box);
  return w.cells.flatMap((c) => {
    const p = parseCell(c.cell);
    const v = contentOf(now[p.row - b.r0]?.[p.col - b.c0]);
    return blank(v) || sameContent(v, c.wrote ?? "") ? [] : [{ sheet: sheetName, cell: c.cell, label: c.label, value: v }];
  });
}

/** Scores typed since ThiDua wrote the sheet: non-empty score cells that differ from what it wrote. */
export function typedScores(w: WatchedScores, now: readonly (readonly RawValue[])[], sheetName: string): TypedScore[] {
  const box = watchedBox(w);
  if (!box) return [];
  const b = parseBox(box);
  const out: TypedScore[] = [];
  for (const r of w.rows) {
    for (const c of w.cols) {
      const cell = addr(c.col, r.row);
      const v = contentOf(now[r.row - b.r0]?.[c.col - b.c0]);
      if (blank(v)) continue;
      if (sameContent(v, w.wrote[cell] ?? "")) continue;
      out.push({ sheet: sheetName, cell, unit: c.unit, criterion: r.criterion, column: c.column, value: v });
    }
  }
  return out;
}

/**
 * The score cells of a planned Chấm điểm sheet (every leaf row × every unit's self and cluster column)
 * and the non-empty values the plan writes there, for the sheet named `sheetName` in the workbook.
 */
export function watchedScoresOf(entry: SheetPlan, t: Template, units: readonly string[], sheetName: string): WatchedScores {
  const L = workbookLayout(t, units.length);
  const rows = L.nodes.flatMap((c, i) => (c.children.length === 0 ? [{ row: L.nodeRow(i), criterion: c.code }] : []));
  const cols = units.flatMap((unit, u) => [
    { col: L.selfEntryCol(u), unit, column: "self" as const },
    { col: L.clusterEntryCol(u), unit, column: "cluster" as const },
  ]);
  const wrote: Record<string, CellContent> = {};
  for (const r of rows) {
    for (const c of cols) {
      const a = addr(c.col, r.row);
      const p = entry.cells.get(a);
      if (p && "value" in p && p.value !== null && p.value !== "") wrote[a] = p.value;
    }
  }
  return { sheet: sheetName, rows, cols, wrote };
}

/** The input cells of a planned sheet (other than Chấm điểm's scores), captioned by the nearest text to their left. */
export function watchedInputsOf(sheet: SheetPlan, sheetName: string): WatchedInputs {
  const text = (row: number, col: number): string | null => {
    const c = sheet.cells.get(addr(col, row));
    return c && "value" in c && typeof c.value === "string" && c.value.trim() !== "" && c.role !== "input" ? c.value : null;
  };
  const cells = positioned(sheet)
    .filter((p) => p.cell.role === "input")
    .map((p) => {
      let label: string | null = null;
      for (let col = p.pos.col - 1; col >= 1 && label === null; col--) label = text(p.pos.row, col);
      const v = "value" in p.cell ? p.cell.value : null;
      return { cell: addr(p.pos.col, p.pos.row), label: label ?? text(1, p.pos.col) ?? "", ...(v !== null && v !== "" ? { wrote: v } : {}) };
    });
  return { sheet: sheetName, cells };
}
