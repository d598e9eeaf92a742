/**
 * LibreOffice as an independent engine: formulas written with exceljs must compute what we claim.
 * Every formula below is written with a deliberately WRONG cached result (-99999 or 999), so a pass
 * means LibreOffice really recalculated it. Findings are in docs/libreoffice-recalc.md; the
 * "known limitations" block asserts the negative findings so the doc cannot silently go stale.
 *
 * Needs soffice (apt-get install -y libreoffice-calc-nogui). Set THIDUA_SKIP_LIBREOFFICE=1 to skip
 * on a machine without it; otherwise a missing soffice fails loudly.
 */
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CellError,
  isCellError,
  isSofficeAvailable,
  readValues,
  recalculateXlsx,
  recalculateXlsxDetailed,
  type CellValue,
  type WorkbookValues,
} from "../support/libreoffice";

jest.setTimeout(120_000);

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable();
const describeLO = skip ? describe.skip : describe;

const WRONG = -99999;
const DATA = "Dữ liệu"; // a Vietnamese sheet name with a space: references must quote it
const D = `'${DATA}'!`;
const NFC_DAT = "Đạt".normalize("NFC");
const NFD_DAT = "Đạt".normalize("NFD");

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "thidua-lo-test-"));
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function f(formula: string, result: number | string | boolean = WRONG): ExcelJS.CellFormulaValue {
  return { formula, result } as ExcelJS.CellFormulaValue;
}

/** The data the function checks work on: five units with scores, a grade table, Vietnamese strings. */
function addData(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(DATA);
  const rows: [string, number][] = [
    ["Sở A", 95],
    ["Sở B", 87.5],
    ["Sở C", 95],
    ["Sở D", 70],
    ["Sở E", 88],
  ];
  ws.getCell("A1").value = "Đơn vị";
  ws.getCell("B1").value = "Điểm";
  rows.forEach(([name, score], i) => {
    ws.getCell(i + 2, 1).value = name;
    ws.getCell(i + 2, 2).value = score;
  });
  // Grade thresholds (ascending, for approximate MATCH / LOOKUP).
  const grades: [number, string][] = [
    [0, "Không đạt"],
    [50, "Đạt"],
    [65, "Khá"],
    [80, "Tốt"],
  ];
  grades.forEach(([min, label], i) => {
    ws.getCell(i + 2, 4).value = min;
    ws.getCell(i + 2, 5).value = label;
  });
  ws.getCell("G1").value = NFC_DAT;
  ws.getCell("G2").value = "đạt";
  ws.getCell("G3").value = "ĐẠT";
  ws.getCell("G4").value = NFD_DAT; // same text, decomposed (NFD)
  ws.getCell("G5").value = "Khá";
  // Workbook-level defined names (exceljs supports range names only).
  wb.definedNames.add(`${D}$B$2:$B$6`, "Diem");
  wb.definedNames.add(`${D}$B$2`, "DiemDau");
  wb.definedNames.add(`${D}$B$2:$B$6`, "ĐiểmSố");
  // A constant name: exceljs silently drops it (no error, nothing written) — see LIMITS.
  wb.definedNames.add("0.5", "HeSo");
  return ws;
}

type Expect = { value: CellValue } | { approx: number };
interface Check {
  name: string;
  formula: string;
  expect: Expect;
}
const v = (value: CellValue): Expect => ({ value });

