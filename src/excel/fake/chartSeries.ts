/** Chart.series, one ChartSeries and a chart axis: the members ThiDua sets (ExcelApi 1.1–1.8). */
import type { FakeChartSeriesState, FakeChartState } from "./chartState";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, missing } from "./errors";
import type { FakeMember } from "./requirements";
import type { FakeRange } from "./range";

/** "Sheet!B9:B48" of a range, when the queued operation runs. */
export const rangeRef = (r: FakeRange): string =>
  `${r.resolve().name}!${(r.addressText ?? "").replace(/\$/g, "")}`;

/** Queues a change of `target()` after checking the member's requirement set. */
export function queueSet<T>(
  ctx: FakeRequestContext,
  member: FakeMember,
  target: () => T,
  apply: (t: T) => void,
  payload: unknown,
): void {
  ctx.host.require(member);
  ctx.enqueue(() => apply(target()), { op: member, payload });
}

export class FakeChartSeries {
  readonly format: {
    readonly line: { lineStyle: string; color: string };
    readonly fill: { setSolidColor(color: string): void };
  };
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => FakeChartSeriesState,
  ) {
    const set =
      <K extends keyof FakeChartSeriesState>(member: FakeMember, key: K) =>
      (v: FakeChartSeriesState[K]) =>
        queueSet(ctx, member, resolve, (s) => (s[key] = v), v);
    const line = {} as { lineStyle: string; color: string };
    Object.defineProperties(line, {
      lineStyle: {
        set: set("ChartLineFormat.lineStyle", "lineStyle"),
        enumerable: true,
      },
      color: {
        set: set("ChartLineFormat.color", "lineColor"),
        enumerable: true,
      },
    });
    this.format = {
      line,
      fill: {
        setSolidColor: (c: string) => set("ChartFill.setSolidColor", "fill")(c),
      },
    };
  }
  set name(v: string) {
    queueSet(
      this.ctx,
      "ChartSeries.name",
      this.resolve,
      (s) => (s.name = v),
      v,
    );
  }
  set chartType(v: string) {
    queueSet(
      this.ctx,
      "ChartSeries.chartType",
      this.resolve,
      (s) => (s.chartType = v),
      v,
    );
  }
  set markerStyle(v: string) {
    queueSet(
      this.ctx,
      "ChartSeries.markerStyle",
      this.resolve,
      (s) => (s.markerStyle = v),
      v,
    );
  }
  set hasDataLabels(v: boolean) {
    queueSet(
      this.ctx,
      "ChartSeries.hasDataLabels",
      this.resolve,
      (s) => (s.hasDataLabels = v),
      v,
    );
  }
  setValues(range: FakeRange): void {
    queueSet(
      this.ctx,
      "ChartSeries.setValues",
      this.resolve,
      (s) => (s.values = rangeRef(range)),
      range.addressText,
    );
  }
  setXAxisValues(range: FakeRange): void {
    queueSet(
      this.ctx,
      "ChartSeries.setXAxisValues",
      this.resolve,
      (s) => (s.categories = rangeRef(range)),
      range.addressText,
    );
  }
}

export class FakeChartSeriesCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly chart: () => FakeChartState,
  ) {}
  getItemAt(index: number): FakeChartSeries {
    this.ctx.host.require("ChartSeriesCollection.getItemAt");
    return new FakeChartSeries(
      this.ctx,
      () => this.chart().series[index] ?? missing(`series ${index}`),
    );
  }
  add(name?: string): FakeChartSeries {
    let created: FakeChartSeriesState | null = null;
    queueSet(
      this.ctx,
      "ChartSeriesCollection.add",
      this.chart,
      (c) =>
        c.series.push(
          (created = {
            name: name ?? `Series${c.series.length + 1}`,
            values: null,
            categories: null,
          }),
        ),
      name,
    );
    return new FakeChartSeries(
      this.ctx,
      () => created ?? missing(name ?? "(new series)"),
    );
  }
}

export class FakeChartAxis {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly chart: () => FakeChartState,
    private readonly which: "valueAxis" | "categoryAxis",
  ) {}
  private value(
    member: FakeMember,
    key: "minimum" | "maximum" | "numberFormat",
    v: number | string,
  ): void {
    if (this.which !== "valueAxis")
      throw new FakeOfficeError(
        "InvalidArgument",
        `the fake keeps ${key} of the value axis only`,
      );
    queueSet(
      this.ctx,
      member,
      this.chart,
      (c) => ((c.valueAxis as Record<string, unknown>)[key] = v),
      v,
    );
  }
  set minimum(v: number) {
    this.value("ChartAxis.minimum", "minimum", v);
  }
  set maximum(v: number) {
    this.value("ChartAxis.maximum", "maximum", v);
  }
  set numberFormat(v: string) {
    this.value("ChartAxis.numberFormat", "numberFormat", v);
  }
  set reversePlotOrder(v: boolean) {
    if (this.which !== "categoryAxis")
      throw new FakeOfficeError(
        "InvalidArgument",
        "the fake keeps reversePlotOrder of the category axis only",
      );
    queueSet(
      this.ctx,
      "ChartAxis.reversePlotOrder",
      this.chart,
      (c) => (c.categoryAxis.reversePlotOrder = v),
      v,
    );
  }
}
