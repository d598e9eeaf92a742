/**
 * Draws a sheet's planned charts through Office.js, bound to the same cells as the .xlsx renderer's
 * (src/xlsx/chart/): a chart from the first series' values, then the other series added, each with the
 * categories; thresholds as dashed lines, trends as lines with markers. Members of ExcelApi 1.1–1.8, within the manifest's 1.8.
 */
import type { ChartPlan, ChartSeriesPlan } from "../workbook/plan";
import { addr } from "../workbook/plan";

/** The sheet and address of an absolute reference ('Xếp hạng'!$B$9:$B$48 → Xếp hạng, B9:B48). */
export function splitRef(ref: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf("!");
  const sheet = ref.slice(0, bang);
  const unquoted = sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return { sheet: unquoted, address: ref.slice(bang + 1).replace(/\$/g, "") };
}

/** A reference to one row of several cells ('Lịch sử'!$X$4:$Z$4). */
function isRowRange(ref: string): boolean {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(splitRef(ref).address);
  return m !== null && m[2] === m[4] && m[1] !== m[3];
}

const rangeOf = (ctx: Excel.RequestContext, ref: string): Excel.Range => {
  const { sheet, address } = splitRef(ref);
  return ctx.workbook.worksheets.getItem(sheet).getRange(address);
};

/** Queues the charts' drawing on `ws` (no sync). */
export function drawCharts(ctx: Excel.RequestContext, ws: Excel.Worksheet, charts: readonly ChartPlan[]): void {
  for (const plan of charts) drawChart(ctx, ws, plan);
}

function drawChart(ctx: Excel.RequestContext, ws: Excel.Worksheet, plan: ChartPlan): void {
  const [first, ...rest] = plan.series;
  if (!first) return;
  const type = first.kind === "trend" ? "LineMarkers" : plan.direction === "column" ? "ColumnClustered" : "BarClustered";
  // A series whose values lie along a row (a trend over periods) is one series by rows.
  const chart = ws.charts.add(type, rangeOf(ctx, first.values), isRowRange(first.values) ? "Rows" : "Columns");
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.setPosition(addr(plan.anchor.from.col, plan.anchor.from.row), addr(plan.anchor.to.col, plan.anchor.to.row));
  chart.legend.visible = plan.series.length > 1;
  if (plan.series.length > 1) chart.legend.position = "Bottom";
  const bars = plan.series.filter((s) => s.kind === "bars").length;
  styleSeries(ctx, chart.series.getItemAt(0), plan, first, bars);
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(rangeOf(ctx, s.values));
    styleSeries(ctx, series, plan, s, bars);
  }
  const values = chart.axes.valueAxis;
  values.minimum = plan.valueAxis.min;
  if (plan.valueAxis.max !== undefined) values.maximum = plan.valueAxis.max;
  values.numberFormat = plan.valueAxis.numFmt;
  // Ranks: 1 on top, the categories still along the bottom (where the reversed axis ends).
  if (plan.valueAxis.reversed) {
    values.reversePlotOrder = true;
    values.position = "Maximum";
  }
  // Horizontal bars: the first category (the first in rank) on top, like the .xlsx renderer's maxMin axis.
  if (plan.direction === "bar") chart.axes.categoryAxis.reversePlotOrder = true;
}

/** Name and categories; a threshold as a dashed line without markers; value labels when there is one bars series. */
function styleSeries(ctx: Excel.RequestContext, series: Excel.ChartSeries, plan: ChartPlan, s: ChartSeriesPlan, bars: number): void {
  series.name = s.name;
  series.setXAxisValues(rangeOf(ctx, plan.categories));
  if (s.kind === "line") {
    series.chartType = "Line";
    series.markerStyle = "None";
    series.format.line.lineStyle = "Dash";
  } else if (s.kind === "trend") {
    series.chartType = "LineMarkers";
  } else {
    series.hasDataLabels = bars === 1;
  }
}

/** A sheet the plan replaces (its name in the workbook) and the charts the plan draws on it. */
export interface ReplacedSheet {
  readonly existing: string;
  readonly charts: readonly ChartPlan[];
}

/**
 * The chart names on each replaced sheet the plan draws charts on (by its existing name), so a rebuilt sheet
 * gets its charts again, not a second copy: from the caller's read when given (lower-case sheet names), else
 * loaded (one `sync`, only when there is such a sheet).
 */
export async function earlierChartNames(sheets: Excel.WorksheetCollection, replaced: readonly ReplacedSheet[], known: ReadonlyMap<string, readonly string[]> | undefined, sync: () => Promise<void>): Promise<Map<string, readonly string[]>> {
  const withCharts = replaced.filter((r) => r.charts.length > 0);
  if (known) return new Map(withCharts.map((r) => [r.existing, known.get(r.existing.toLowerCase()) ?? []]));
  const loaded = withCharts.map((r) => [r.existing, sheets.getItem(r.existing).charts.load("items/name")] as const);
  if (loaded.length > 0) await sync();
  return new Map(loaded.map(([name, charts]) => [name, charts.items.map((c) => c.name)]));
}

/** Queues the deletion of the earlier charts named like the plan's (ThiDua's own; a user's other charts stay). */
export function deleteEarlierCharts(ws: Excel.Worksheet, earlier: readonly string[] | undefined, charts: readonly ChartPlan[]): void {
  const names = new Set(charts.map((c) => c.name));
  for (const name of earlier ?? []) if (names.has(name)) ws.charts.getItem(name).delete();
}