/** Functions our ranking formulas will use, written en-US exactly as exceljs stores them. */
const CHECKS: Check[] = [
  { name: "SUM", formula: `SUM(${D}B2:B6)`, expect: v(435.5) },
  { name: "SUMPRODUCT product of condition", formula: `SUMPRODUCT((${D}B2:B6>80)*${D}B2:B6)`, expect: v(365.5) },
  { name: "SUMPRODUCT double negation", formula: `SUMPRODUCT(--(${D}B2:B6>${D}B3))`, expect: v(3) },
  { name: "MIN", formula: `MIN(${D}B2:B6)`, expect: v(70) },
  { name: "MAX", formula: `MAX(${D}B2:B6)`, expect: v(95) },
  { name: "ROUND 2.345", formula: "ROUND(2.345,2)", expect: v(2.35) },
  { name: "ROUND 2.675 (binary 2.67499…)", formula: "ROUND(2.675,2)", expect: v(2.68) },
  { name: "ROUND half away from zero", formula: "ROUND(-2.5,0)", expect: v(-3) },
  { name: "ROUND to tenths", formula: "ROUND(87.456,1)", expect: v(87.5) },
  { name: "ROUND negative digits", formula: "ROUND(1234.5678,-2)", expect: v(1200) },
  { name: "IF with Vietnamese text", formula: `IF(${D}B2>90,"Xuất sắc","Khá")`, expect: v("Xuất sắc") },
  { name: "IFERROR catches #DIV/0!", formula: 'IFERROR(1/0,"x")', expect: v("x") },
  { name: "IFERROR passes a value", formula: `IFERROR(${D}B2,0)`, expect: v(95) },
  { name: "AND true", formula: `AND(TRUE,${D}B2>90)`, expect: v(true) },
  { name: "OR false (a false result)", formula: `OR(FALSE,${D}B5>80)`, expect: v(false) },
  { name: "ISNUMBER number", formula: `ISNUMBER(${D}B2)`, expect: v(true) },
  { name: "ISNUMBER text", formula: `ISNUMBER(${D}A2)`, expect: v(false) },
  { name: 'COUNTIFS ">"&cell', formula: `COUNTIFS(${D}B2:B6,">"&${D}B3)`, expect: v(3) },
  {
    name: "COUNTIFS two criteria",
    formula: `COUNTIFS(${D}B2:B6,">="&${D}B6,${D}A2:A6,"<>Sở A")`,
    expect: v(2),
  },
  { name: "COUNTIF number", formula: `COUNTIF(${D}B2:B6,95)`, expect: v(2) },
  { name: "COUNTIF text is case-insensitive", formula: `COUNTIF(${D}A2:A6,"sở a")`, expect: v(1) },
  { name: "rank as 1+COUNTIF", formula: `1+COUNTIF(${D}B2:B6,">"&${D}B3)`, expect: v(4) },
  {
    name: "dense rank via SUMPRODUCT/COUNTIF",
    formula: `SUMPRODUCT((${D}B2:B6>${D}B3)/COUNTIF(${D}B2:B6,${D}B2:B6))+1`,
    expect: v(3),
  },
  { name: "INDEX/MATCH exact", formula: `INDEX(${D}A2:A6,MATCH(70,${D}B2:B6,0))`, expect: v("Sở D") },
  { name: "INDEX/MATCH approximate", formula: `INDEX(${D}E2:E5,MATCH(72,${D}D2:D5,1))`, expect: v("Khá") },
  { name: "MATCH approximate default type", formula: `MATCH(72,${D}D2:D5)`, expect: v(3) },
  { name: "MATCH approximate on a boundary", formula: `MATCH(80,${D}D2:D5,1)`, expect: v(4) },
  { name: "LOOKUP", formula: `LOOKUP(85,${D}D2:D5,${D}E2:E5)`, expect: v("Tốt") },
  { name: "LOOKUP lowest band", formula: `LOOKUP(49.99,${D}D2:D5,${D}E2:E5)`, expect: v("Không đạt") },
  { name: "SMALL", formula: `SMALL(${D}B2:B6,2)`, expect: v(87.5) },
  { name: "LARGE with a tie", formula: `LARGE(${D}B2:B6,2)`, expect: v(95) },
  { name: "LARGE", formula: `LARGE(${D}B2:B6,3)`, expect: v(88) },
  { name: "_xlfn.RANK.EQ descending", formula: `_xlfn.RANK.EQ(${D}B3,${D}B2:B6,0)`, expect: v(4) },
  { name: "_xlfn.RANK.EQ default order, tie", formula: `_xlfn.RANK.EQ(${D}B4,${D}B2:B6)`, expect: v(1) },
  { name: "_xlfn.RANK.EQ ascending", formula: `_xlfn.RANK.EQ(${D}B5,${D}B2:B6,1)`, expect: v(1) },
  { name: "RANK (legacy, no prefix)", formula: `RANK(${D}B6,${D}B2:B6)`, expect: v(3) },
  { name: "SUMIFS wildcard + number", formula: `SUMIFS(${D}B2:B6,${D}A2:A6,"Sở*",${D}B2:B6,">=88")`, expect: v(278) },
  { name: "SUMIFS case-insensitive text", formula: `SUMIFS(${D}B2:B6,${D}A2:A6,"sở c")`, expect: v(95) },
  { name: "ABS", formula: "ABS(-3.5)", expect: v(3.5) },
  { name: "a zero result", formula: `${D}B5-70`, expect: v(0) },
  { name: "an empty-string result", formula: `IF(${D}B2>100,1,"")`, expect: v("") },
  { name: "_xlfn.STDEV.S", formula: `_xlfn.STDEV.S(${D}B2:B6)`, expect: { approx: 10.2249694376 } },
  { name: "_xlfn.RANK.AVG with a tie", formula: `_xlfn.RANK.AVG(${D}B2,${D}B2:B6)`, expect: v(1.5) },
  { name: "_xlfn.MAXIFS", formula: `_xlfn.MAXIFS(${D}B2:B6,${D}A2:A6,"<>Sở A")`, expect: v(95) },
  { name: "_xlfn.MINIFS", formula: `_xlfn.MINIFS(${D}B2:B6,${D}B2:B6,">80")`, expect: v(87.5) },
  { name: "_xlfn.IFS", formula: `_xlfn.IFS(${D}B5>80,"a",TRUE,"b")`, expect: v("b") },
  { name: "AVERAGEIFS (no prefix)", formula: `AVERAGEIFS(${D}B2:B6,${D}B2:B6,">80")`, expect: v(91.375) },
  // Vietnamese text comparison.
  { name: '"Đạt"="đạt" literal', formula: '"Đạt"="đạt"', expect: v(true) },
  { name: "Đạt = đạt (cells)", formula: `${D}G1=${D}G2`, expect: v(true) },
  { name: "Đạt = ĐẠT (cells)", formula: `${D}G1=${D}G3`, expect: v(true) },
  { name: "EXACT is case-sensitive", formula: `EXACT(${D}G1,${D}G2)`, expect: v(false) },
  { name: "COUNTIF đạt (NFC cells only)", formula: `COUNTIF(${D}G1:G5,"đạt")`, expect: v(3) },
  { name: "MATCH ĐẠT exact", formula: `MATCH("ĐẠT",${D}G1:G5,0)`, expect: v(1) },
  { name: "UPPER Vietnamese", formula: `UPPER(${D}G2)`, expect: v("ĐẠT") },
  { name: "LOWER Vietnamese", formula: 'LOWER("ĐẠT")', expect: v("đạt") },
  // Defined names (workbook level).
  { name: "SUM(defined name)", formula: "SUM(Diem)", expect: v(435.5) },
  { name: "defined names are case-insensitive", formula: "SUM(DIEM)", expect: v(435.5) },
  { name: "single-cell defined name", formula: "DiemDau*2", expect: v(190) },
  { name: "_xlfn.RANK.EQ over defined names", formula: "_xlfn.RANK.EQ(DiemDau,Diem)", expect: v(1) },
  { name: "Vietnamese defined name", formula: "SUM(ĐiểmSố)", expect: v(435.5) },
];

