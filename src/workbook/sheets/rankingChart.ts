/**
 * Xếp hạng's chart: every unit's total (or % of its own maximum) in rank order, as horizontal bars, bound to the
 * rank-ordered block's cells (unit names and values), so it follows every typed score. Drawn below that block.
 */
import { SHEET } from "../names";
import { absAddr, sheetRef, type ChartPlan } from "../plan";
import { wb } from "../text";
import type { PlanContext } from "./context";

/** Rows of chart per unit (bars stay readable at 40 units) and its smallest height, in rows. */
const ROWS_PER_UNIT = 0.9;
const MIN_ROWS = 14;

export function rankingChart({ layout: L, units }: PlanContext): ChartPlan | null {
  const n = units.length;
  if (n === 0) return null;
  const O = L.orderedBlock;
  const C = L.rankingCols;
  const last = O.firstRow + n - 1;
  const range = (col: number) => `${sheetRef(SHEET.ranking)}${absAddr(col, O.firstRow)}:${absAddr(col, last)}`;
  // The ordered block writes rank, unit, value, band and award in columns A…E (rankingOrder.ts).
  const unitCol = 2;
  const valueCol = 3;
  const top = last + 3;
  return {
    kind: "bar",
    title: wb("chart.rankingTitle"),
    categories: range(unitCol),
    series: [{ name: C.percent !== null ? wb("head.percent") : wb("head.totalShort"), values: range(valueCol) }],
    anchor: { from: { col: 1, row: top }, to: { col: 9, row: top + Math.max(MIN_ROWS, Math.ceil(n * ROWS_PER_UNIT) + 4) } },
  };
}
