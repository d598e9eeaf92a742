/**
 * The design sheet through Office.js (the typed Excel fake): applyPlan writes it like the exceljs renderer
 * (drop-downs, highlights, formulas), and readDesignSheet reads it back into the same template in two syncs.
 */
import { FakeExcel } from "./fake";
import { DESIGN_SHEET, templateToDesign } from "../domain/template/design";
import { render } from "../messages/message";
import { findStandardTemplate } from "../templates";
import { designWorkbookPlan } from "../workbook/design/designSheet";
import { applyPlan } from "./applyPlan";
import { readDesignSheet } from "./readDesignSheet";

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel().install();
});
afterEach(() => fake.uninstall());

describe("the design sheet in Excel (Office.js)", () => {
  it.each(["blank-100", "tnmt-tien-giang-2022"])("is written by applyPlan and read back as the same template: %s", async (id) => {
    const data = findStandardTemplate(id)!.data;
    const plan = designWorkbookPlan(templateToDesign(data as never));
    const applied = await applyPlan(fake.run, plan);
    expect(applied.status).toBe("applied");
    const sheet = fake.state.sheet(DESIGN_SHEET)!;
    expect(sheet.validations.length).toBe(plan.sheets[0]!.dataValidations.length);
    expect(sheet.protected).toBe(false);
    const before = fake.syncCount;
    const r = await readDesignSheet(fake.run);
    expect(fake.syncCount - before).toBe(2);
    if (!r.read.ok) throw new Error("not read");
    expect(r.read.result.data).toEqual(data);
    expect(r.read.result.template).not.toBeNull();
  });

  it("says so when the workbook has no design sheet", async () => {
    const r = await readDesignSheet(fake.run);
    expect(r.read.ok).toBe(false);
    if (r.read.ok) return;
    expect(render(r.read.findings[0]!.message, "vi-VN")).toBe('Không thấy trang "Thiết kế tiêu chí" (hoặc dòng tiêu đề TIÊU CHÍ của nó) trong tệp.');
  });
});
