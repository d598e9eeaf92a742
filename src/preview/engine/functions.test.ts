import { FakeWorkbookState } from "../../excel/fake";
import { EXCEL_CASES, EXCEL_SHEET } from "./excelCases";
import { WorkbookEngine } from "./workbookEngine";
import { criterion, numberText, parseEnUsNumber } from "./values";

/** The case sheet, with every case formula in column J (row = case index + 1). */
function caseWorkbook() {
  const state = new FakeWorkbookState();
  const s = state.addSheet("S");
  state.addSheet("Chấm điểm").type("B1", 7);
  for (const [a, v] of Object.entries(EXCEL_SHEET)) s.type(a, v);
  state.names.set("DonVi", { reference: "=S!$B$1:$B$4" });
  s.names.set("Local", { reference: "=S!$A$1" });
  EXCEL_CASES.forEach(([f], i) => s.type(`J${i + 1}`, `=${f}`));
  return { state, s, engine: new WorkbookEngine(state) };
}

describe("preview engine: Excel's results for the functions the workbook uses", () => {
  const { s, engine } = caseWorkbook();
  engine.recalculate();
  it.each(EXCEL_CASES.map(([f, want], i) => [f, want, i] as const))("%s → %p", (_f, want, i) => {
    const got = s.valueAt(`J${i + 1}`);
    if (typeof want === "number" && typeof got === "number") expect(got).toBeCloseTo(want, 12);
    else expect(got).toEqual(want);
  });
});

describe("preview engine: recalculation", () => {
  it("recalculates only what depends on a change, in dependency order", () => {
    const state = new FakeWorkbookState();
    const s = state.addSheet("S");
    s.type("A1", 1);
    s.type("C1", "=B1*10");
    s.type("B1", "=A1+1");
    s.type("D1", "=SUM(B1:C1)");
    s.type("E1", "=7");
    const engine = new WorkbookEngine(state);
    expect(engine.recalculate()).toMatchObject({ formulas: 4, evaluated: 4, full: true });
    expect([s.valueAt("B1"), s.valueAt("C1"), s.valueAt("D1")]).toEqual([2, 20, 22]);
    s.type("A1", 2);
    expect(engine.recalculate()).toMatchObject({ evaluated: 3, full: false });
    expect(s.valueAt("D1")).toBe(33);
    expect(engine.recalculate().evaluated).toBe(0);
  });

  it("reports a circular reference as #REF! instead of looping, and recovers when it is broken", () => {
    const state = new FakeWorkbookState();
    const s = state.addSheet("S");
    s.type("A1", "=B1+1");
    s.type("B1", "=A1+1");
    s.type("C1", "=A1*2");
    s.type("D1", "=D1");
    const engine = new WorkbookEngine(state);
    engine.recalculate();
    expect([s.valueAt("A1"), s.valueAt("B1"), s.valueAt("C1"), s.valueAt("D1")]).toEqual(["#REF!", "#REF!", "#REF!", "#REF!"]);
    expect(engine.errorAt("S", 1, 1)).toBe("#REF!");
    s.type("B1", 4);
    engine.recalculate();
    expect([s.valueAt("A1"), s.valueAt("C1")]).toEqual([5, 10]);
  });

  it("follows defined names and other sheets, and a renamed name's new area", () => {
    const state = new FakeWorkbookState();
    const a = state.addSheet("Xếp hạng");
    const b = state.addSheet("Sheet1");
    a.type("H2", 1);
    a.type("H3", 2);
    state.names.set("XepHang", { reference: "='Xếp hạng'!$H$2:$H$3" });
    b.type("A1", "=SUM(XepHang)+'Xếp hạng'!H2");
    const engine = new WorkbookEngine(state);
    engine.recalculate();
    expect(b.valueAt("A1")).toBe(4);
    a.type("H3", 10);
    engine.recalculate();
    expect(b.valueAt("A1")).toBe(12);
    state.names.set("XepHang", { reference: "='Xếp hạng'!$H$2:$H$2" });
    engine.recalculate();
    expect(b.valueAt("A1")).toBe(2);
  });

  it("evaluates a formula at a position without storing it (conditional formats)", () => {
    const state = new FakeWorkbookState();
    const s = state.addSheet("S");
    s.type("D5", "8,5");
    const engine = new WorkbookEngine(state);
    engine.recalculate();
    expect(engine.evaluate("S", 5, 4, "=AND(LEN(D5)>0,NOT(ISNUMBER(D5)))")).toBe(true);
    expect(s.cell(5, 10)).toBeUndefined();
  });
});

describe("preview engine: values", () => {
  it("reads en-US numbers only", () => {
    expect(parseEnUsNumber("120")).toBe(120);
    expect(parseEnUsNumber(" 8.5 ")).toBe(8.5);
    expect(parseEnUsNumber("8,5")).toBeNull();
    expect(parseEnUsNumber("1e3")).toBe(1000);
    expect(parseEnUsNumber("50%")).toBe(0.5);
    expect(parseEnUsNumber("Đạt")).toBeNull();
  });
  it("shows numbers with 15 significant digits like Excel", () => {
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(3)).toBe("3");
    expect(numberText(1 / 3)).toBe("0.333333333333333");
  });
  it("matches COUNTIF criteria like Excel", () => {
    expect(criterion("<3")(2)).toBe(true);
    expect(criterion("<3")("2")).toBe(false);
    expect(criterion("=")(null)).toBe(true);
    expect(criterion("=")("")).toBe(false);
    expect(criterion("<>x")("X")).toBe(false);
    expect(criterion("d?t")("ĐẠT")).toBe(false);
    expect(criterion("đ?t")("ĐẠT")).toBe(true);
  });
});
