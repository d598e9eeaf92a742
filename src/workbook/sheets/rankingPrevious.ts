/** Xếp hạng's last-period columns (workbooks with Lịch sử): each unit's total and rank there and the change since. */
import { previousColumns, previousValue, historyUnitCell } from "../previousColumns";
import type { SheetBuilder } from "../sheetBuilder";
import type { PlanContext } from "./context";

export function addRankingPrevious(rk: SheetBuilder, { template: t, layout: L, units }: PlanContext): void {
  const P = L.rankingCols.previous;
  for (const { field, head, source, numFmt } of previousColumns(t, units.length)) {
    rk.header(P[field], 1, head);
    rk.width(P[field], 10);
    for (let u = 0; u < units.length; u++) rk.formula(P[field], L.rankingRow(u), previousValue(historyUnitCell(t, units.length, source, u)), { numFmt });
  }
}
