/**
 * Xếp hạng's charts, bound to the rank-ordered block's cells so they follow every typed score, drawn below it:
 * - every unit's total (or % of its own maximum) in rank order as columns, with each band's threshold as a line;
 * - every unit's points per top-level group as a share of the group's maximum, as horizontal bars.
 */
import { SHEET } from "../names";
import { absAddr, sheetRef, type ChartPlan } from "../plan";
import { wb } from "../text";
import type { PlanContext } from "./context";
import { groupName, thresholdName } from "./rankingChartData";

/** The ranking chart: its height in rows, and units per column of width (it widens with the cluster). */
const RANKING_ROWS = 22;
const UNITS_PER_COLUMN = 3;
/** The groups chart: rows per bar (every unit has one bar per group), and its smallest height. */
const ROWS_PER_BAR = 0.55;
const MIN_ROWS = 16;
const WIDTH_COLUMNS = 12;

export function rankingCharts(ctx: PlanContext): ChartPlan[] {
  if (ctx.units.length === 0) return [];
  const ranking = rankingChart(ctx);
  const groups = groupsChart(ctx, ranking.anchor.to.row + 2);
  return groups ? [ranking, groups] : [ranking];
}

const orderedRange = ({ layout: L, units }: PlanContext, col: number) => {
  const first = L.orderedBlock.firstRow;
  return `${sheetRef(SHEET.ranking)}${absAddr(col, first)}:${absAddr(col, first + units.length - 1)}`;
};

// The ordered block writes rank, unit, value, band and award in columns A…E (rankingOrder.ts).
const UNIT_COL = 2;
const VALUE_COL = 3;

function rankingChart(ctx: PlanContext): ChartPlan {
  const { layout: L, units } = ctx;
  const percent = L.rankingCols.percent !== null;
  const top = L.orderedBlock.firstRow + units.length + 2;
  return {
    name: wb("chart.rankingTitle"),
    direction: "column",
    title: wb("chart.rankingTitle"),
    categories: orderedRange(ctx, UNIT_COL),
    series: [
      { name: percent ? wb("head.percent") : wb("head.totalShort"), values: orderedRange(ctx, VALUE_COL), kind: "bars" },
      ...L.orderedBlock.thresholdCols.map(({ band, col }) => ({ name: thresholdName(ctx, band), values: orderedRange(ctx, col), kind: "line" as const })),
    ],
    valueAxis: { min: 0, ...(percent ? { max: 100 } : {}), numFmt: "General" },
    anchor: { from: { col: 1, row: top }, to: { col: Math.max(9, 2 + Math.ceil(units.length / UNITS_PER_COLUMN)), row: top + RANKING_ROWS } },
  };
}

function groupsChart(ctx: PlanContext, top: number): ChartPlan | null {
  const groups = ctx.layout.orderedBlock.groupCols;
  if (groups.length === 0) return null;
  const rows = Math.max(MIN_ROWS, Math.ceil(ctx.units.length * groups.length * ROWS_PER_BAR) + 4);
  return {
    name: wb("chart.groupsTitle"),
    direction: "bar",
    title: wb("chart.groupsTitle"),
    categories: orderedRange(ctx, UNIT_COL),
    series: groups.map(({ node, col }) => ({ name: groupName(ctx, node), values: orderedRange(ctx, col), kind: "bars" as const })),
    valueAxis: { min: 0, max: 1, numFmt: "0%" },
    anchor: { from: { col: 1, row: top }, to: { col: WIDTH_COLUMNS, row: top + rows } },
  };
}
