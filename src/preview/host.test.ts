import { createExcelActions } from "../excel/actions";
import { loadStandardTemplate } from "../templates";
import { SHEET, workbookLayout } from "../workbook/buildPlan";
import { addr } from "../workbook/plan";
import { PreviewHost } from "./host";
import { parseTypedInput } from "./grid/typedInput";

const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc"];

async function inserted() {
  const host = new PreviewHost();
  const notified: number[] = [];
  host.subscribe(() => notified.push(host.engine.version));
  const actions = createExcelActions(host.fake.run);
  const template = loadStandardTemplate("blank-100");
  const r = await actions.insert({ template, cluster: "Cụm 1", period: "2025", units: UNITS });
  expect(r.cellsWritten).toBeGreaterThan(100);
  const L = workbookLayout(template, UNITS.length);
  const leafRows = L.nodes.map((n, i) => ({ n, row: L.nodeRow(i) })).filter((x) => x.n.children.length === 0);
  return { host, actions, L, leafRows, notified };
}

describe("preview host", () => {
  it("starts with one empty Sheet1", () => {
    const host = new PreviewHost();
    expect(host.visibleSheets().map((s) => s.name)).toEqual(["Sheet1"]);
    expect(host.lastRecalc?.formulas).toBe(0);
  });

  it("recalculates after the pane's insert and shows only visible sheets as tabs", async () => {
    const { host, notified } = await inserted();
    const names = host.visibleSheets().map((s) => s.name);
    expect(names).toContain(SHEET.entry);
    expect(names).toContain(SHEET.ranking);
    expect(names.some((n) => n.startsWith("_"))).toBe(false);
    expect(notified.length).toBeGreaterThan(0);
    expect(host.lastRecalc!.formulas).toBeGreaterThan(100);
    // Every unit ranks 1 with no scores (a full tie), computed by the engine, not left as "".
    expect(host.sheet(SHEET.ranking)!.valueAt("H2")).toBe(1);
  });

  it("types like en-US Excel: 120 and 8.5 are numbers, 8,5 and Đạt are text, =… a formula", async () => {
    const { host, L, leafRows } = await inserted();
    const row = leafRows[0]!.row;
    const col = L.selfEntryCol(0);
    const entry = host.sheet(SHEET.entry)!;
    for (const [text, want] of [["120", 120], ["8.5", 8.5], ["8,5", "8,5"], ["Đạt", "Đạt"], ["1,000", 1000], ["TRUE", true]] as const) {
      expect(host.typeInto(SHEET.entry, row, col, text)).toEqual({ ok: true });
      expect(entry.valueAt(addr(col, row))).toBe(want);
    }
    expect(host.typeInto(SHEET.entry, row, col, "=2*3")).toEqual({ ok: true });
    expect(entry.formulaAt(addr(col, row))).toBe("=2*3");
    expect(entry.valueAt(addr(col, row))).toBe(6);
    expect(parseTypedInput("'120")).toEqual({ kind: "value", value: "120" });
    expect(parseTypedInput("")).toEqual({ kind: "empty" });
  });

  it("an over-maximum and a text entry count 0 in the points and are highlighted red", async () => {
    const { host, L, leafRows } = await inserted();
    const [a, b] = leafRows;
    const col = L.selfEntryCol(0);
    host.typeInto(SHEET.entry, a!.row, col, "120");
    host.typeInto(SHEET.entry, b!.row, col, "8,5");
    const entry = host.sheet(SHEET.entry)!;
    expect(host.highlightAt(entry, a!.row, col)).not.toBeNull();
    expect(host.highlightAt(entry, b!.row, col)).not.toBeNull();
    expect(host.highlightAt(entry, b!.row, L.selfEntryCol(1))).toBeNull();
    host.typeInto(SHEET.entry, b!.row, col, "8.5");
    expect(host.highlightAt(entry, b!.row, col)).toBeNull();
    const points = host.sheet(SHEET.points)!;
    expect(points.valueAt(addr(L.selfPointsCol(0), b!.row))).toBe(8.5);
  });

  it("refuses locked cells of a protected sheet", async () => {
    const { host } = await inserted();
    const entry = host.sheet(SHEET.entry)!;
    const before = entry.valueAt("B4");
    expect(host.typeInto(SHEET.entry, 4, 2, "x")).toEqual({ ok: false, reason: "protected" });
    expect(entry.valueAt("B4")).toBe(before);
    expect(host.typeInto("Sheet1", 1, 1, "x")).toEqual({ ok: true });
  });

  it("reports the selection the pane makes (selectCell) and the one made in the grid", async () => {
    const { host, actions } = await inserted();
    await actions.selectCell(SHEET.points, "E7");
    expect(host.selection()).toEqual({ sheet: SHEET.points, pos: { row: 7, col: 5 } });
    host.select(SHEET.entry, 4, 4);
    expect(host.fake.state.selection).toEqual({ sheet: SHEET.entry, address: "D4" });
  });

  it("undo removes the inserted sheets and the engine follows", async () => {
    const { host, actions } = await inserted();
    await actions.undoLast();
    expect(host.visibleSheets().map((s) => s.name)).toEqual(["Sheet1"]);
    expect(host.lastRecalc!.formulas).toBe(0);
  });
});
