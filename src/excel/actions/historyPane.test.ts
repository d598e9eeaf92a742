/**
 * Lịch sử through the pane's real actions: the ranking and the check read the earlier periods typed on the sheet
 * (one more sync, only for a workbook that has the sheet), and inserting again keeps what was typed there.
 */
import { actionsHost, insertRequest } from "../../../test/support/excel-fake/actionsKit";
import { parseTemplate } from "../../domain/template/parse";
import { loadStandardTemplate } from "../../templates";
import { HISTORY_SHEET, SHEET, workbookLayout } from "../../workbook/buildPlan";
import { historyLayout } from "../../workbook/historyLayout";
import { addr } from "../../workbook/plan";

function lookingBack() {
  const base = loadStandardTemplate("blank-100").input as unknown as Record<string, unknown>;
  const awards = [{ id: "co", title: "Cờ thi đua", quota: { count: 1 }, previous: { periods: 1, bands: ["Xuất sắc"] } }];
  const r = parseTemplate({ ...base, id: "blank-100-history", awards });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.template;
}

async function insertedWithHistory() {
  const template = lookingBack();
  const host = actionsHost();
  const request = insertRequest({ template });
  await host.actions.insert(request);
  const H = historyLayout(template, request.units.length);
  const history = host.fake.state.sheet(HISTORY_SHEET)!;
  // Every gate passed (no award waits for a decision), all units tied; the second unit was Xuất sắc last period.
  const L = workbookLayout(template, request.units.length);
  const gate = L.nodes.findIndex((c) => c.code === "DK.1");
  request.units.forEach((_, u) => host.fake.state.sheet(SHEET.entry)!.type(addr(L.selfEntryCol(u), L.nodeRow(gate)), "Đạt"));
  history.type(addr(H.cols.period(0).total, H.labelRow), "2024");
  history.type(addr(H.cols.period(0).band, H.row(1)), "Xuất sắc");
  return { ...host, template, request, H, history };
}

describe("Lịch sử in the pane", () => {
  it("the ranking reads the earlier periods: the flag goes to the unit that meets the look-back", async () => {
    const { fake, actions, request } = await insertedWithHistory();
    const syncs = fake.syncCount;
    const r = await actions.rank();
    expect(fake.syncCount - syncs).toBe(2);
    const flagged = r.result.units.filter((u) => u.award?.awardId === "co").map((u) => u.name);
    expect(flagged).toEqual([request.units[1]]);
  });

  it("inserting again (replace) keeps the periods and results typed on Lịch sử", async () => {
    const { actions, request, fake, H } = await insertedWithHistory();
    await actions.insert(request, "replace");
    const again = fake.state.sheet(HISTORY_SHEET)!;
    expect(again.valueAt(addr(H.cols.period(0).total, H.labelRow))).toBe("2024");
    expect(again.valueAt(addr(H.cols.period(0).band, H.row(1)))).toBe("Xuất sắc");
    expect(fake.state.sheet(SHEET.entry)).toBeDefined();
  });

  it("insert draws Lịch sử's two charts: a line per unit over the periods, bound to each unit's row, ranks with 1 on top", async () => {
    const { fake, request, H } = await insertedWithHistory();
    const charts = fake.state.sheet(HISTORY_SHEET)!.charts;
    expect(charts.map((c) => [c.name, c.type, c.series.length])).toEqual([
      ["Tổng điểm qua các kỳ", "LineMarkers", request.units.length],
      ["Thứ hạng qua các kỳ", "LineMarkers", request.units.length],
    ]);
    const row = H.row(1);
    expect(charts[1]!.series[1]!.values).toBe(`${HISTORY_SHEET}!${addr(H.cols.chartRank(0), row)}:${addr(H.cols.chartRank(H.periods), row)}`);
    expect(charts[1]!.valueAxis).toMatchObject({ reversePlotOrder: true, position: "Maximum", minimum: 1 });
    expect(charts[0]!.valueAxis.reversePlotOrder).toBeUndefined();
  });
});
