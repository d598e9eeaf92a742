/**
 * What undo may put back, decided cell by cell (pure). The journal keeps, for each cell a write changed,
 * what the cell held before (`was`) and what ThiDua wrote (`wrote`). Undo puts `was` back only where the
 * cell still holds `wrote`; a cell changed since is listed and kept (unless the user chose to put it back).
 * For the score sheets undo deletes or replaces whole (insert), scores typed since are counted by unit.
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import { boxAddress, parseBox } from "../cells";
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

/** The box that holds every watched score cell. */
export function watchedBox(w: WatchedScores): string | null {
  if (w.rows.length === 0 || w.cols.length === 0) return null;
  const rows = w.rows.map((r) => r.row);
  const cols = w.cols.map((c) => c.col);
  return boxAddress({ r0: Math.min(...rows), c0: Math.min(...cols), r1: Math.max(...rows), c1: Math.max(...cols) });
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
      if (v === "" || (typeof v === "string" && v.trim() === "")) continue;
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
