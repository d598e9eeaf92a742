/**
 * Insert right after its preview: no read of its own, guarded by checks in its first write batch
 * (regression: 5 round trips with the preview at 50×150). When the workbook changed since the preview, nothing
 * is written by the guarded batch and the insert decides again from a read of its own.
 */
import { actionsHost, contents, insertRequest } from "../../../test/support/excel-fake/actionsKit";
import { SHEET } from "../../workbook/names";
import { PANE_SHEET } from "./paneSheet";

describe("insert after its preview", () => {
  it("writes a small workbook in one round trip after the preview's, and leaves no probe sheet", async () => {
    const { fake, actions } = actionsHost();
    const request = insertRequest();
    await actions.previewInsert(request);
    const syncs = fake.syncCount;
    const r = await actions.insert(request);
    expect(fake.syncCount - syncs).toBe(1);
    expect(r.undoable).toBe(true);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Sheet1", PANE_SHEET, "Tiêu chí", "Đơn vị", "Chấm điểm", "Điểm", "Xếp hạng", "Tổng hợp", "_ThiDua"]);
    expect(fake.state.sheet(SHEET.entry)!.protected).toBe(true);
  });

  it("a sheet of the plan added since the preview: the user's sheet is untouched, nothing else is written, the clash is reported", async () => {
    const { fake, actions } = actionsHost();
    const request = insertRequest();
    await actions.previewInsert(request);
    fake.state.addSheet("Điểm").type("A1", "của tôi");
    const before = contents(fake.state);
    await expect(actions.insert(request)).rejects.toMatchObject({ kind: "clash" });
    expect(contents(fake.state)).toEqual(before);
    expect(fake.state.sheets.some((s) => s.name.startsWith("~ThiDua"))).toBe(false);
    expect(fake.calls).toContain("Worksheet.name"); // the guarded batch ran, and its checks stopped it
  });

  it("a defined name of the plan added since the preview: nothing is written, the clash is reported", async () => {
    const { fake, actions } = actionsHost();
    const request = insertRequest();
    await actions.previewInsert(request);
    const [name] = [...(await import("../../workbook/buildPlan")).buildPlan(request.template, { name: "-", period: "-", units: request.units }).definedNames];
    fake.state.names.set(name!.name, { reference: "=Sheet1!$A$1" });
    const before = contents(fake.state);
    await expect(actions.insert(request)).rejects.toMatchObject({ kind: "clash" });
    expect(contents(fake.state)).toEqual(before);
  });

  it("the pane sheet deleted since the preview: the insert reads again and writes the workbook", async () => {
    const { fake, actions } = actionsHost();
    await actions.insert(insertRequest({ cluster: "Cụm A" }));
    await actions.undoLast(); // the workbook is empty again; the pane sheet stays
    const request = insertRequest();
    await actions.previewInsert(request);
    fake.state.sheets.splice(fake.state.sheets.findIndex((s) => s.name === PANE_SHEET), 1);
    const r = await actions.insert(request);
    expect(r.undoable).toBe(true);
    expect(fake.state.sheet(SHEET.entry)).toBeDefined();
    expect(fake.state.sheet(PANE_SHEET)).toBeDefined();
    expect(fake.state.sheets.some((s) => s.name.startsWith("~ThiDua"))).toBe(false);
    await actions.undoLast();
    expect(fake.state.sheet(SHEET.entry)).toBeUndefined();
  });

  it("a write failing after the checks passed is reported as Excel's error, not retried", async () => {
    const { fake, actions } = actionsHost();
    const request = insertRequest();
    await actions.previewInsert(request);
    fake.failAtOp = 400; // inside the first batch, after the checks (a few dozen operations)
    await expect(actions.insert(request)).rejects.toMatchObject({ kind: "office" });
    expect(fake.state.sheets.some((s) => s.name.startsWith("~ThiDua"))).toBe(false);
    expect(fake.state.sheet(SHEET.entry)).toBeDefined(); // written before the failure: the undo record covers it
    expect((await actions.lastUndo())?.createdSheets).toContain(SHEET.entry);
  });

  it("a second insert of the same request reads again (the preview is used once)", async () => {
    const { fake, actions } = actionsHost();
    const request = insertRequest();
    await actions.previewInsert(request);
    await actions.insert(request);
    await expect(actions.insert(request)).rejects.toMatchObject({ kind: "clash" });
    expect(fake.state.sheets.filter((s) => s.name === SHEET.entry)).toHaveLength(1);
  });
});
