import { FakeExcel, FakeOfficeError } from "./fake";
import { syntheticTemplate, unitNames } from "../../test/support/excel-fake/fixtures";
import { loadStandardTemplate } from "../templates";
import { buildPlan, SHEET } from "../workbook/buildPlan";
import { applyPlan, type AppliedResult, type ApplyResult } from "./applyPlan";

const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái", "Phú Thọ"];
const smallPlan = () => buildPlan(loadStandardTemplate("blank-100"), { name: "Cụm thi đua số 3", period: "2025", units: UNITS });

function applied(r: ApplyResult): AppliedResult {
  if (r.status !== "applied") throw new Error(`expected applied, got ${JSON.stringify(r)}`);
  return r;
}

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel().install();
});
afterEach(() => fake.uninstall());

describe("applyPlan: round trips and batch sizes", () => {
  it("writes 50 units × 150 criteria in ≤ 3 syncs, every batch < 4 MB, values as 2-D blocks", async () => {
    const t = syntheticTemplate(10, 15);
    expect(t.criteria.flatMap((g) => g.children)).toHaveLength(150);
    const plan = buildPlan(t, { name: "Cụm", period: "2025", units: unitNames(50) });
    const r = applied(await applyPlan(fake.run, plan));
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(r.syncs).toBe(fake.syncCount);
    expect(fake.largestBatch).toBeLessThan(4_000_000);
    // Not cell by cell: a few dozen 2-D writes for ~43 000 cells.
    const cellCount = plan.sheets.reduce((s, sh) => s + sh.cells.size, 0);
    const writes = fake.calls.filter((c) => c === "Range.formulas" || c === "Range.values").length;
    expect(cellCount).toBeGreaterThan(40000);
    expect(writes).toBeLessThan(40);
    expect(fake.calls).toContain("Application.suspendApiCalculationUntilNextSync");
    // Content landed.
    const entry = fake.state.sheet(SHEET.entry)!;
    expect(entry.formulaAt("D1")).toBe("='Đơn vị'!$B$2");
    expect(entry.valueAt("A3")).toBe("G1");
    expect(entry.freeze).toEqual({ rows: 2, columns: 3 });
    expect(entry.validations).toHaveLength(150);
    expect(entry.protected).toBe(true);
    expect(entry.cell(4, 4)!.locked).toBe(false); // D4: an input
    expect(entry.cell(3, 1)!.locked).toBe(true);
    expect(r.protectionMismatches).toEqual([]);
  });

  it("splits a write larger than maxBatchBytes by rows (more syncs, smaller batches)", async () => {
    const plan = buildPlan(syntheticTemplate(10, 15), { name: "Cụm", period: "2025", units: unitNames(50) });
    const r = applied(await applyPlan(fake.run, plan, { maxBatchBytes: 500_000 }));
    expect(r.writeBatches).toBeGreaterThan(3);
    expect(fake.batchBytes.slice(1).every((b) => b < 600_000)).toBe(true);
    expect(fake.state.sheet(SHEET.points)!.formulaAt("D3")).toMatch(/^=/);
  });

  it("writes the small plan like the exceljs renderer: text kept as text, names, hidden meta sheet", async () => {
    const r = applied(await applyPlan(fake.run, smallPlan()));
    expect(r.mode).toBe("new");
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Tiêu chí", "Đơn vị", "Chấm điểm", "Điểm", "Xếp hạng", "Tổng hợp", "_ThiDua"]);
    const meta = fake.state.sheet("_ThiDua")!;
    expect(meta.visibility).toBe("Hidden");
    expect(meta.valueAt("B4")).toBe("1.0"); // templateVersion stays text (apostrophe prefix)
    expect(fake.state.sheet(SHEET.units)!.visibility).toBe("Visible");
    expect([...fake.state.names.keys()]).toEqual(expect.arrayContaining(["DonVi", "TongDiem", "DiemXepHang", "TieuChiPhu1"]));
    expect(fake.state.names.get("DonVi")!.reference).toBe("='Đơn vị'!$B$2:$B$6");
    const entry = fake.state.sheet(SHEET.entry)!;
    expect(entry.merges).toContain("D1:E1");
    expect(entry.conditionalFormats.length).toBeGreaterThan(0);
    expect(entry.conditionalFormats.every((c) => c.formula.startsWith("="))).toBe(true);
  });
});

