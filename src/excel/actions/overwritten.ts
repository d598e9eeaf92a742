/**
 * Formulas typed over: every formula cell the plan puts on a sheet that now holds a plain value. Pure
 * (the counterpart of readGrid's check, over used ranges already read), so validate stays at one sync.
 */
import type { ClusterHistory } from "../../domain/history/types";
import type { RawValue } from "../../domain/scoring/entryValue";
import type { Template } from "../../domain/template/model";
import { buildPlan } from "../../workbook/buildPlan";
import type { SheetPlan, WorkbookPlan } from "../../workbook/plan";
import { addr } from "../../workbook/plan";
import { positioned } from "../cells";
import type { OverwrittenFormula } from "../readGrid";
import { cellOf, type BookRead } from "./readBook";

/**
 * The plan the workbook's formulas come from. Formulas never contain unit names (they point at Đơn vị),
 * so placeholder names give the same formulas even when the user's unit list has blanks or repeats.
 * `history`: the workbook's Lịch sử as read (Xếp hạng and Tổng hợp then have last period's columns).
 */
export function formulaPlan(t: Template, unitCount: number, history: ClusterHistory | null = null): WorkbookPlan {
  return buildPlan(t, { name: "-", period: "-", units: Array.from({ length: unitCount }, (_, u) => `u${u + 1}`), ...(history ? { history } : {}) });
}

export function overwrittenOn(sp: SheetPlan, book: BookRead): OverwrittenFormula[] {
  const g = book.grids.get(sp.name.toLowerCase());
  if (!g) return [];
  const out: OverwrittenFormula[] = [];
  for (const p of positioned(sp)) {
    if (!("formula" in p.cell)) continue;
    const f: RawValue = cellOf(g, p.pos.row, p.pos.col, "formulas");
    if (typeof f === "string" && f.startsWith("=")) continue;
    out.push({ sheet: g.sheet, cell: addr(p.pos.col, p.pos.row), formula: `=${p.cell.formula}`, found: f });
  }
  return out;
}

/** Overwritten formulas on the given plan sheets (by name) that were read. */
export function overwrittenFormulas(plan: WorkbookPlan, book: BookRead, sheets: readonly string[]): OverwrittenFormula[] {
  return plan.sheets.filter((s) => sheets.includes(s.name)).flatMap((s) => overwrittenOn(s, book));
}
