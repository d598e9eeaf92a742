/**
 * The pane's import of earlier results into Lịch sử through the real actions on the in-memory Excel: the preview
 * (one read, one more only when the workbook has Lịch sử), then the write by the insert's path: the sheet is created
 * when missing, a typed result is kept over the file's, a typed score survives, and undo takes it all back.
 */
import { actionsHost, insertRequest, UNITS } from "../../../test/support/excel-fake/actionsKit";
import type { EarlierImport } from "../../domain/history/importEarlier";
import { parseTemplate } from "../../domain/template/parse";
import { loadStandardTemplate } from "../../templates";
import { HISTORY_SHEET, SHEET, workbookLayout } from "../../workbook/buildPlan";
import { historyLayout } from "../../workbook/historyLayout";
import { addr } from "../../workbook/plan";

const result = (name: string, total: number, band: string | null = null) => ({ name, total, rank: 1, band, award: null });

function lookingBack() {
  const base = loadStandardTemplate("blank-100").input as unknown as Record<string, unknown>;
  const awards = [{ id: "co", title: "Cờ thi đua", quota: { count: 1 }, previous: { periods: 1, bands: ["Xuất sắc"] } }];
  const r = parseTemplate({ ...base, id: "blank-100-history", awards });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.template;
}

async function inserted(template = loadStandardTemplate("blank-100")) {
  const host = actionsHost();
  const request = insertRequest({ template });
  await host.actions.insert(request);
  const L = workbookLayout(template, UNITS.length);
  const scoreCell = addr(L.selfEntryCol(0), L.nodeRow(L.nodes.findIndex((c) => c.code === "I.1")));
  host.fake.state.sheet(SHEET.entry)!.type(scoreCell, 17);
  return { ...host, H: historyLayout(template, UNITS.length), scoreCell };
}

