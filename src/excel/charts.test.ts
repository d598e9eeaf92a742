/**
 * Issue 16: the pane draws Xếp hạng's charts through Office.js, bound to the same cells as the .xlsx renderer's,
 * on the pane's real insert path (the in-memory Excel rejects any member above the manifest's ExcelApi 1.8).
 */
import { actionsHost, contents, insertRequest } from "../../test/support/excel-fake/actionsKit";
import { buildPlan, SHEET } from "../workbook/buildPlan";
import type { ChartPlan } from "../workbook/plan";
import { addr } from "../workbook/plan";
import { splitRef } from "./charts";
import type { FakeChartState } from "./fake";

const request = insertRequest();
const planned = (): readonly ChartPlan[] => buildPlan(request.template, { name: request.cluster, period: request.period, units: request.units }).sheets.find((s) => s.name === SHEET.ranking)!.charts!;
const ref = (r: string, sheet?: string) => {
  const { sheet: s, address } = splitRef(r);
  return `${sheet ?? s}!${address}`;
};

/** What the fake holds, in the plan's terms. */
function drawn(c: FakeChartState) {
  return {
    name: c.name,
    direction: c.type === "ColumnClustered" ? "column" : c.type === "BarClustered" ? "bar" : c.type,
    title: c.title,
    position: c.position,
    series: c.series.map((s) => ({ name: s.name, values: s.values, categories: s.categories, kind: s.chartType === "Line" && s.lineStyle === "Dash" && s.markerStyle === "None" ? "line" : s.chartType === undefined ? "bars" : s.chartType })),
    valueAxis: c.valueAxis,
    reversed: c.categoryAxis.reversePlotOrder,
    legend: c.legend.visible,
  };
}

function expected(p: ChartPlan, sheet?: string) {
  return {
    name: p.name,
    direction: p.direction,
    title: p.title,
    position: { start: addr(p.anchor.from.col, p.anchor.from.row), end: addr(p.anchor.to.col, p.anchor.to.row) },
    series: p.series.map((s) => ({ name: s.name, values: ref(s.values, sheet), categories: ref(p.categories, sheet), kind: s.kind })),
    valueAxis: { minimum: p.valueAxis.min, ...(p.valueAxis.max !== undefined ? { maximum: p.valueAxis.max } : {}), numberFormat: p.valueAxis.numFmt },
    reversed: p.direction === "bar",
    legend: p.series.length > 1,
  };
}

describe("the pane's charts", () => {
  it("insert draws the plan's two charts on Xếp hạng, bound to its cells, with the thresholds as dashed lines, in the same 2 syncs", async () => {
    const { fake, actions } = actionsHost();
    await actions.insert(insertRequest());
    expect(fake.syncCount).toBe(2);
    const charts = fake.state.sheet(SHEET.ranking)!.charts;
    expect(charts.map(drawn)).toEqual(planned().map((p) => expected(p)));
    expect(charts[0]!.series.filter((s) => s.chartType === "Line")).toHaveLength(request.template.bands.filter((b) => b.min > 0).length);
    expect(charts[0]!.series[0]!.hasDataLabels).toBe(true);
  });

  it("inserting again over the workbook (replace) draws them once, and leaves a chart of the user's", async () => {
    const { fake, actions } = actionsHost();
    await actions.insert(insertRequest());
    fake.state.sheet(SHEET.ranking)!.charts.push({ ...fake.state.sheet(SHEET.ranking)!.charts[0]!, name: "Biểu đồ của tôi" });
    await actions.insert(insertRequest(), "replace");
    expect(fake.state.sheet(SHEET.ranking)!.charts.map((c) => c.name).sort()).toEqual(["Biểu đồ của tôi", ...planned().map((p) => p.name)].sort());
  });

  it("replacing a sheet of the user's named Xếp hạng draws the charts, and undo takes them away with the rest", async () => {
    const { fake, actions } = actionsHost();
    fake.state.addSheet(SHEET.ranking).type("A1", "Bảng xếp hạng của tôi");
    const before = contents(fake.state);
    await actions.insert(insertRequest(), "replace");
    expect(fake.state.sheet(SHEET.ranking)!.charts).toHaveLength(2);
    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
  });

  it("undo of a re-insert keeps the charts the workbook had before it, drawn once", async () => {
    const { fake, actions } = actionsHost();
    await actions.insert(insertRequest());
    const before = contents(fake.state);
    const calls = fake.calls.length;
    await actions.insert(insertRequest(), "replace");
    // Xếp hạng's charts are read once, with the sheets the re-insert keeps for undo (no round trip of their own).
    expect(fake.calls.slice(calls).filter((c) => c === "ChartCollection.load")).toHaveLength(1);
    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
    expect(fake.state.sheet(SHEET.ranking)!.charts.map((c) => c.name)).toEqual(planned().map((p) => p.name));
  });

  it("keep both binds the copies' charts to the copies' cells", async () => {
    const { fake, actions } = actionsHost();
    fake.state.addSheet(SHEET.ranking).type("A1", "của tôi");
    await actions.insert(insertRequest(), "keepBoth");
    const copy = `${SHEET.ranking} (2)`;
    expect(fake.state.sheet(SHEET.ranking)!.charts).toEqual([]);
    expect(fake.state.sheet(copy)!.charts.map(drawn)).toEqual(planned().map((p) => expected(p, copy)));
  });
});