describe("applyPlan: validation and highlights", () => {
  it("translates the plan's validation rules to Office.js rules, texts within Excel's limits", async () => {
    const plan = smallPlan();
    const r = applied(await applyPlan(fake.run, plan));
    expect(r.clipped).toEqual([]);
    const entry = fake.state.sheet(SHEET.entry)!;
    const byRange = new Map(entry.validations.map((v) => [v.range, v]));
    expect(byRange.get("D4:M4")!.rule).toEqual({ decimal: { formula1: 0, formula2: 20, operator: "Between" } }); // I.1 manual, max 20
    expect(byRange.get("D9:M9")!.rule).toEqual({ list: { inCellDropDown: true, source: "Đạt,Không đạt" } }); // II.2 passFail
    expect(byRange.get("D12:M12")!.rule).toEqual({ wholeNumber: { formula1: 0, formula2: 10, operator: "Between" } }); // III.2 perCount: 10 reports reach −5
    expect(byRange.get("D12:M12")!.errorAlert).toMatchObject({ showAlert: true, style: "Warning" }); // a real 12 can be kept
    expect(byRange.get("D4:M4")!.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    expect(byRange.get("D4:M4")!.ignoreBlanks).toBe(true);
  });

  it("re-anchors a conditional-format formula on every area (no multi-area ranges in ExcelApi 1.8)", async () => {
    const plan = smallPlan();
    await applyPlan(fake.run, plan);
    const planned = plan.sheets.find((s) => s.name === SHEET.entry)!.conditionalFormats;
    const written = fake.state.sheet(SHEET.entry)!.conditionalFormats;
    expect(written).toHaveLength(planned.reduce((n, c) => n + c.ranges.length, 0));
    const first = planned.find((c) => c.style === "error" && c.ranges.length > 1)!;
    expect(written.find((w) => w.range === first.ranges[0])!.formula).toBe(`=${first.formula}`);
    const second = written.find((w) => w.range === first.ranges[1])!;
    const row0 = Number(/\d+/.exec(first.ranges[0]!)![0]);
    const row1 = Number(/\d+/.exec(first.ranges[1]!)![0]);
    expect(second.formula).toContain(`D${row1}`);
    expect(second.formula).not.toContain(`D${row0},`);
    expect(second.fill).toBe("#FFC7CE");
  });
});

describe("applyPlan: existing sheets are never overwritten without a choice", () => {
  function seedExisting(protectedSheets: string[] = []) {
    const s = fake.state.addSheet(SHEET.entry);
    s.type("D3", 17);
    s.type("A1", "dữ liệu cũ");
    const p = fake.state.addSheet(SHEET.points);
    p.type("B2", "cũ");
    for (const n of protectedSheets) {
      const sh = fake.state.sheet(n)!;
      sh.protected = true;
      sh.protectOptions = {};
    }
    return { s, p };
  }

  it("returns a conflict and writes nothing by default", async () => {
    const { s } = seedExisting();
    const r = await applyPlan(fake.run, smallPlan());
    expect(r.status).toBe("conflict");
    if (r.status !== "conflict") return;
    expect(r.sheets).toEqual([SHEET.entry, SHEET.points]);
    expect(r.keepBothNames[SHEET.entry]).toBe("Chấm điểm (2)");
    expect(fake.syncCount).toBe(1);
    expect(fake.state.sheets).toHaveLength(2);
    expect(s.valueAt("D3")).toBe(17);
  });

  it("reports existing defined names as a conflict too", async () => {
    fake.state.names.set("DonVi", { reference: "=Sheet1!$A$1" });
    const r = await applyPlan(fake.run, smallPlan());
    expect(r).toMatchObject({ status: "conflict", sheets: [], names: ["DonVi"] });
  });

  it('"keep both" adds suffixed sheets whose formulas point at the copies, and leaves the old ones alone', async () => {
    const { s } = seedExisting();
    const r = applied(await applyPlan(fake.run, smallPlan(), { onConflict: "keepBoth" }));
    expect(r.mode).toBe("keepBoth");
    expect(r.sheetNames[SHEET.entry]).toBe("Chấm điểm (2)");
    expect(fake.state.sheets.map((x) => x.name)).toEqual([
      "Chấm điểm", "Điểm", "Tiêu chí (2)", "Đơn vị (2)", "Chấm điểm (2)", "Điểm (2)", "Xếp hạng (2)", "Tổng hợp (2)", "_ThiDua (2)",
    ]);
    expect(s.valueAt("D3")).toBe(17);
    expect(fake.state.sheet("Chấm điểm (2)")!.formulaAt("D1")).toBe("='Đơn vị (2)'!$B$2");
    expect(fake.state.sheet("Điểm (2)")!.formulaAt("E4")).toContain("'Chấm điểm (2)'!");
    // Names go on the sheets that use them (the workbook-level ones may belong to the first copy).
    const rk = fake.state.sheet("Xếp hạng (2)")!;
    expect(rk.names.get("DiemXepHang")!.reference).toBe("='Xếp hạng (2)'!$G$2:$G$6");
    expect(fake.state.names.size).toBe(0);
  });

  it('"replace" unprotects a protected sheet for the write and protects it again; an unprotected one stays unprotected', async () => {
    seedExisting([SHEET.entry]);
    const r = applied(await applyPlan(fake.run, smallPlan(), { onConflict: "replace" }));
    expect(r.mode).toBe("replace");
    expect(r.reprotected).toEqual([SHEET.entry]);
    expect(r.protectionMismatches).toEqual([]);
    const entry = fake.state.sheet(SHEET.entry)!;
    const pts = fake.state.sheet(SHEET.points)!;
    expect(entry.protected).toBe(true);
    expect(pts.protected).toBe(false);
    expect(entry.valueAt("A1")).toBe("Mã");
    expect(entry.valueAt("D3")).toBe(""); // old data cleared: the user chose replace
    expect(fake.state.sheet(SHEET.criteria)!.protected).toBe(true); // new sheets follow the plan
    expect(fake.calls.filter((c) => c === "WorksheetProtection.unprotect")).toHaveLength(1);
  });

  it("a sheet protected with a password stops the write before any existing content is cleared", async () => {
    const { s, p } = seedExisting();
    p.protected = true;
    p.protectOptions = { password: "bí mật" };
    await expect(applyPlan(fake.run, smallPlan(), { onConflict: "replace" })).rejects.toThrow(/InvalidPassword/);
    expect(s.valueAt("D3")).toBe(17);
    expect(p.valueAt("B2")).toBe("cũ");
    expect(p.protected).toBe(true);
  });

  it("protects again the sheets that were protected when the write fails half-way", async () => {
    seedExisting([SHEET.entry]);
    fake.failAtOp = 40;
    await expect(applyPlan(fake.run, smallPlan(), { onConflict: "replace" })).rejects.toBeInstanceOf(FakeOfficeError);
    expect(fake.state.sheet(SHEET.entry)!.protected).toBe(true);
  });
});

describe("applyPlan: requirement sets above ExcelApi 1.8", () => {
  it("does not call 1.9 APIs when isSetSupported says no, and returns notices", async () => {
    const r = applied(await applyPlan(fake.run, smallPlan()));
    expect(fake.calls).not.toContain("Worksheet.pageLayout");
    expect(fake.calls).not.toContain("RangeFormat.indentLevel");
    expect(r.degraded).toBe(true);
    expect(r.notices).toEqual([
      { feature: "indent", requirement: "ExcelApi 1.9" },
      { feature: "print", requirement: "ExcelApi 1.9" },
    ]);
    expect(fake.supportChecks).toContainEqual({ name: "ExcelApi", version: "1.9", answer: false });
  });

  it("uses them when the host has ExcelApi 1.9", async () => {
    fake.excelApi = "1.9";
    const r = applied(await applyPlan(fake.run, smallPlan()));
    expect(r.notices).toEqual([]);
    expect(r.degraded).toBe(false);
    const entry = fake.state.sheet(SHEET.entry)!;
    expect(entry.pageLayout).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$2", printTitleColumns: "$A:$C" });
    expect(entry.pageLayout.printArea).toBeUndefined();
    const ranking = smallPlan().sheets.find((s) => s.name === SHEET.ranking)!;
    expect(fake.state.sheet(SHEET.ranking)!.pageLayout.printArea).toBe(ranking.print!.area);
    expect(fake.state.sheet(SHEET.criteria)!.cell(3, 2)!.indent).toBe(1);
  });

  it("skips suspendApiCalculationUntilNextSync (with a notice) when the host reports no ExcelApi set at all", async () => {
    fake.isSetSupportedImpl = () => false;
    const r = applied(await applyPlan(fake.run, smallPlan()));
    expect(fake.calls).not.toContain("Application.suspendApiCalculationUntilNextSync");
    expect(r.notices.map((n) => n.feature)).toContain("calculationSuspend");
  });

  it("the fake rejects a 1.9 member called without a check", async () => {
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("x").pageLayout.orientation = "Landscape";
      }),
    ).rejects.toThrow(/ApiNotFound.*ExcelApi 1\.9/);
  });

  it("the fake throws PropertyNotLoaded before load + sync", async () => {
    fake.state.addSheet("A");
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("A").getRange("A1:B2");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load("values");
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([["", ""], ["", ""]]);
    });
  });
});
