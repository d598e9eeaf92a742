/** Chart.series, one ChartSeries and a chart axis: the members ThiDua sets (ExcelApi 1.1–1.8). */
import type { FakeChartSeriesState, FakeChartState } from "./chartState";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, missing, notLoaded } from "./errors";
import type { FakeMember } from "./requirements";
import type { FakeRange } from "./range";

/** "Sheet!B9:B48" of a range, when the queued operation runs. */
export const rangeRef = (r: FakeRange): string => `${r.resolve().name}!${(r.addressText ?? "").replace(/\$/g, "")}`;

/** Queues a change of `target()` after checking the member's requirement set. */
export function queueSet<T>(ctx: FakeRequestContext, member: FakeMember, target: () => T, apply: (t: T) => void, payload: unknown): void {
  ctx.host.require(member);
  ctx.enqueue(() => apply(target()), { op: member, payload });
}

/** A write-only property of `target()`'s field, queued like Office.js's (reading it without a load fails). */
export function queuedProperty<T, K extends keyof T>(ctx: FakeRequestContext, member: FakeMember, target: () => T, key: K): PropertyDescriptor {
  return { set: (v: T[K]) => queueSet(ctx, member, target, (t) => (t[key] = v), v), get: () => notLoaded(String(key)), enumerable: true };
}

export class FakeChartSeries {
  readonly format: { readonly line: { lineStyle: string; color: string }; readonly fill: { setSolidColor(color: string): void } };
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => FakeChartSeriesState,
  ) {
    const line = Object.defineProperties({} as { lineStyle: string; color: string }, {
      lineStyle: queuedProperty(ctx, "ChartLineFormat.lineStyle", resolve, "lineStyle"),
      color: queuedProperty(ctx, "ChartLineFormat.color", resolve, "lineColor"),
    });
    this.format = { line, fill: { setSolidColor: (c: string) => queueSet(ctx, "ChartFill.setSolidColor", resolve, (s) => (s.fill = c), c) } };
  }
  private put<K extends keyof FakeChartSeriesState>(member: FakeMember, key: K, v: FakeChartSeriesState[K]): void {
    queueSet(this.ctx, member, this.resolve, (s) => (s[key] = v), v);
  }
  set name(v: string) {
    this.put("ChartSeries.name", "name", v);
  }
  set chartType(v: string) {
    this.put("ChartSeries.chartType", "chartType", v);
  }
  set markerStyle(v: string) {
    this.put("ChartSeries.markerStyle", "markerStyle", v);
  }
  set hasDataLabels(v: boolean) {
    this.put("ChartSeries.hasDataLabels", "hasDataLabels", v);
  }
  setValues(range: FakeRange): void {
    queueSet(this.ctx, "ChartSeries.setValues", this.resolve, (s) => (s.values = rangeRef(range)), range.addressText);
  }
  setXAxisValues(range: FakeRange): void {
    queueSet(this.ctx, "ChartSeries.setXAxisValues", this.resolve, (s) => (s.categories = rangeRef(range)), range.addressText);
  }
}

export class FakeChartSeriesCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly chart: () => FakeChartState,
  ) {}
  getItemAt(index: number): FakeChartSeries {
    this.ctx.host.require("ChartSeriesCollection.getItemAt");
    return new FakeChartSeries(this.ctx, () => this.chart().series[index] ?? missing(`series ${index}`));
  }
  add(name?: string): FakeChartSeries {
    let created: FakeChartSeriesState | null = null;
    const add = (c: FakeChartState) => c.series.push((created = { name: name ?? `Series${c.series.length + 1}`, values: null, categories: null }));
    queueSet(this.ctx, "ChartSeriesCollection.add", this.chart, add, name);
    return new FakeChartSeries(this.ctx, () => created ?? missing(name ?? "(new series)"));
  }
}

/** The value axis keeps its bounds, number format, plot order and crossing position, the category axis its plot order (what ThiDua sets). */
export class FakeChartAxis {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly chart: () => FakeChartState,
    private readonly which: "valueAxis" | "categoryAxis",
  ) {}
  private put(axis: "valueAxis" | "categoryAxis", member: FakeMember, key: string, v: number | string | boolean): void {
    if (this.which !== axis) throw new FakeOfficeError("InvalidArgument", `the fake keeps ${key} of the ${axis} only`);
    queueSet(this.ctx, member, this.chart, (c) => ((c[axis] as Record<string, unknown>)[key] = v), v);
  }
  set minimum(v: number) {
    this.put("valueAxis", "ChartAxis.minimum", "minimum", v);
  }
  set maximum(v: number) {
    this.put("valueAxis", "ChartAxis.maximum", "maximum", v);
  }
  set numberFormat(v: string) {
    this.put("valueAxis", "ChartAxis.numberFormat", "numberFormat", v);
  }
  set reversePlotOrder(v: boolean) {
    queueSet(this.ctx, "ChartAxis.reversePlotOrder", this.chart, (c) => ((c[this.which] as Record<string, unknown>).reversePlotOrder = v), v);
  }
  set position(v: string) {
    this.put("valueAxis", "ChartAxis.position", "position", v);
  }
}