/** Error values: each must come back from readValues as a typed CellError. */
const ERRORS: { name: string; formula: string; code?: string }[] = [
  { name: "1/0", formula: "1/0", code: "#DIV/0!" },
  { name: "NA()", formula: "NA()", code: "#N/A" },
  { name: "unknown function", formula: "NOSUCHFUNCTION(1)", code: "#NAME?" },
  { name: "MATCH not found", formula: `MATCH(1000,${D}B2:B6,0)`, code: "#N/A" },
  { name: "#REF! literal", formula: "#REF!+1", code: "#REF!" },
  { name: "text in arithmetic", formula: `${D}A2+1`, code: "#VALUE!" },
  // Excel says #NUM!; LibreOffice 7.4 exports #VALUE!: assert only that it is an error.
  { name: "SQRT(-1)", formula: "SQRT(-1)" },
];
// Excel shows 0 and a warning for a circular reference; LibreOffice gives an error value (Err:522).
ERRORS.push({ name: "circular reference", formula: `B${ERRORS.length + 1}+1` });

/** Negative findings, asserted so that docs/libreoffice-recalc.md stays true. */
const LIMITS: { name: string; formula: string; expect: CellValue }[] = [
  { name: "RANK.EQ without _xlfn. → #NAME?", formula: `RANK.EQ(${D}B3,${D}B2:B6,0)`, expect: new CellError("#NAME?") },
  { name: "STDEV.S without _xlfn. → #NAME?", formula: `STDEV.S(${D}B2:B6)`, expect: new CellError("#NAME?") },
  { name: "_xlfn. on an old function breaks it", formula: `_xlfn.SUMIFS(${D}B2:B6,${D}B2:B6,">80")`, expect: new CellError("#NAME?") },
  { name: "_xlfn.COUNTIFS likewise", formula: `_xlfn.COUNTIFS(${D}B2:B6,">80")`, expect: new CellError("#NAME?") },
  { name: "_xlfn.SUM likewise", formula: "_xlfn.SUM(1,2)", expect: new CellError("#NAME?") },
  { name: "_xlfn.IFERROR does not catch", formula: "_xlfn.IFERROR(1/0,7)", expect: new CellError("#DIV/0!") },
  { name: "IFS without _xlfn. → #NAME?", formula: 'IFS(1>0,"a",TRUE,"b")', expect: new CellError("#NAME?") },
  { name: "MINIFS without _xlfn. → #NAME?", formula: `MINIFS(${D}B2:B6,${D}B2:B6,">80")`, expect: new CellError("#NAME?") },
  { name: "a leading = is tolerated by LibreOffice", formula: "=1+1", expect: 2 },
  { name: "NFC Đạt ≠ NFD Đạt", formula: `${D}G1=${D}G4`, expect: false },
  { name: "constant defined name (dropped by exceljs) → #NAME?", formula: "HeSo*2", expect: new CellError("#NAME?") },
];

