import { contents } from "../../../test/support/excel-fake/actionsKit";
import { FakeExcel } from "../fake";
import { syntheticTemplate, unitNames } from "../../../test/support/excel-fake/fixtures";
import { SHEET } from "../../workbook/buildPlan";
import { createExcelActions } from "./index";
import { message } from "../../messages/message";

describe("a large cluster (50 units × 150 criteria)", () => {
  it("re-insert with replace and its undo stay under Excel's request size and leave the workbook as it was", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Sheet1");
    const actions = createExcelActions(fake.run, { isSetSupported: fake.isSetSupported });
    const request = { template: syntheticTemplate(10, 15), cluster: "Cụm", period: "2025", units: unitNames(50) };
    await actions.insert(request);
    const entry = fake.state.sheet(SHEET.entry)!;
    entry.type("D4", 1.5);
    entry.type("CV4", "8,5"); // the last unit's cluster column
    const before = contents(fake.state);
    const syncs = fake.syncCount;
    await actions.insert(request, "replace");
    // 10, and one read of the charts the rebuilt Xếp hạng had (so they are drawn again, not twice).
    expect(fake.syncCount - syncs).toBeLessThanOrEqual(11);
    expect(entry.valueAt("D4")).toBe(1.5);
    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
    expect(fake.largestBatch).toBeLessThan(4_000_000);
  }, 60_000);
});

describe("a write failing part-way", () => {
  it("leaves the protected sheet protected and reports what failed", async () => {
    const fake = new FakeExcel();
    fake.state.addSheet("Sheet1");
    const actions = createExcelActions(fake.run, { isSetSupported: fake.isSetSupported });
    await actions.insert({ template: syntheticTemplate(2, 3), cluster: "Cụm", period: "2025", units: unitNames(3) });
    const entry = fake.state.sheet(SHEET.entry)!;
    entry.type("D1", "gõ đè");
    const before = contents(fake.state);
    // applyFixes: read, unprotect, write — fail inside the write batch, after the undo record.
    let n = 0;
    fake.afterSync = () => {
      n++;
      if (n === 2) fake.failAtOp = 2; // ops: clear undo column, write record, write D1 ← fails, protect
    };
    const fix = { sheet: SHEET.entry, cell: "D1", current: "gõ đè", formula: "='Đơn vị'!$B$2", message: message("actions.fixes.none") };
    await expect(actions.applyFixes([fix])).rejects.toMatchObject({ kind: "office", userMessage: { params: { action: { id: "actions.op.applyFixes" } } } });
    fake.afterSync = null;
    expect(entry.protected).toBe(true);
    expect(contents(fake.state)).toEqual(before);
  });
});
