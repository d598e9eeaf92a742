/**
 * The summary .xlsx's chart, right under the ranking table where a reader looks first: every unit's total (or %)
 * in rank order, as columns bound to the table's own cells (the same DrawingML as the workbook's, src/xlsx/chart/).
 */
import type { ChartPlan } from "../workbook/plan";
import { absAddr, sheetRef } from "../workbook/plan";
import { wb } from "../workbook/text";
import type { ClusterSummary } from "./clusterSummary";

/** Rows the chart takes, and the table length from which it starts on a page of its own. */
export const SUMMARY_CHART_ROWS = 20;
export const CHART_PAGE_BREAK_AFTER = 15;

/** The chart over the table whose header is on `headerRow`, drawn from `top`; null without units. */
export function summaryChart(s: ClusterSummary, sheet: string, headerRow: number, top: number): ChartPlan | null {
  const header = s.table[0]!;
  const n = s.table.length - 1;
  if (n === 0) return null;
  const unitCol = header.indexOf(wb("head.unit")) + 1;
  const percent = header.indexOf(wb("head.percent"));
  const valueCol = (percent >= 0 ? percent : header.indexOf(wb("head.totalShort"))) + 1;
  const range = (col: number) => `${sheetRef(sheet)}${absAddr(col, headerRow + 1)}:${absAddr(col, headerRow + n)}`;
  return {
    name: wb("chart.rankingTitle"),
    direction: "column",
    title: wb("chart.rankingTitle"),
    categories: range(unitCol),
    series: [{ name: String(header[valueCol - 1]), values: range(valueCol), kind: "bars" }],
    valueAxis: { min: 0, ...(percent >= 0 ? { max: 100 } : {}), numFmt: "General" },
    anchor: { from: { col: 1, row: top }, to: { col: header.length + 1, row: top + SUMMARY_CHART_ROWS } },
  };
}
