import { actionsHost, contents, insertRequest, UNITS } from "../../../test/support/excel-fake/actionsKit";
import { EXCEL_API_MEMBERS, MANIFEST_EXCEL_API, compareVersions } from "../fake";
import { SHEET } from "../../workbook/buildPlan";
import { createExcelActions } from "./index";
import { PANE_SHEET } from "./paneSheet";

describe("insert", () => {
  it("creates the workbook in 2 syncs, keeps an undo record, and undo leaves the workbook as before", async () => {
    const { fake, actions } = actionsHost();
    const before = contents(fake.state);
    const r = await actions.insert(insertRequest());
    expect(fake.syncCount).toBe(2); // one read, one write (applyPlan reuses the read: regression, it read again)
    expect(r.undoable).toBe(true);
    expect(r.summary).toMatchObject({ id: "actions.insert.done", params: { created: 7, replaced: 0 } });
    // Where the user goes on: the first score cell of Chấm điểm, an unlocked input.
    expect(r.next).toEqual({ sheet: SHEET.entry, cell: "D4" });
    expect(fake.state.sheet(SHEET.entry)!.cell(4, 4)?.locked).toBe(false);
    expect(r.cellsWritten).toBeGreaterThan(500);
    expect(fake.state.sheet(SHEET.entry)!.formulaAt("D1")).toBe("='Đơn vị'!$B$2");
    expect(fake.state.sheet(PANE_SHEET)!.visibility).toBe("VeryHidden");
    expect(await actions.lastUndo()).toEqual({ label: { id: "actions.undo.label.insert", params: {} }, at: "2026-03-01T08:00:00.000Z", cells: r.cellsWritten, createdSheets: expect.any(Array) });

    const u = await actions.undoLast();
    expect(u.summary.id).toBe("actions.undo.done");
    expect(contents(fake.state)).toEqual(before);
    expect(await actions.lastUndo()).toBeNull();
    await expect(actions.undoLast()).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "actions.error.nothingToUndo" } });
  });

  it("rejects with a clash error and writes nothing when sheets exist and no choice was given", async () => {
    const { fake, actions } = actionsHost();
    fake.state.addSheet(SHEET.points).type("A1", "của tôi");
    const before = contents(fake.state);
    await expect(actions.insert(insertRequest())).rejects.toMatchObject({ name: "ActionError", kind: "clash", userMessage: { id: "actions.error.clash", params: { sheets: SHEET.points } } });
    expect(contents(fake.state)).toEqual(before);
    expect(fake.state.sheet(PANE_SHEET)).toBeUndefined();
  });

  it("keep both writes suffixed copies; undo deletes them and nothing else", async () => {
    const { fake, actions } = actionsHost();
    fake.state.addSheet(SHEET.points).type("A1", "của tôi");
    const before = contents(fake.state);
    const preview = await actions.previewInsert(insertRequest());
    expect(preview.clashes).toEqual([SHEET.points]);
    expect(preview.keepBothNames[SHEET.points]).toBe(`${SHEET.points} (2)`);
    const r = await actions.insert(insertRequest(), "keepBoth");
    expect(r.next).toEqual({ sheet: `${SHEET.entry} (2)`, cell: "D4" }); // the copy the user fills in
    expect(fake.state.sheet(SHEET.points)!.valueAt("A1")).toBe("của tôi");
    expect(fake.state.sheet(`${SHEET.entry} (2)`)).toBeDefined();
    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
  });

  it("replace keeps the replaced sheet's values and formulas for undo and says formats are lost", async () => {
    const { fake, actions } = actionsHost();
    const mine = fake.state.addSheet(SHEET.points);
    mine.type("A1", "Bảng của tôi");
    mine.type("B2", 12.5);
    mine.type("C3", "=B2*2");
    mine.type("D4", "8,5");
    const before = contents(fake.state);
    await actions.insert(insertRequest(), "replace");
    expect(fake.state.sheet(SHEET.points)!.valueAt("A1")).not.toBe("Bảng của tôi");
    const info = await actions.lastUndo();
    expect(info?.note).toMatchObject({ id: "actions.undo.formatsLost", params: { sheets: SHEET.points } });
    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
    expect(fake.state.sheet(SHEET.points)!.valueAt("D4")).toBe("8,5"); // text stays text
  });

  it("a sheet protected with a password stops replace kindly, naming the sheet, before anything changes", async () => {
    const { fake, actions } = actionsHost();
    await actions.insert(insertRequest());
    const entry = fake.state.sheet(SHEET.entry)!;
    entry.protectOptions = { password: "bí mật" };
    entry.type("D4", 15);
    const before = contents(fake.state);
    const undoBefore = await actions.lastUndo();
    await expect(actions.insert(insertRequest(), "replace")).rejects.toMatchObject({ kind: "protected", userMessage: { id: "actions.error.protected", params: { sheet: SHEET.entry } } });
    expect(contents(fake.state)).toEqual(before);
    expect(entry.protected).toBe(true);
    expect(await actions.lastUndo()).toEqual(undoBefore);
  });

  it("rejects unusable unit lists with the workbook layer's reason", async () => {
    const { actions } = actionsHost();
    await expect(actions.insert(insertRequest({ units: ["Hà Giang", "hà  giang"] }))).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "actions.error.badUnits" } });
  });

  it("turns an Office failure into an ActionError that says what failed", async () => {
    const { fake, actions } = actionsHost();
    fake.failAtOp = 0;
    await expect(actions.insert(insertRequest())).rejects.toMatchObject({ kind: "office", userMessage: { id: "actions.error.office", params: { action: { id: "actions.op.insert" } } } });
  });
});

