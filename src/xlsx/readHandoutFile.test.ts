/** The reader says where the file's unit name was read, so that a finding about the name can name the cell. */
import { loadStandardTemplate } from "../templates";
import { buildHandoutPlan } from "../workbook/handout/buildHandoutPlan";
import { HANDOUT_META_KEYS, HANDOUT_SHEET } from "../workbook/handout/handoutLayout";
import { addr } from "../workbook/plan";
import { isUnreadable } from "../domain/merge/types";
import { readHandoutWorkbook } from "./readHandoutFile";
import { planToWorkbook } from "./renderPlan";

describe("readHandoutWorkbook: the unit name's cell", () => {
  it("gives the meta sheet's cell of unitName with the name as the file holds it", async () => {
    const plan = buildHandoutPlan({ template: loadStandardTemplate("blank-100"), clusterName: "Cụm 3", period: "2025", unit: "Hòa Bình", fileId: "f-1", generatedAt: "2025-01-01T00:00:00Z" });
    const wb = await planToWorkbook(plan);
    const row = HANDOUT_META_KEYS.indexOf("unitName") + 1;
    wb.getWorksheet(HANDOUT_SHEET.meta)!.getCell(addr(2, row)).value = "Hßa B×nh"; // as if typed with .VnTime
    const read = readHandoutWorkbook("hb.xlsx", wb);
    if (isUnreadable(read)) throw new Error("unreadable");
    expect(read.meta.unitName).toBe("Hßa B×nh");
    expect(read.unitNameCell).toEqual({ sheet: HANDOUT_SHEET.meta, cell: addr(2, row) });
  });
});
