/**
 * Count rows (perCount) say "số lần" and what a count is worth: whole numbers up to the count where the
 * cap is reached, an input message with the points per count, "3 điểm" beside the entries and "2 lần" in them,
 * and the in-sheet red mark past the bound — in the scoring workbook and in the self-scoring handout.
 */
import { loadStandardTemplate } from "../templates";
import { buildPlan, SHEET, workbookLayout } from "./buildPlan";
import { buildHandoutPlan } from "./handout/buildHandoutPlan";
import { HANDOUT_COL, HANDOUT_FIRST_ROW } from "./handout/handoutLayout";
import { addr, type SheetPlan } from "./plan";
import { COUNT_ENTRY_FORMAT, COUNT_MAX_FORMAT } from "./validation";

const t = loadStandardTemplate("blank-100");
const units = ["Hà Giang", "Tuyên Quang"];
const plan = buildPlan(t, { name: "Cụm 3", period: "2025", units });
const entry = plan.sheets.find((s) => s.name === SHEET.entry)!;
const L = workbookLayout(t, units.length);
const rowOf = (code: string) => L.nodeRow(L.nodes.findIndex((c) => c.code === code));
const dvAt = (s: SheetPlan, range: string) => s.dataValidations.find((d) => d.range === range)!;

describe("count rows in the scoring workbook", () => {
  it("count_row_accepts_points (bug: 120 was accepted under 'Tối đa 10'): whole counts 0..the count where the cap is reached", () => {
    const r = rowOf("III.2"); // −0,5 per late report, at most −5: 10 reports
    const dv = dvAt(entry, `D${r}:G${r}`);
    expect(dv.rule).toEqual({ type: "whole", min: 0, max: 10 });
    expect(dv.errorStyle).toBe("warning"); // Excel asks, and keeps a real count of 12 if the clerk confirms
    expect(dv.prompt.text).toBe("III.2: nhập số lần, không phải điểm (mỗi lần −0,5 điểm, tối đa −5 điểm): số nguyên từ 0 đến 10.");
    expect(dvAt(entry, `D${rowOf("C.1")}:G${rowOf("C.1")}`).prompt.text).toContain("(mỗi lần +1 điểm, tối đa +3 điểm): số nguyên từ 0 đến 3.");
    expect(dvAt(entry, `D${rowOf("T.1")}:G${rowOf("T.1")}`).rule).toEqual({ type: "whole", min: 0, max: 2 });
  });

  it("the maximum of a count row reads in points and its entries in counts; other rows are unchanged", () => {
    const r = rowOf("III.2");
    expect(entry.cells.get(addr(3, r))).toMatchObject({ value: 10, numFmt: COUNT_MAX_FORMAT });
    for (let u = 0; u < units.length; u++) {
      expect(entry.cells.get(addr(L.selfEntryCol(u), r))).toMatchObject({ role: "input", numFmt: COUNT_ENTRY_FORMAT });
      expect(entry.cells.get(addr(L.clusterEntryCol(u), r))).toMatchObject({ role: "input", numFmt: COUNT_ENTRY_FORMAT });
    }
    expect(entry.cells.get(addr(3, rowOf("I.1")))).not.toHaveProperty("numFmt");
    expect(entry.cells.get(addr(4, rowOf("I.1")))).not.toHaveProperty("numFmt");
  });

  it("the in-sheet red mark flags a count that is not a whole number from 0, not a real count past the bound", () => {
    const r = rowOf("III.2");
    const cf = entry.conditionalFormats.find((c) => c.ranges.some((x) => x.startsWith(`D${r}:`)) && c.style === "error")!;
    expect(cf.formula).toContain("=INT(");
    expect(cf.formula).not.toContain("<=10");
  });
});

describe("count rows in the self-scoring handout", () => {
  const handout = buildHandoutPlan({ template: t, clusterName: "Cụm 3", period: "2025", unit: "Hà Giang", fileId: "f", generatedAt: "2026-03-01T08:00:00Z" }).sheets[0]!;
  const row = HANDOUT_FIRST_ROW + L.nodes.findIndex((c) => c.code === "III.2");

  it("says số lần with the worth of a count, and bounds it the same way", () => {
    const e = addr(HANDOUT_COL.self, row);
    const dv = dvAt(handout, e);
    expect(dv.rule).toEqual({ type: "whole", min: 0, max: 10 });
    expect(dv.prompt.text).toContain("nhập số lần, không phải điểm (mỗi lần −0,5 điểm");
    expect(handout.cells.get(e)).toMatchObject({ numFmt: COUNT_ENTRY_FORMAT });
    expect(handout.cells.get(addr(HANDOUT_COL.max, row))).toMatchObject({ numFmt: COUNT_MAX_FORMAT });
  });
});
