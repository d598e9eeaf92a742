/** Results know what they were computed from; the pane hears about changes (events within the API sets). */
import { actionsHost, insertRequest } from "../../../test/support/excel-fake/actionsKit";
import { HISTORY_SHEET, SHEET } from "../../workbook/buildPlan";
import { historyLayout } from "../../workbook/historyLayout";
import { firstEntryAddress } from "../../workbook/layout";
import { addr } from "../../workbook/plan";

const until = async (cond: () => boolean) => {
  for (let i = 0; i < 50 && !cond(); i++) await new Promise((r) => setTimeout(r, 1));
};

async function inserted(excelApi?: string) {
  const host = actionsHost(excelApi);
  await host.actions.insert(insertRequest());
  return host;
}

const SCORE = firstEntryAddress(insertRequest().template, 3);

describe("result fingerprints (regression: Kiểm tra/Xếp hạng/Xuất showed results of the workbook before an edit)", () => {
  it("validate and rank carry the fingerprint of what they read, with no extra sync", async () => {
    const { fake, actions } = await inserted();
    const syncs = fake.syncCount;
    const report = await actions.validate();
    expect(fake.syncCount - syncs).toBe(2); // Kiểm tra's own read: the fingerprint adds no sync
    expect(report.source).toMatchObject({ scope: "check", sheets: [SHEET.meta, SHEET.units, SHEET.entry, SHEET.points], cluster: "Cụm thi đua số 3", period: "2025" });
    const ranking = await actions.rank();
    expect(ranking.source.scope).toBe("ranking");
    expect(await actions.fingerprints(["check", "ranking"])).toEqual({ check: report.source.fingerprint, ranking: ranking.source.fingerprint });
  });

  it("a score typed after the result changes the fingerprint; an edit on an unrelated sheet does not", async () => {
    const { fake, actions } = await inserted();
    const report = await actions.validate();
    fake.state.sheet("Sheet1")!.type("A1", "ghi chú");
    expect((await actions.fingerprints(["check"])).check).toBe(report.source.fingerprint);
    fake.state.sheet(SHEET.entry)!.type(SCORE, 9);
    expect((await actions.fingerprints(["check"])).check).not.toBe(report.source.fingerprint);
  });

  it("the ranking's fingerprint ignores the Xếp hạng sheet rank itself rewrites, so ranking does not make its own result stale", async () => {
    const { fake, actions } = await inserted();
    const ranking0 = fake.state.sheet(SHEET.ranking)!;
    const [key] = [...ranking0.cells.entries()].find(([, c]) => c.formula !== null)!;
    const [r, c] = key.split(",").map(Number) as [number, number];
    ranking0.type(addr(c, r), "gõ đè"); // a formula typed over: rank writes the sheet again
    const ranking = await actions.rank();
    expect(ranking.write.cellsWritten).toBeGreaterThan(0);
    expect((await actions.fingerprints(["ranking"])).ranking).toBe(ranking.source.fingerprint);
  });

  it("the ranking and Kiểm tra/Xuất depend on Lịch sử when the workbook has it: a result typed there makes them stale", async () => {
    const { fake, actions } = await inserted();
    const syncs = fake.syncCount;
    await actions.fingerprints(["ranking"]);
    expect(fake.syncCount - syncs).toBe(1); // without Lịch sử, no extra read
    const request = insertRequest();
    await actions.importHistory({ periods: [{ label: "2024", units: [{ name: request.units[0]!, total: 90, rank: 1, band: null, award: null }] }], renamed: [] });
    const ranking = await actions.rank();
    const report = await actions.validate();
    expect(ranking.source.sheets).toContain(HISTORY_SHEET);
    expect(await actions.fingerprints(["check", "ranking"])).toEqual({ check: report.source.fingerprint, ranking: ranking.source.fingerprint });
    const H = historyLayout(request.template, request.units.length);
    fake.state.sheet(HISTORY_SHEET)!.type(addr(H.cols.period(0).band, H.row(1)), "Xuất sắc");
    const now = await actions.fingerprints(["check", "ranking"]);
    expect([now.check === report.source.fingerprint, now.ranking === ranking.source.fingerprint]).toEqual([false, false]);
  });

  it("gives null when the ThiDua sheets are gone (every shown result is then stale)", async () => {
    const { actions } = actionsHost();
    expect(await actions.fingerprints(["check"])).toEqual({ check: null });
  });
});

describe("watchChanges: Excel's change events, within the API sets", () => {
  it("ExcelApi 1.8 (the manifest's): Worksheet.onChanged on each sheet and onAdded/onDeleted (1.7); typing and the add-in's writes call back", async () => {
    const { fake, actions } = await inserted();
    let calls = 0;
    const watch = await actions.watchChanges(() => calls++);
    expect(watch.kind).toBe("sheets");
    expect(fake.calls).not.toContain("WorksheetCollection.onChanged");
    fake.state.sheet(SHEET.entry)!.type(SCORE, 7);
    await until(() => calls > 0);
    expect(calls).toBe(1);
    await actions.applyFixes([{ sheet: SHEET.entry, cell: SCORE, current: 7, value: 8, message: { id: "actions.fixes.none", params: {} } }]);
    await until(() => calls > 1);
    expect(calls).toBeGreaterThan(1);
    await watch.stop();
    const after = calls;
    fake.state.sheet(SHEET.entry)!.type(SCORE, 6);
    await new Promise((r) => setTimeout(r, 5));
    expect(calls).toBe(after);
    expect(fake.handlers).toEqual([]);
  });

  it("ExcelApi 1.9: one WorksheetCollection.onChanged, asked for with isSetSupported first", async () => {
    const { fake, actions } = await inserted("1.9");
    let calls = 0;
    const watch = await actions.watchChanges(() => calls++);
    expect(watch.kind).toBe("workbook");
    expect(fake.supportChecks).toContainEqual({ name: "ExcelApi", version: "1.9", answer: true });
    fake.state.sheet(SHEET.units)!.type("B2", "Hà Giang mới");
    await until(() => calls > 0);
    expect(calls).toBe(1);
    await watch.stop();
  });

  it("below ExcelApi 1.7: no events (kind none), no event API touched", async () => {
    const { fake, actions } = actionsHost("1.6");
    const watch = await actions.watchChanges(() => undefined);
    expect(watch.kind).toBe("none");
    expect(fake.calls.filter((c) => c.includes("onChanged") || c.includes("onAdded"))).toEqual([]);
  });

  it("the fake refuses WorksheetCollection.onChanged without a successful 1.9 check (it stays honest about API sets)", async () => {
    const { fake } = actionsHost("1.9");
    await expect(fake.run(async (ctx) => ctx.workbook.worksheets.onChanged)).rejects.toThrow(/ExcelApi 1.9/);
  });
});
