/**
 * Draws a sheet's planned charts through Office.js, bound to the same cells as the .xlsx renderer's
 * (src/xlsx/chart/): a chart from the first series' values, then the other series added, each with the
 * categories; thresholds as dashed lines. Members of ExcelApi 1.1–1.8, within the manifest's 1.8.
 */
import type { ChartPlan, ChartSeriesPlan } from "../workbook/plan";
import { addr } from "../workbook/plan";

/** The sheet and address of an absolute reference ('Xếp hạng'!$B$9:$B$48 → Xếp hạng, B9:B48). */
export function splitRef(ref: string): { sheet: string; address: string } {
  const bang = ref.lastIndexOf("!");
  const sheet = ref.slice(0, bang);
  const unquoted = sheet.startsWith("'")
    ? sheet.slice(1, -1).replace(/''/g, "'")
    : sheet;
  return { sheet: unquoted, address: ref.slice(bang + 1).replace(/\$/g, "") };
}

const rangeOf = (ctx: Excel.RequestContext, ref: string): Excel.Range => {
  const { sheet, address } = splitRef(ref);
  return ctx.workbook.worksheets.getItem(sheet).getRange(address);
};

/** Queues the charts' drawing on `ws` (no sync). */
export function drawCharts(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  charts: readonly ChartPlan[],
): void {
  for (const plan of charts) drawChart(ctx, ws, plan);
}

function drawChart(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  plan: ChartPlan,
): void {
  const [first, ...rest] = plan.series;
  if (!first) return;
  const chart = ws.charts.add(
    plan.direction === "column" ? "ColumnClustered" : "BarClustered",
    rangeOf(ctx, first.values),
    "Columns",
  );
  chart.name = plan.name;
  chart.title.text = plan.title;
  chart.setPosition(
    addr(plan.anchor.from.col, plan.anchor.from.row),
    addr(plan.anchor.to.col, plan.anchor.to.row),
  );
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
  // Horizontal bars: the first category (the first in rank) on top, like the .xlsx renderer's maxMin axis.
  if (plan.direction === "bar") chart.axes.categoryAxis.reversePlotOrder = true;
}

/** Name and categories; a threshold as a dashed line without markers; value labels when there is one bars series. */
function styleSeries(
  ctx: Excel.RequestContext,
  series: Excel.ChartSeries,
  plan: ChartPlan,
  s: ChartSeriesPlan,
  bars: number,
): void {
  series.name = s.name;
  series.setXAxisValues(rangeOf(ctx, plan.categories));
  if (s.kind === "line") {
    series.chartType = "Line";
    series.markerStyle = "None";
    series.format.line.lineStyle = "Dash";
  } else {
    series.hasDataLabels = bars === 1;
  }
}

/**
 * Queues a load of the charts on the existing sheets the plan replaces and will draw charts on (sync, then
 * `deleteEarlierCharts`): a rebuilt sheet gets its charts again, not a second copy. Empty when nothing to load.
 */
export function loadChartsToReplace(sheets: Excel.WorksheetCollection, replaced: readonly { readonly existing: string; readonly charts: readonly ChartPlan[] }[]): Map<string, Excel.ChartCollection> {
  const out = new Map<string, Excel.ChartCollection>();
  for (const r of replaced) {
    if (r.charts.length === 0) continue;
    const charts = sheets.getItem(r.existing).charts;
    charts.load("items/name");
    out.set(r.existing, charts);
  }
  return out;
}

/** The same from a read the caller made (chart names by lower-case sheet name): no load, no sync. */
export function knownCharts(replaced: readonly { readonly existing: string; readonly charts: readonly ChartPlan[] }[], known: ReadonlyMap<string, readonly string[]>): Map<string, readonly string[]> {
  return new Map(replaced.filter((r) => r.charts.length > 0).map((r) => [r.existing, known.get(r.existing.toLowerCase()) ?? []]));
}

/** Queues the deletion of the earlier charts named like the plan's (ThiDua's own; a user's other charts stay). */
export function deleteEarlierCharts(ws: Excel.Worksheet, earlier: Excel.ChartCollection | readonly string[] | undefined, charts: readonly ChartPlan[]): void {
  if (!earlier) return;
  const names = new Set(charts.map((c) => c.name));
  const present = Array.isArray(earlier) ? (earlier as readonly string[]) : (earlier as Excel.ChartCollection).items.map((c) => c.name);
  for (const name of present) if (names.has(name)) ws.charts.getItem(name).delete();
}