describe("re-insert over a ThiDua workbook", () => {
  async function withScores() {
    const host = actionsHost();
    await host.actions.insert(insertRequest());
    const entry = host.fake.state.sheet(SHEET.entry)!;
    entry.type("D4", 15); // Hà Giang, I.1, self
    entry.type("E4", 14); // Hà Giang, I.1, cluster
    entry.type("H5", 18); // Vĩnh Phúc, I.2, self
    return host;
  }

  it("preview writes nothing and tells kept/moved; replace carries the scores to their new cells", async () => {
    const { fake, actions } = await withScores();
    const reordered = [UNITS[2]!, UNITS[0]!, UNITS[1]!];
    const before = contents(fake.state);
    const syncs = fake.syncCount;
    const preview = await actions.previewInsert(insertRequest({ units: reordered }));
    expect(contents(fake.state)).toEqual(before);
    expect(fake.syncCount - syncs).toBe(2);
    expect(preview.entries).toEqual({ kept: 0, moved: 2, orphaned: [] });
    expect(preview.clashes).toContain(SHEET.entry);
    expect(preview.clashingNames?.length).toBeGreaterThan(0);

    const same = await actions.previewInsert(insertRequest());
    expect(same.entries).toEqual({ kept: 2, moved: 0, orphaned: [] });

    const r = await actions.insert(insertRequest({ units: reordered }), "replace");
    expect(r.summary).toMatchObject({ id: "actions.insert.doneKept", params: { kept: 2 } });
    const entry = fake.state.sheet(SHEET.entry)!;
    expect(entry.valueAt("F4")).toBe(15); // Hà Giang is now the 2nd unit
    expect(entry.valueAt("G4")).toBe(14);
    expect(entry.valueAt("D5")).toBe(18); // Vĩnh Phúc is now the 1st
    expect(entry.protected).toBe(true);
    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
  });

  it("orphans: preview lists them, replace refuses (scores would be lost), keep both keeps the old sheets", async () => {
    const { fake, actions } = await withScores();
    const fewer = [UNITS[0]!, UNITS[1]!];
    const preview = await actions.previewInsert(insertRequest({ units: fewer }));
    expect(preview.entries.orphaned).toEqual([{ unit: "Vĩnh Phúc", criterion: "I.2" }]);
    const before = contents(fake.state);
    await expect(actions.insert(insertRequest({ units: fewer }), "replace")).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "actions.error.orphans", params: { count: 1 } } });
    expect(contents(fake.state)).toEqual(before);
    await actions.insert(insertRequest({ units: fewer }), "keepBoth");
    expect(fake.state.sheet(SHEET.entry)!.valueAt("H5")).toBe(18);
    expect(fake.state.sheet(`${SHEET.entry} (2)`)!.valueAt("D4")).toBe(15);
  });
});

describe("API sets", () => {
  it("never calls a member above the manifest's ExcelApi 1.8 when nothing newer is supported, and reports notices", async () => {
    const { fake } = actionsHost();
    const actions = createExcelActions(fake.run, { isSetSupported: () => false });
    const r = await actions.insert(insertRequest());
    expect(r.notices.map((n) => n.feature).sort()).toEqual(["calculationSuspend", "indent", "print"]);
    await actions.validate();
    await actions.showHighlights([{ sheet: SHEET.entry, cell: "D4", severity: "error" }]);
    await actions.clearHighlights();
    await actions.selectCell(SHEET.entry, "D4");
    await actions.undoLast();
    const above = [...new Set(fake.calls)].filter((m) => compareVersions(EXCEL_API_MEMBERS[m], MANIFEST_EXCEL_API) > 0);
    expect(above).toEqual([]);
  });

  it("uses ExcelApi 1.9 features when the host has them (no notices)", async () => {
    const { fake, actions } = actionsHost("1.9");
    const r = await actions.insert(insertRequest());
    expect(r.notices).toEqual([]);
    expect(fake.calls).toContain("Worksheet.pageLayout");
  });
});