describe("importing earlier results from the pane", () => {
  it("adds Lịch sử to a workbook without it, with the unit mapped by the user, keeps the typed score, and undoes as one", async () => {
    const { fake, actions, H, scoreCell } = await inserted();
    const earlier: EarlierImport = { periods: [{ label: "2024", units: [result(UNITS[0]!, 90), result("Vinh Phuc", 70)] }], renamed: [] };
    let syncs = fake.syncCount;
    const preview = await actions.previewHistoryImport(earlier);
    expect(fake.syncCount - syncs).toBe(1);
    expect(preview).toMatchObject({ units: UNITS, periods: ["2024"], filled: ["2024"], createsSheet: true, kept: [], dropped: [], room: H.periods, current: "2025" });
    expect(preview.unmatched).toEqual([{ period: "2024", name: "Vinh Phuc", near: "Vĩnh Phúc" }]);
    expect(fake.state.sheet(HISTORY_SHEET)).toBeUndefined();

    syncs = fake.syncCount;
    const w = await actions.importHistory({ ...earlier, renamed: [{ was: "Vinh Phuc", now: "Vĩnh Phúc" }] });
    expect(fake.syncCount - syncs).toBe(7); // one read of the template and units, then the insert's replace (6)
    expect(w).toMatchObject({ undoable: true, summary: { id: "history.import.done" }, next: { sheet: HISTORY_SHEET } });
    const h = fake.state.sheet(HISTORY_SHEET)!;
    const P = H.cols.period(0);
    expect([h.valueAt(addr(P.total, H.labelRow)), h.valueAt(addr(P.total, H.row(0))), h.valueAt(addr(P.total, H.row(1))), h.valueAt(addr(P.total, H.row(2)))]).toEqual(["2024", 90, "", 70]);
    expect(h.valueAt(addr(H.cols.aliases, H.row(2)))).toBe("Vinh Phuc");
    expect(fake.state.sheet(SHEET.entry)!.valueAt(scoreCell)).toBe(17);

    expect((await actions.lastUndo())?.label).toMatchObject({ id: "history.import.undoLabel" });
    await actions.undoLast();
    expect(fake.state.sheet(HISTORY_SHEET)).toBeUndefined();
    expect(fake.state.sheet(SHEET.entry)!.valueAt(scoreCell)).toBe(17);
  });

  it("over Lịch sử: a unit's typed result in the same period is kept (and reported), blank units and a new period are filled", async () => {
    const { fake, actions, H } = await inserted(lookingBack());
    const h = fake.state.sheet(HISTORY_SHEET)!;
    const P0 = H.cols.period(0);
    h.type(addr(P0.total, H.labelRow), "2024");
    h.type(addr(P0.total, H.row(1)), 91);
    h.type(addr(P0.band, H.row(1)), "Xuất sắc");
    const earlier: EarlierImport = {
      periods: [{ label: "2024", units: [result(UNITS[0]!, 70), result(UNITS[1]!, 80, "Tốt")] }, { label: "2023", units: [result(UNITS[1]!, 60)] }],
      renamed: [],
    };
    const syncs = fake.syncCount;
    const preview = await actions.previewHistoryImport(earlier);
    expect(fake.syncCount - syncs).toBe(2);
    expect(preview).toMatchObject({ periods: ["2024", "2023"], filled: ["2024", "2023"], createsSheet: false, unmatched: [] });
    expect(preview.kept).toEqual([{ period: "2024", unit: UNITS[1], typed: { total: 91, rank: null, band: "Xuất sắc", award: null }, imported: { total: 80, rank: 1, band: "Tốt", award: null } }]);

    await actions.importHistory(earlier);
    const again = fake.state.sheet(HISTORY_SHEET)!;
    expect([again.valueAt(addr(P0.total, H.row(0))), again.valueAt(addr(P0.total, H.row(1))), again.valueAt(addr(P0.band, H.row(1)))]).toEqual([70, 91, "Xuất sắc"]);
    const P1 = H.cols.period(1);
    expect([again.valueAt(addr(P1.total, H.labelRow)), again.valueAt(addr(P1.total, H.row(1)))]).toEqual(["2023", 60]);
  });

  it("over Lịch sử: writes only its changed input cells (other sheets and their formatting untouched), undoes them, keeps a later edit", async () => {
    const { fake, actions, H } = await inserted(lookingBack());
    const h = fake.state.sheet(HISTORY_SHEET)!;
    const P0 = H.cols.period(0);
    h.type(addr(P0.total, H.labelRow), "2024");
    h.type(addr(P0.band, H.row(1)), "Xuất sắc");
    // Formatting added by hand on Xếp hạng: a rebuild would lose it.
    const ranking = fake.state.sheet(SHEET.ranking)!;
    ranking.ensure(1, 1).fill = "#FFFF00";
    const others = () => JSON.stringify(fake.state.sheets.filter((x) => x.name !== HISTORY_SHEET && x.name !== "_ThiDuaPane").map((x) => [x.name, [...x.cells]]));
    const before = others();
    const earlier: EarlierImport = { periods: [{ label: "2024", units: [result(UNITS[0]!, 70, "Tốt"), result(UNITS[1]!, 80, "Tốt")] }], renamed: [] };

    const syncs = fake.syncCount;
    const w = await actions.importHistory(earlier);
    expect(fake.syncCount - syncs).toBe(3); // the workbook, Lịch sử, then one write with the undo record
    // Unit 0 gets its total, rank and band (3 cells: no award); unit 1's typed band is kept, its blank total and rank stay blank.
    expect(w).toMatchObject({ undoable: true, cellsWritten: 3, summary: { id: "history.import.cellsDone" } });
    expect([h.valueAt(addr(P0.total, H.row(0))), h.valueAt(addr(P0.rank, H.row(0))), h.valueAt(addr(P0.band, H.row(0)))]).toEqual([70, 1, "Tốt"]);
    expect([h.valueAt(addr(P0.total, H.row(1))), h.valueAt(addr(P0.band, H.row(1)))]).toEqual(["", "Xuất sắc"]);
    expect(others()).toBe(before);
    expect(ranking.cell(1, 1)!.fill).toBe("#FFFF00");

    expect((await actions.lastUndo())?.label).toMatchObject({ id: "history.import.undoLabel" });
    h.type(addr(P0.band, H.row(0)), "Xuất sắc"); // corrected by hand after the import
    await actions.undoLast();
    expect([h.valueAt(addr(P0.total, H.row(0))), h.valueAt(addr(P0.rank, H.row(0))), h.valueAt(addr(P0.band, H.row(0)))]).toEqual(["", "", "Xuất sắc"]);

    const unit2: EarlierImport = { periods: [{ label: "2024", units: [result(UNITS[2]!, 75)] }], renamed: [] };
    expect((await actions.importHistory(unit2)).cellsWritten).toBe(2); // total and rank
    const none = await actions.importHistory(unit2);
    expect(none).toMatchObject({ cellsWritten: 0, undoable: false, summary: { id: "history.import.nothingToWrite" } });
  });

  it("says the workbook is not a ThiDua workbook, writing nothing", async () => {
    const { actions } = actionsHost();
    await expect(actions.previewHistoryImport({ periods: [], renamed: [] })).rejects.toMatchObject({ kind: "notThiDua" });
    await expect(actions.importHistory({ periods: [], renamed: [] })).rejects.toMatchObject({ kind: "notThiDua" });
  });
});
