/** Worksheet.charts and one Chart: add from a range, name, title, legend, axes, series, position, delete. */
import { boxA1, loadPaths } from "./addresses";
import { FakeChartAxis, FakeChartSeriesCollection, queuedProperty, queueSet } from "./chartSeries";
import { newChartState, type FakeChartState } from "./chartState";
import type { FakeRequestContext } from "./context";
import { guardFormat, missing, notLoaded } from "./errors";
import type { FakeRange } from "./range";
import type { FakeSheetState } from "./state";

export class FakeChart {
  readonly series: FakeChartSeriesCollection;
  readonly axes: { readonly valueAxis: FakeChartAxis; readonly categoryAxis: FakeChartAxis };
  readonly title: { text: string };
  readonly legend: { visible: boolean; position: string };
  private loadedName: string | undefined;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => FakeChartState,
    private readonly sheet: () => FakeSheetState,
  ) {
    this.series = new FakeChartSeriesCollection(ctx, resolve);
    this.axes = { valueAxis: new FakeChartAxis(ctx, resolve, "valueAxis"), categoryAxis: new FakeChartAxis(ctx, resolve, "categoryAxis") };
    this.title = Object.defineProperties({} as { text: string }, { text: queuedProperty(ctx, "ChartTitle.text", resolve, "title") });
    const legend = () => resolve().legend;
    this.legend = Object.defineProperties({} as { visible: boolean; position: string }, {
      visible: queuedProperty(ctx, "ChartLegend.visible", legend, "visible"),
      position: queuedProperty(ctx, "ChartLegend.position", legend, "position"),
    });
  }
  /** Used by collection loads. */
  snapshot(): void {
    this.loadedName = this.resolve().name;
  }
  get name(): string {
    return this.loadedName ?? notLoaded("name");
  }
  set name(v: string) {
    queueSet(this.ctx, "Chart.name", this.resolve, (c) => (c.name = v), v);
  }
  setPosition(startCell: string, endCell?: string): void {
    queueSet(this.ctx, "Chart.setPosition", this.resolve, (c) => (c.position = { start: startCell, end: endCell ?? startCell }), [startCell, endCell]);
  }
  /** Like Excel, refuses on a protected sheet. */
  delete(): void {
    this.ctx.host.require("Chart.delete");
    this.ctx.enqueue(() => {
      const s = this.sheet();
      guardFormat(s, "charts");
      s.charts.splice(s.charts.indexOf(this.resolve()), 1);
    }, { op: "chart.delete" });
  }
}

export class FakeChartCollection {
  private loadedItems: FakeChart[] | null = null;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: () => FakeSheetState,
  ) {}
  get items(): FakeChart[] {
    return this.loadedItems ?? notLoaded("items");
  }
  load(spec?: string | string[]): this {
    this.ctx.host.require("ChartCollection.load");
    const paths = loadPaths(spec);
    this.ctx.enqueue(() => {
      const charts = this.sheet().charts;
      this.loadedItems = charts.map((c) => {
        const chart = new FakeChart(this.ctx, () => c, this.sheet);
        chart.snapshot();
        return chart;
      });
      this.ctx.host.noteResponse(charts.map((c) => ({ name: c.name })));
    }, { op: "charts.load", paths });
    return this;
  }
  /** The chart of that name (ItemNotFound at sync when there is none, like Excel). */
  getItem(name: string): FakeChart {
    this.ctx.host.require("ChartCollection.getItem");
    return new FakeChart(this.ctx, () => this.sheet().charts.find((c) => c.name === name) ?? missing(name), this.sheet);
  }
  /** A chart of one series per column of `source` (or per row with seriesBy "Rows"), named like Excel's ("Chart 1"). */
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: FakeChartState | null = null;
    const add = (s: FakeSheetState) => {
      guardFormat(s, "charts");
      const b = source.box;
      const byRows = seriesBy === "Rows";
      const count = byRows ? b.r1 - b.r0 + 1 : b.c1 - b.c0 + 1;
      const line = (k: number) => boxA1(byRows ? { ...b, r0: b.r0 + k, r1: b.r0 + k } : { ...b, c0: b.c0 + k, c1: b.c0 + k });
      const series = Array.from({ length: count }, (_, k) => ({ name: `Series${k + 1}`, values: `${source.resolve().name}!${line(k)}`, categories: null }));
      s.charts.push((created = newChartState(`Chart ${s.charts.length + 1}`, type, series)));
    };
    queueSet(this.ctx, "ChartCollection.add", this.sheet, add, { type, source: source.addressText, seriesBy });
    return new FakeChart(this.ctx, () => created ?? missing("(new chart)"), this.sheet);
  }
}
