import { actionsHost, insertRequest, UNITS } from "../../../test/support/excel-fake/actionsKit";
import { FakeOfficeError } from "../fake";
import { SHEET } from "../../workbook/buildPlan";
import type { ExcelRunner } from "../applyPlan";
import { createExcelActions } from "./index";

describe("readWorkbook", () => {
  it("lists the sheets of a plain workbook (thidua null)", async () => {
    const { actions } = actionsHost();
    expect(await actions.readWorkbook()).toEqual({ sheets: ["Sheet1"], thidua: null });
  });

  it("reads the ThiDua workbook in one sync, without the pane's hidden sheet", async () => {
    const { fake, actions } = actionsHost();
    await actions.insert(insertRequest());
    fake.state.sheet(SHEET.units)!.type("B3", "Tuyên Quang mới");
    const syncs = fake.syncCount;
    const s = await actions.readWorkbook();
    expect(fake.syncCount - syncs).toBe(1);
    expect(s.sheets).not.toContain("_ThiDuaPane");
    expect(s.sheets).toContain(SHEET.entry);
    expect(s.thidua).toMatchObject({ cluster: "Cụm thi đua số 3", period: "2025", units: [UNITS[0], "Tuyên Quang mới", UNITS[2]] });
    expect(s.thidua!.template.id).toBe("blank-100");
  });
});

describe("selectCell", () => {
  it("activates the sheet and selects the cell", async () => {
    const { fake, actions } = actionsHost();
    await actions.insert(insertRequest());
    await actions.selectCell(SHEET.entry, "f12");
    expect(fake.state.activeSheet).toBe(SHEET.entry);
    expect(fake.state.selection).toEqual({ sheet: SHEET.entry, address: "F12" });
  });

  it("explains a missing sheet, a hidden sheet and a bad address", async () => {
    const { actions } = actionsHost();
    await actions.insert(insertRequest());
    await expect(actions.selectCell("Không có", "A1")).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "actions.error.sheetMissing" } });
    await expect(actions.selectCell(SHEET.meta, "A1")).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "actions.error.hiddenSheet", params: { sheet: SHEET.meta } } });
    await expect(actions.selectCell(SHEET.entry, "12F")).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "actions.error.badCell" } });
  });

  it("reports Excel's cell-edit mode as busy", async () => {
    const busy = createExcelActions((() => Promise.reject(new FakeOfficeError("InvalidOperationInCellEditMode", "editing"))) as ExcelRunner);
    await expect(busy.selectCell("Sheet1", "A1")).rejects.toMatchObject({ kind: "busy", userMessage: { id: "actions.error.busy", params: { action: { id: "actions.op.selectCell" } } } });
  });
});

describe("lastUndo", () => {
  it("is null in a fresh workbook, in two syncs (the pane sheet does not exist yet)", async () => {
    const { fake, actions } = actionsHost();
    expect(await actions.lastUndo()).toBeNull();
    expect(fake.syncCount).toBe(2);
  });
});
