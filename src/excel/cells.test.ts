import { boxAddress, columnWidthRanges, excelText, mentionsName, parseBox, rectangles, renameInFormula, sheetBlocks, shiftFormula, widthToPoints, type Positioned } from "./cells";
import type { CellPlan, SheetPlan } from "../workbook/plan";

describe("excel cell helpers", () => {
  it("marks text Excel would parse (numbers, formulas, booleans, dates) with an apostrophe", () => {
    expect(excelText("Đạt")).toBe("Đạt");
    expect(excelText("Mã")).toBe("Mã");
    expect(excelText("1.0")).toBe("'1.0");
    expect(excelText("8,5")).toBe("'8,5");
    expect(excelText("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(excelText("TRUE")).toBe("'TRUE");
    expect(excelText("Jan 5")).toBe("'Jan 5");
    expect(excelText('{"format":1}')).toBe('\'{"format":1}');
    expect(excelText("")).toBe("");
  });

  it("shifts relative references outside strings and sheet names, keeps $ parts and functions", () => {
    expect(shiftFormula('AND(LEN(D3)>0,NOT(OR(TRIM(D3)="Đạt",D3<=$C3)))', 4, 0)).toBe('AND(LEN(D7)>0,NOT(OR(TRIM(D7)="Đạt",D7<=$C7)))');
    expect(shiftFormula("'Chấm điểm D3'!D3+$D$3+LOG10(A1)+TieuChiPhu1", 1, 1)).toBe("'Chấm điểm D3'!E4+$D$3+LOG10(B2)+TieuChiPhu1");
    expect(shiftFormula("MOD(COLUMN(D3)-4,2)", 0, 0)).toBe("MOD(COLUMN(D3)-4,2)");
  });

  it("renames quoted sheet references and finds defined names", () => {
    const m = new Map([["Đơn vị", "Đơn vị (2)"]]);
    expect(renameInFormula("'Đơn vị'!$B$2+'Điểm'!A1", m)).toBe("'Đơn vị (2)'!$B$2+'Điểm'!A1");
    expect(mentionsName('1+COUNTIF(DiemXepHang,">"&G2)', "DiemXepHang")).toBe(true);
    expect(mentionsName('COUNTIF(X,"DiemXepHang")', "DiemXepHang")).toBe(false);
    expect(mentionsName("TieuChiPhu12+1", "TieuChiPhu1")).toBe(false);
  });

  it("groups cells into rectangles and widths into column ranges", () => {
    const cell: CellPlan = { value: null, role: "input", locked: false };
    const cells: Positioned[] = [];
    for (const r of [3, 4, 6]) for (const c of [4, 5, 6]) cells.push({ pos: { row: r, col: c }, cell });
    cells.push({ pos: { row: 7, col: 4 }, cell });
    const boxes = rectangles(cells, () => "x").get("x")!.map(boxAddress).sort();
    expect(boxes).toEqual(["D3:F4", "D6:F6", "D7"].sort());
    expect(columnWidthRanges({ A: 8, B: 45, C: 8, D: 11, E: 11 })).toEqual([
      { address: "A:A", points: widthToPoints(8) },
      { address: "B:B", points: widthToPoints(45) },
      { address: "C:C", points: widthToPoints(8) },
      { address: "D:E", points: widthToPoints(11) },
    ]);
    expect(widthToPoints(8.43)).toBe(48); // Excel's default column: 64 px
    expect(parseBox("D5:B2")).toEqual({ r0: 2, r1: 5, c0: 2, c1: 4 });
  });

  it("cuts a sheet into blocks of contiguous rows with null for cells left alone", () => {
    const cells = new Map<string, CellPlan>([
      ["A1", { value: "Mã", role: "header", locked: true }],
      ["C2", { formula: "A1", role: "computed", locked: true, numFmt: "0.00" }],
      ["B4", { value: 1, role: "label", locked: true }],
    ]);
    const sheet = { name: "S", cells } as unknown as SheetPlan;
    const blocks = sheetBlocks(sheet, 1e6);
    expect(blocks.map((b) => boxAddress(b.box))).toEqual(["A1:C2", "B4"]);
    expect(blocks[0]!.formulas).toEqual([["Mã", null, null], [null, null, "=A1"]]);
    expect(blocks[0]!.numberFormat).toEqual([[null, null, null], [null, null, "0.00"]]);
    expect(blocks[1]!.numberFormat).toBeNull();
    expect(sheetBlocks(sheet, 10).map((b) => boxAddress(b.box))).toEqual(["A1:C1", "A2:C2", "B4"]);
  });
});
