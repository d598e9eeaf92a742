/**
 * Lịch sử's charts: every unit's total and rank over the earlier periods and this one (a line per unit, oldest
 * period on the left), bound to a data block right of the period blocks that follows every typed or imported
 * result. A period without a result is #N/A there, which both charts leave as a gap. Ranks: 1 on top.
 */
import { str } from "../formulas";
import type { HistoryLayout } from "../historyLayout";
import { HISTORY_SHEET, SHEET } from "../names";
import { absAddr, addr, sheetRef, type ChartPlan } from "../plan";
import type { SheetBuilder } from "../sheetBuilder";
import { hist } from "../text";
import type { PlanContext } from "./context";

const CHART_ROWS = 18;

/** The data block: headers (the periods' labels, this period's from Đơn vị) and per unit the totals and ranks. */
export function addHistoryChartData(sh: SheetBuilder, ctx: PlanContext, H: HistoryLayout): void {
  const C = H.cols;
  const points = H.periods + 1;
  const pastOf = (p: number) => H.periods - 1 - p;
  sh.label(C.chartTotal(0), H.labelRow, hist("chart.totalsData"), { bold: true });
  sh.label(C.chartRank(0), H.labelRow, hist("chart.ranksData"), { bold: true });
  for (let p = 0; p < points; p++) {
    const now = p === H.periods;
    const label = now ? `${sheetRef(SHEET.units)}$E$2` : addr(C.period(pastOf(p)).total, H.labelRow);
    const fallback = now ? hist("chart.now") : hist("head.periodAgo", { back: pastOf(p) + 1 });
    const head = `IF(${label}="",${str(fallback)},${label}&"")`;
    sh.formula(C.chartTotal(p), H.headerRow, head, { bold: true });
    sh.formula(C.chartRank(p), H.headerRow, head, { bold: true });
    for (let u = 0; u < ctx.units.length; u++) {
      const r = H.row(u);
      const total = now ? addr(C.totalNow, r) : addr(C.period(pastOf(p)).total, r);
      const rank = now ? addr(C.rankNow, r) : addr(C.period(pastOf(p)).rank, r);
      sh.formula(C.chartTotal(p), r, `IF(ISNUMBER(${total}),${total},NA())`, { numFmt: ctx.pointsFormat });
      sh.formula(C.chartRank(p), r, `IF(ISNUMBER(${rank}),${rank},NA())`, { numFmt: "0" });
    }
  }
}

/** The two charts below the table, side by side. */
export function historyCharts(ctx: PlanContext, H: HistoryLayout): ChartPlan[] {
  const n = ctx.units.length;
  if (n === 0) return [];
  const top = H.row(n - 1) + 3;
  const ref = (c0: number, c1: number, row: number) => `${sheetRef(HISTORY_SHEET)}${absAddr(c0, row)}:${absAddr(c1, row)}`;
  const last = H.periods;
  const categories = ref(H.cols.chartTotal(0), H.cols.chartTotal(last), H.headerRow);
  const series = (col: (p: number) => number) => ctx.units.map((name, u) => ({ name, values: ref(col(0), col(last), H.row(u)), kind: "trend" as const }));
  return [
    {
      name: hist("chart.totalsTitle"),
      direction: "column",
      title: hist("chart.totalsTitle"),
      categories,
      series: series(H.cols.chartTotal),
      valueAxis: { min: 0, numFmt: "General" },
      anchor: { from: { col: 1, row: top }, to: { col: 3, row: top + CHART_ROWS } },
    },
    {
      name: hist("chart.ranksTitle"),
      direction: "column",
      title: hist("chart.ranksTitle"),
      categories,
      series: series(H.cols.chartRank),
      valueAxis: { min: 1, numFmt: "0", reversed: true },
      anchor: { from: { col: 4, row: top }, to: { col: 12, row: top + CHART_ROWS } },
    },
  ];
}