describeLO("LibreOffice recalculation harness", () => {
  let values: WorkbookValues;
  let wrong: WorkbookValues;
  let wrongInput: WorkbookValues;

  beforeAll(async () => {
    // (a) A1=2, A2=3, A3=A1*A2 with the cached result 999.
    const wbA = new ExcelJS.Workbook();
    const s = wbA.addWorksheet("S");
    s.getCell("A1").value = 2;
    s.getCell("A2").value = 3;
    s.getCell("A3").value = f("A1*A2", 999);
    const wrongPath = join(work, "wrong-cache.xlsx");
    await wbA.xlsx.writeFile(wrongPath);

    // (c) + (d) in one workbook.
    const wb = new ExcelJS.Workbook();
    addData(wb);
    const checks = wb.addWorksheet("Checks");
    CHECKS.forEach((c, i) => {
      checks.getCell(i + 1, 1).value = c.name;
      checks.getCell(i + 1, 2).value = f(c.formula);
    });
    const errs = wb.addWorksheet("Errors");
    ERRORS.forEach((c, i) => {
      errs.getCell(i + 1, 1).value = c.name;
      errs.getCell(i + 1, 2).value = f(c.formula);
    });
    const limits = wb.addWorksheet("Limits");
    LIMITS.forEach((c, i) => {
      limits.getCell(i + 1, 1).value = c.name;
      limits.getCell(i + 1, 2).value = f(c.formula);
    });
    const checksPath = join(work, "checks.xlsx");
    await wb.xlsx.writeFile(checksPath);

    // One soffice run for both workbooks.
    const out = await recalculateXlsx([wrongPath, checksPath], { outDir: join(work, "out-main") });
    wrongInput = await readValues(wrongPath, { emptyFormulaResult: null });
    wrong = await readValues(out.get(wrongPath)!);
    values = await readValues(out.get(checksPath)!);
  });

  describe("(a) recalculation is real", () => {
    it("the input carries the wrong cached value 999", () => {
      expect(wrongInput.cell("S", "A3")).toBe(999);
    });
    it("LibreOffice replaces it with 2*3 = 6", () => {
      expect(wrong.cell("S", "A3")).toBe(6);
      expect(wrong.formula("S", "A3")).toBe("A1*A2");
    });
  });

  describe("(c) functions evaluate as Excel would", () => {
    it.each(CHECKS.map((c, i) => [c.name, c, i + 1] as const))("%s", (_name, c, row) => {
      const got = values.cell("Checks", `B${row}`);
      if ("approx" in c.expect) {
        expect(typeof got).toBe("number");
        expect(got as number).toBeCloseTo(c.expect.approx, 8);
      } else {
        expect(got).toEqual(c.expect.value);
      }
    });

    it("no cell outside the Errors/Limits sheets evaluates to an error", () => {
      const bad = values.errors().filter((e) => e.sheet !== "Errors" && e.sheet !== "Limits");
      expect(bad).toEqual([]);
    });

    it("Vietnamese text survives the round trip in NFC (and NFD stays NFD: no normalisation)", () => {
      expect(values.cell(DATA, "A2")).toBe("Sở A");
      expect(values.string(DATA, "A1")).toBe("Đơn vị".normalize("NFC"));
      expect(values.cell(DATA, "G1")).toBe(NFC_DAT);
      expect(values.cell(DATA, "G4")).toBe(NFD_DAT);
      const ifRow = CHECKS.findIndex((c) => c.name === "IF with Vietnamese text") + 1;
      const s = values.string("Checks", `B${ifRow}`);
      expect(s).toBe(s.normalize("NFC"));
    });

    it("formulas are read back as stored: _xlfn. prefix kept, no leading =", () => {
      const row = CHECKS.findIndex((c) => c.name === "_xlfn.RANK.EQ descending") + 1;
      expect(values.formula("Checks", `B${row}`)).toBe(`_xlfn.RANK.EQ(${D}B3,${D}B2:B6,0)`);
    });
  });

  describe("(d) error values are typed", () => {
    it.each(ERRORS.map((c, i) => [c.name, c, i + 1] as const))("%s", (_name, c, row) => {
      const got = values.cell("Errors", `B${row}`);
      expect(isCellError(got)).toBe(true);
      if (c.code) expect(got).toEqual(new CellError(c.code));
    });

    it("errors() lists every error cell with its formula", () => {
      const errs = values.errors().filter((e) => e.sheet === "Errors");
      expect(errs).toHaveLength(ERRORS.length);
      expect(errs[0]).toEqual({ sheet: "Errors", address: "B1", value: new CellError("#DIV/0!"), formula: "1/0" });
      expect(String(errs[0]!.value)).toBe("#DIV/0!");
    });
  });

  describe("known limitations (asserted so the doc stays true)", () => {
    it.each(LIMITS.map((c, i) => [c.name, c, i + 1] as const))("%s", (_name, c, row) => {
      expect(values.cell("Limits", `B${row}`)).toEqual(c.expect);
    });

    it("LibreOffice rewrites formula text on save (TRUE(), lower-cased unknown names, no leading =)", () => {
      const and = CHECKS.findIndex((c) => c.name === "AND true") + 1;
      expect(values.formula("Checks", `B${and}`)).toBe(`AND(TRUE(),${D}B2>90)`);
      const unknown = ERRORS.findIndex((c) => c.name === "unknown function") + 1;
      expect(values.formula("Errors", `B${unknown}`)).toBe("nosuchfunction(1)");
      const eq = LIMITS.findIndex((c) => c.formula === "=1+1") + 1;
      expect(values.formula("Limits", `B${eq}`)).toBe("1+1");
    });

    it("exceljs writes formulas verbatim: it does not add _xlfn. itself", async () => {
      const input = await readValues(join(work, "checks.xlsx"), { emptyFormulaResult: null });
      expect(input.formula("Limits", "B1")).toBe(`RANK.EQ(${D}B3,${D}B2:B6,0)`);
    });

    it("exceljs's cell.value drops a false/0 formula result; readValues does not", async () => {
      const out = join(work, "out-main", "checks.xlsx");
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const row = CHECKS.findIndex((c) => c.name === "OR false (a false result)") + 1;
      const cell = wb.getWorksheet("Checks")!.getCell(`B${row}`);
      expect((cell.value as ExcelJS.CellFormulaValue).result).toBeUndefined();
      expect(cell.result).toBe(false);
      expect(values.cell("Checks", `B${row}`)).toBe(false);
    });
  });

  describe("structured references and tables", () => {
    let t: WorkbookValues;
    let tablePath: string;
    let tableOut: string;
    const T: { formula: string; expect: CellValue }[] = [
      // Written in D2…: "#This Row" picks the table row on the formula's own row (2: 95, 3: 87.5, 4: 70).
      { formula: "Bang[[#This Row],[Diem]]*2", expect: 190 },
      { formula: "_xlfn.RANK.EQ(Bang[[#This Row],[Diem]],Bang[Diem])", expect: 2 },
      { formula: "_xlfn.RANK.EQ(Bang[[#This Row],[Diem]],Bang[Diem])", expect: 3 },
      { formula: "Bang[[#This Row],[Diem]]", expect: new CellError("#VALUE!") }, // row 5: outside the table
      { formula: "SUM(Bang[Diem])", expect: 252.5 },
      { formula: 'SUMIFS(Bang[Diem],Bang[DonVi],"sở b")', expect: 87.5 },
      { formula: "SUM(Bang[[#Data],[Diem]])", expect: 252.5 },
      { formula: "SUM(Bang[[#All],[Diem]])", expect: 252.5 },
      { formula: "ROWS(Bang[[#Headers],[#Data]])", expect: 4 },
      // Do NOT work in LibreOffice 7.4 (Excel: 3, 4, 3 and 95):
      { formula: "ROWS(Bang[#Data])", expect: new CellError("#NAME?") },
      { formula: "ROWS(Bang[#All])", expect: new CellError("#NAME?") },
      { formula: "ROWS(Bang)", expect: 4 }, // bare table name includes the header row in LibreOffice
      { formula: "SUM(Bang[@Diem])", expect: new CellError("#NAME?") }, // "@" is UI syntax, not file syntax
    ];

    beforeAll(async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("D");
      ws.addTable({
        name: "Bang",
        ref: "A1",
        headerRow: true,
        columns: [{ name: "DonVi" }, { name: "Diem" }],
        rows: [
          ["Sở A", 95],
          ["Sở B", 87.5],
          ["Sở C", 70],
        ],
      });
      T.forEach((c, i) => (ws.getCell(i + 2, 4).value = f(c.formula)));
      tablePath = join(work, "table.xlsx");
      await wb.xlsx.writeFile(tablePath);
      tableOut = (await recalculateXlsx([tablePath], { outDir: join(work, "out-table") })).get(tablePath)!;
      t = await readValues(tableOut);
    });

    it.each(T.map((c, i) => [`D${i + 2}: ${c.formula}`, c, i + 2] as const))("%s", (_f, c, row) => {
      expect(t.cell("D", `D${row}`)).toEqual(c.expect);
    });

    it("exceljs can re-save its own table workbook but NOT one saved by LibreOffice", async () => {
      const own = new ExcelJS.Workbook();
      await own.xlsx.readFile(tablePath);
      await expect(own.xlsx.writeBuffer()).resolves.toBeDefined();
      const lo = new ExcelJS.Workbook();
      await lo.xlsx.readFile(tableOut);
      await expect(lo.xlsx.writeBuffer()).rejects.toThrow(/theme/);
    });
  });

  it("(b) a batch of 20 files (3 with the same base name) in one soffice run, all right", async () => {
    const files: string[] = [];
    const expected = new Map<string, { sum: number; rank: number }>();
    for (let i = 0; i < 20; i++) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Xếp hạng");
      const scores = [50 + i, 90 - i, 70, 60 + 2 * i];
      scores.forEach((x, r) => (ws.getCell(r + 1, 1).value = x));
      ws.getCell("B1").value = f("SUM(A1:A4)");
      ws.getCell("B2").value = f("_xlfn.RANK.EQ(A1,A1:A4,0)");
      const sorted = [...scores].sort((a, b) => b - a);
      expected.set(String(i), { sum: scores.reduce((a, b) => a + b, 0), rank: sorted.indexOf(scores[0]!) + 1 });
      // Files 0..2 share the base name "Báo cáo.xlsx" in different folders.
      const dir = join(work, "batch", i < 3 ? `dir${i}` : "flat");
      mkdirSync(dir, { recursive: true });
      const path = join(dir, i < 3 ? "Báo cáo.xlsx" : `bao-cao-${i}.xlsx`);
      await wb.xlsx.writeFile(path);
      files.push(path);
    }
    const res = await recalculateXlsxDetailed(files, { outDir: join(work, "out-batch") });
    expect(res.outputs.size).toBe(20);
    expect(new Set(res.outputs.values()).size).toBe(20);
    for (const [i, path] of files.entries()) {
      const out = res.outputs.get(path)!;
      const vals = await readValues(out);
      const e = expected.get(String(i))!;
      expect([vals.cell("Xếp hạng", "B1"), vals.cell("Xếp hạng", "B2")]).toEqual([e.sum, e.rank]);
      expect(vals.errors()).toEqual([]);
    }
    // Same base name → distinct outputs, in input order.
    expect(files.slice(0, 3).map((p) => res.outputs.get(p)!.split("/").pop())).toEqual([
      "Báo cáo.xlsx",
      "Báo cáo-2.xlsx",
      "Báo cáo-3.xlsx",
    ]);
  });

  it("(e) a recalculated file is live: edit an input with exceljs, recalculate again", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 2;
    ws.getCell("A2").value = 3;
    ws.getCell("A3").value = f("A1*A2", 999);
    ws.getCell("A4").value = f('IF(A3>20,"Tốt","Khá")', "?");
    const first = join(work, "live.xlsx");
    await wb.xlsx.writeFile(first);
    const once = (await recalculateXlsx([first], { outDir: join(work, "live-1") })).get(first)!;
    const v1 = await readValues(once);
    expect([v1.cell("S", "A3"), v1.cell("S", "A4")]).toEqual([6, "Khá"]);

    // Edit the LibreOffice output with exceljs: A1 = 10. exceljs itself does not recalculate.
    const edit = new ExcelJS.Workbook();
    await edit.xlsx.readFile(once);
    edit.getWorksheet("S")!.getCell("A1").value = 10;
    const edited = join(work, "live-edited.xlsx");
    await edit.xlsx.writeFile(edited);
    expect((await readValues(edited)).cell("S", "A3")).toBe(6); // stale cache, as expected

    const twice = (await recalculateXlsx([edited], { outDir: join(work, "live-2") })).get(edited)!;
    const v2 = await readValues(twice);
    expect([v2.cell("S", "A1"), v2.cell("S", "A3"), v2.cell("S", "A4")]).toEqual([10, 30, "Tốt"]);
  });
});
