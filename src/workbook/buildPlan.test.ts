import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseTemplate } from "../domain/template/parse";
import type { Template } from "../domain/template/model";
import { loadStandardTemplate } from "../templates";
import { renderPlan } from "../xlsx/renderPlan";
import { bandFormula, buildPlan, SHEET, templateJsonFromMeta, UNCLASSIFIED, workbookLayout } from "./buildPlan";
import { fillEntries } from "./fillEntries";
import { firstEntryAddress } from "./layout";
import { addr, columnLetter, type CellPlan, type SheetPlan, type WorkbookPlan } from "./plan";

const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái", "Phú Thọ"];

function sheet(plan: WorkbookPlan, name: string): SheetPlan {
  const s = plan.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}
function cell(s: SheetPlan, a: string): CellPlan {
  const c = s.cells.get(a);
  if (!c) throw new Error(`no cell ${s.name}!${a}`);
  return c;
}
const formulaOf = (c: CellPlan) => ("formula" in c ? c.formula : undefined);
const valueOf = (c: CellPlan) => ("value" in c ? c.value : undefined);

function variant(overrides: Record<string, unknown>): Template {
  const base = loadStandardTemplate("blank-100").input as unknown as Record<string, unknown>;
  const r = parseTemplate({ ...base, ...overrides });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.template;
}

describe("buildPlan (blank-100, veterans' cluster)", () => {
  const t = loadStandardTemplate("blank-100");
  const plan = buildPlan(t, { name: "Cụm thi đua số 3", period: "2025", units: UNITS });
  const L = workbookLayout(t, UNITS.length);

  it("has the seven sheets in order, only _ThiDua hidden", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual(["Tiêu chí", "Đơn vị", "Chấm điểm", "Điểm", "Xếp hạng", "Tổng hợp", "_ThiDua"]);
    expect(plan.sheets.filter((s) => s.hidden).map((s) => s.name)).toEqual(["_ThiDua"]);
  });

  it("lists every criterion in tree order on Tiêu chí, Chấm điểm and Điểm", () => {
    const codes = L.nodes.map((c) => c.code);
    expect(codes).toEqual(["I", "I.1", "I.2", "I.3", "II", "II.1", "II.2", "III", "III.1", "III.2", "C", "C.1", "C.2", "T", "T.1", "T.2", "DK", "DK.1"]);
    for (const [name, row0] of [[SHEET.criteria, 2], [SHEET.entry, 3], [SHEET.points, 3]] as const) {
      const s = sheet(plan, name);
      codes.forEach((code, i) => expect(valueOf(cell(s, `A${row0 + i}`))).toBe(code));
    }
    const crit = sheet(plan, SHEET.criteria);
    expect(["A1", "B1", "C1", "D1", "E1", "F1", "G1"].map((a) => valueOf(cell(crit, a)))).toEqual([
      "Mã", "Tiêu chí", "Loại", "Cách chấm", "Tối đa", "Bước", "Quy tắc",
    ]);
  });

  it("has two unlocked input columns per unit on leaf rows, none on group rows", () => {
    const s = sheet(plan, SHEET.entry);
    expect(valueOf(cell(s, "D2"))).toBe("Tự chấm");
    expect(valueOf(cell(s, "E2"))).toBe("Cụm chấm");
    expect(formulaOf(cell(s, "D1"))).toBe("'Đơn vị'!$B$2");
    expect(formulaOf(cell(s, "L1"))).toBe("'Đơn vị'!$B$6");
    L.nodes.forEach((c, i) => {
      const r = L.nodeRow(i);
      for (let u = 0; u < UNITS.length; u++) {
        for (const col of [L.selfEntryCol(u), L.clusterEntryCol(u)]) {
          const x = s.cells.get(addr(col, r));
          if (c.children.length > 0) expect(x).toBeUndefined();
          else expect(x).toMatchObject({ role: "input", locked: false, value: null });
        }
      }
    });
  });

  it("locks every formula and label; only inputs are unlocked; every sheet is protected", () => {
    for (const s of plan.sheets) {
      expect(s.protection.protect).toBe(true);
      for (const [, c] of s.cells) {
        if ("formula" in c) expect(c.locked).toBe(true);
        expect(c.locked).toBe(c.role !== "input");
      }
    }
    const inputs = plan.sheets.flatMap((s) => [...s.cells.values()].filter((c) => c.role === "input").map(() => s.name));
    expect(new Set(inputs)).toEqual(new Set([SHEET.entry, SHEET.units, SHEET.summary]));
  });

  it("writes the leaf formulas the domain uses", () => {
    const p = sheet(plan, SHEET.points);
    const row = (code: string) => L.nodeRow(L.nodes.findIndex((c) => c.code === code));
    const r11 = row("I.1");
    expect(formulaOf(cell(p, `D${r11}`))).toBe(`IF(ISNUMBER('Chấm điểm'!D${r11}),MIN($C${r11},MAX(0,'Chấm điểm'!D${r11})),0)`);
    expect(formulaOf(cell(p, `E${r11}`))).toBe(
      `IF(TRIM('Chấm điểm'!E${r11})<>"",'Chấm điểm'!E${r11},IF(TRIM('Chấm điểm'!D${r11})<>"",'Chấm điểm'!D${r11},""))`,
    );
    expect(formulaOf(cell(p, `F${r11}`))).toBe(`IF(ISNUMBER(E${r11}),MIN($C${r11},MAX(0,E${r11})),0)`);
    const r22 = row("II.2");
    expect(formulaOf(cell(p, `F${r22}`))).toBe(
      `IF(OR(TRIM(E${r22})="Đạt",AND(ISNUMBER(E${r22}),E${r22}=$C${r22}),AND(ISLOGICAL(E${r22}),E${r22}=TRUE)),$C${r22},0)`,
    );
    const r32 = row("III.2");
    expect(formulaOf(cell(p, `F${r32}`))).toBe(`IF(ISNUMBER(E${r32}),IF(AND(E${r32}>=0,E${r32}=INT(E${r32})),$C${r32}-MIN(5,E${r32}*0.5,$C${r32}),0),0)`);
    const rT2 = row("T.2");
    expect(formulaOf(cell(p, `F${rT2}`))).toBe(`IF(ISNUMBER(E${rT2}),IF(ISNUMBER(MATCH(E${rT2},{0,2,4},0)),MIN($C${rT2},E${rT2}),0),0)`);
    // Groups: capped sum of same-kind children.
    expect(formulaOf(cell(p, `F${row("I")}`))).toBe(`MIN($C${row("I")},SUM(F${row("I.1")}:F${row("I.3")}))`);
  });

  it("summarises pools with caps, the total rounded to the precision, and failed gates", () => {
    const p = sheet(plan, SHEET.points);
    const R = L.rows;
    const row = (code: string) => L.nodeRow(L.nodes.findIndex((c) => c.code === code));
    expect(formulaOf(cell(p, `F${R.scored}`))).toBe(`SUM(F${row("I")},F${row("II")},F${row("III")})`);
    expect(formulaOf(cell(p, `F${R.bonus}`))).toBe(`MIN($C$${R.bonus},SUM(F${row("C")}))`);
    expect(valueOf(cell(p, `C${R.bonus}`))).toBe(5);
    expect(valueOf(cell(p, `C${R.penalty}`))).toBe(10);
    expect(formulaOf(cell(p, `F${R.total}`))).toBe(`ROUND(F${R.scored}+F${R.bonus}-F${R.penalty},2)`);
    expect(formulaOf(cell(p, `F${R.failedGates}`))).toContain(`TRIM(E${row("DK.1")})="Không đạt"`);
  });

  it("ranks through sorted helpers: the value's place, one whole-number code for the value and every tie-break key, the rank from the sorted line codes (no pass over every unit per unit)", () => {
    const x = sheet(plan, SHEET.ranking);
    const C = L.rankingCols;
    expect([C.stt, C.unit, C.selfTotal, C.scored, C.bonus, C.penalty, C.total, C.rank, C.band, C.eligible].map((c) => valueOf(cell(x, addr(c, 1))))).toEqual([
      "STT", "Đơn vị", "Tự chấm", "Cụm chấm", "Cộng", "Trừ", "Tổng", "Xếp hạng", "Xếp loại", "Đủ điều kiện",
    ]);
    const [k1, k2, k3] = C.tieKeys.map(columnLetter);
    const o = C.order;
    const col = (c: number) => columnLetter(c);
    const range = (c: number) => `$${col(c)}$2:$${col(c)}$6`;
    const B = columnLetter(C.bandsBlock + 1);
    const S = columnLetter(C.bandsBlock + 2);
    const [r1, r2, r3] = [0, 1, 2].map((k) => L.tieRangeRow(k));
    // Three keys of at most 100, 10 and 5 points fit one code with 5 units: no sorted column per key.
    expect(o.levels).toEqual([{ keys: [0, 1, 2], code: o.levels[0]!.code, sorted: null }]);
    expect(formulaOf(cell(x, addr(o.sortedValue, 3)))).toBe("SMALL(DiemXepHang,2)");
    expect(formulaOf(cell(x, addr(o.valuePlace, 3)))).toBe(`MATCH(G3,${range(o.sortedValue)},1)`);
    // Units better on the value, then each key's place (higher is better: counted down; penalty: counted up).
    expect(formulaOf(cell(x, addr(o.levels[0]!.code, 2)))).toBe(
      `(((5-${col(o.valuePlace)}2)*$${S}$${r1}+$${S}$${r1}-1-ROUND((${k1}2-$${B}$${r1})*100,0))*$${S}$${r2}+ROUND((${k2}2-$${B}$${r2})*100,0))*$${S}$${r3}+$${S}$${r3}-1-ROUND((${k3}2-$${B}$${r3})*100,0)`,
    );
    expect(formulaOf(cell(x, addr(C.bandsBlock + 2, r1)))).toBe("ROUND((MAX(TieuChiPhu1)-MIN(TieuChiPhu1))*100,0)+1");
    expect(formulaOf(cell(x, addr(o.lineCode, 3)))).toBe(`${col(o.levels[0]!.code)}3*5+${col(C.alpha)}3-1`);
    expect(formulaOf(cell(x, addr(C.position, 3)))).toBe(`MATCH(${col(o.lineCode)}3,${range(o.sortedLineCode)},1)`);
    // The rank is the first line of the sorted line codes with the same code; the group ends at the last such line.
    expect(formulaOf(cell(x, addr(o.rankStart, 3)))).toBe(`IF(INT(${col(o.sortedLineCode)}3/5)=INT(${col(o.sortedLineCode)}2/5),${col(o.rankStart)}2,2)`);
    expect(formulaOf(cell(x, addr(o.rankEnd, 3)))).toBe(`IF(INT(${col(o.sortedLineCode)}3/5)=INT(${col(o.sortedLineCode)}4/5),${col(o.rankEnd)}4,2)`);
    expect(formulaOf(cell(x, addr(C.rank, 3)))).toBe(`INDEX(${range(o.rankStart)},${col(C.position)}3)`);
    expect(formulaOf(cell(x, addr(o.sameRank, 3)))).toBe(`INDEX(${range(o.rankEnd)},${col(C.position)}3)-${col(C.rank)}3+1`);
    expect(plan.definedNames.map((d) => d.name)).toEqual(["DonVi", "TongDiem", "DiemXepHang", "TieuChiPhu1", "TieuChiPhu2", "TieuChiPhu3", "XepHang", "UngVien1", "UngVien2"]);
    expect(plan.definedNames.find((d) => d.name === "DiemXepHang")!.ref).toBe("'Xếp hạng'!$G$2:$G$6");
    expect(formulaOf(cell(x, addr(C.eligible, 3)))).toMatch(/^IF\('Điểm'!\w+\d+>0,"Không",IF\('Điểm'!\w+\d+>0,"Chờ xác nhận","Có"\)\)$/);
  });

  it("classifies through the Xếp loại block (lowerBand, no overlaps: highest min reached)", () => {
    const x = sheet(plan, SHEET.ranking);
    const B0 = L.rankingCols.bandsBlock;
    expect(valueOf(cell(x, addr(B0, 1)))).toBe("Xếp loại");
    expect(t.bands.map((_, i) => valueOf(cell(x, addr(B0, 2 + i))))).toEqual(["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"]);
    const f = formulaOf(cell(x, addr(L.rankingCols.band, 2)))!;
    expect(f.startsWith(`IF(G2>=${"$" + columnLetter(B0 + 1)}$2,$${columnLetter(B0)}$2,`)).toBe(true);
    expect(f.endsWith(`"${UNCLASSIFIED}")))))`)).toBe(true);
  });

  it("offers drop-down lists for pass/fail and levels, numeric rules elsewhere, with Vietnamese prompts", () => {
    const s = sheet(plan, SHEET.entry);
    const row = (code: string) => L.nodeRow(L.nodes.findIndex((c) => c.code === code));
    const dv = (code: string) => s.dataValidations.find((d) => d.range === `D${row(code)}:M${row(code)}`)!;
    expect(dv("II.2").rule).toEqual({ type: "list", values: ["Đạt", "Không đạt"] });
    expect(dv("DK.1").rule).toEqual({ type: "list", values: ["Đạt", "Không đạt"] });
    expect(dv("T.2").rule).toEqual({ type: "list", values: [0, 2, 4] });
    expect(dv("I.1").rule).toEqual({ type: "decimal", min: 0, max: 20 });
    expect(dv("III.2").rule).toEqual({ type: "whole", min: 0, max: 10 }); // a count: −0,5 each up to −5
    expect(dv("I.1").prompt.text).toContain("điểm từ 0 đến 20");
    expect(s.dataValidations).toHaveLength(t.leaves.length);
  });

  it("stores the template JSON and the format version in _ThiDua", () => {
    const m = sheet(plan, SHEET.meta);
    expect(valueOf(cell(m, "B1"))).toBe("thidua-workbook");
    expect(valueOf(cell(m, "B2"))).toBe(1);
    const json = templateJsonFromMeta((r) => m.cells.get(`B${r}`) && valueOf(m.cells.get(`B${r}`)!));
    expect(JSON.parse(json)).toEqual(t.input);
  });

  it("writes unit names in NFC, trimmed", () => {
    const p = buildPlan(t, { name: "x", period: "2025", units: [" Phú Thọ ".normalize("NFD"), "Yên Bái"] });
    expect(valueOf(cell(sheet(p, SHEET.units), "B2"))).toBe("Phú Thọ");
  });
});

describe("buildPlan variants", () => {
  it("adds a % column and ranks on it when rankBy is percentOfOwnMax; N/A leaves reduce the own maximum", () => {
    const base = loadStandardTemplate("blank-100").input;
    const criteria = JSON.parse(JSON.stringify(base.criteria));
    criteria[0].children[0].naAllowed = true;
    const t = variant({ rankBy: "percentOfOwnMax", criteria });
    const plan = buildPlan(t, { name: "x", period: "2025", units: UNITS });
    const L = workbookLayout(t, UNITS.length);
    const x = sheet(plan, SHEET.ranking);
    expect(L.rankingCols.percent).toBe(8);
    expect(formulaOf(cell(x, "H2"))).toBe(`IF('Điểm'!F${L.rows.ownMax}>0,ROUND(100*G2/'Điểm'!F${L.rows.ownMax},2),0)`);
    // DiemXepHang is the exact share (regression: ranking on the % rounded to the precision), H shows it rounded.
    expect(plan.definedNames.find((d) => d.name === "DiemXepHang")!.ref).toBe(`'Xếp hạng'!$${columnLetter(L.rankingCols.exactKey!)}$2:$${columnLetter(L.rankingCols.exactKey!)}$6`);
    expect(formulaOf(cell(x, addr(L.rankingCols.exactKey!, 2)))).toBe(`IF('Điểm'!F${L.rows.ownMax}>0,ROUND(100*ROUND(G2*100,0)/ROUND('Điểm'!F${L.rows.ownMax}*100,0),7),0)`);
    const p = sheet(plan, SHEET.points);
    expect(formulaOf(cell(p, `F${L.rows.ownMax}`))).toBe(`$C$${L.rows.ownMax}-SUM(IF(F4="",$C4,0))`);
    expect(formulaOf(cell(p, "F4"))).toMatch(/^IF\(OR\(TRIM\(E4\)="N\/A",TRIM\(E4\)="KAD",TRIM\(E4\)="Không áp dụng"\),"",/);
    const dv = sheet(plan, SHEET.entry).dataValidations.find((d) => d.range === "D4:M4")!;
    expect(dv.rule.type).toBe("custom");
  });

  it("checks the band's upper bound when gaps are unclassified, and gates can unclassify", () => {
    const t = variant({ bandGap: "unclassified", gateEffect: "unclassified" });
    const f = bandFormula(t, "G2", (i, field) => `${field}${i}`);
    expect(f).toBe(
      'IF(G2>=min0,label0,IF(AND(G2>=min1,G2<max1),label1,IF(AND(G2>=min2,G2<max2),label2,' +
        'IF(AND(G2>=min3,G2<max3),label3,IF(AND(G2>=min4,G2<max4),label4,"Không xếp loại")))))',
    );
    const plan = buildPlan(t, { name: "x", period: "2025", units: UNITS });
    const L = workbookLayout(t, UNITS.length);
    expect(formulaOf(cell(sheet(plan, SHEET.ranking), addr(L.rankingCols.band, 2)))).toMatch(/^IF\('Điểm'!F\d+>0,"Không xếp loại",IF\(/);
  });

  it("uses the contained-band chain before the lower-band fallback when bands overlap", () => {
    const t = variant({ bands: [{ label: "A", min: 50 }, { label: "B", min: 80, max: 85 }], awards: [] });
    expect(bandFormula(t, "V", (i, f) => `${f}${i}`)).toBe('IF(AND(V>=min1,V<=max1),label1,IF(V>=min0,label0,IF(V>=min1,label1,IF(V>=min0,label0,"Không xếp loại"))))');
  });
});

describe("fillEntries", () => {
  it("puts self and cluster entries in the right input cells, by identity", () => {
    const t = loadStandardTemplate("blank-100");
    const plan = buildPlan(t, { name: "x", period: "2025", units: UNITS });
    const { plan: filled, unmatched } = fillEntries(plan, t, UNITS, [
      { unit: "vĩnh phúc", criterion: "i.2", self: 15, cluster: 14 },
      { unit: "Nowhere", criterion: "I.1", self: 1 },
    ]);
    const s = sheet(filled, SHEET.entry);
    expect(valueOf(cell(s, "H5"))).toBe(15);
    expect(valueOf(cell(s, "I5"))).toBe(14);
    expect(unmatched).toHaveLength(1);
    expect(valueOf(cell(sheet(plan, SHEET.entry), "H5"))).toBeNull(); // the original plan is unchanged
  });
});

describe("firstEntryAddress", () => {
  it("is the first unit's Tự chấm cell on the first leaf criterion: an unlocked input of the plan", () => {
    const t = loadStandardTemplate("blank-100");
    const plan = buildPlan(t, { name: "x", period: "2025", units: UNITS });
    const a = firstEntryAddress(t, UNITS.length);
    expect(a).toBe("D4"); // row 3 is group I, row 4 its first leaf I.1; column D the first unit's Tự chấm
    expect(cell(sheet(plan, SHEET.entry), a)).toMatchObject({ role: "input", locked: false });
  });
});

describe("renderPlan (exceljs)", () => {
  it("writes protection, unlocked inputs, validation, freeze panes, the hidden sheet and defined names", async () => {
    const t = loadStandardTemplate("blank-100");
    const buf = await renderPlan(buildPlan(t, { name: "Cụm 3", period: "2025", units: UNITS }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tiêu chí", "Đơn vị", "Chấm điểm", "Điểm", "Xếp hạng", "Tổng hợp", "_ThiDua"]);
    expect(wb.getWorksheet("_ThiDua")!.state).toBe("hidden");
    const entry = wb.getWorksheet("Chấm điểm")! as ExcelJS.Worksheet & { dataValidations: { find(a: string): unknown } };
    expect(entry.getCell("D4").protection?.locked).toBe(false);
    expect(entry.getCell("A4").protection?.locked).not.toBe(false); // locked is the default
    expect(entry.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: 2 });
    const points = wb.getWorksheet("Điểm")!;
    expect(points.getCell("F4").formula).toBe("IF(ISNUMBER(E4),MIN($C4,MAX(0,E4)),0)");
    expect(points.getCell("F4").protection?.locked).not.toBe(false);
    expect(points.getCell("F4").result).toBeUndefined(); // no cached result: Excel computes on open
    expect(buf.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(entry.dataValidations.find("D9")).toMatchObject({ type: "list", formulae: ['"Đạt,Không đạt"'] });
    const names = wb.definedNames.model.map((d: { name: string }) => d.name);
    expect(names).toEqual(expect.arrayContaining(["DonVi", "DiemXepHang", "TieuChiPhu1"]));
    expect(entry.dataValidations.find("M9")).toMatchObject({ type: "list" });
    const sheetXmlProtected = (entry as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    expect(sheetXmlProtected?.sheet).toBe(true);
  });
});

describe("Excel 2016 compatibility of every standard template's plan", () => {
  /** Functions the plan may use: all in Excel 2007+, none needing a _xlfn. prefix (docs/libreoffice-recalc.md). */
  const ALLOWED = new Set(["IF", "OR", "AND", "ISNUMBER", "ISLOGICAL", "TRIM", "MIN", "MAX", "SUM", "MATCH", "INT", "ROUND", "ROUNDUP", "ROWS", "COUNTIF", "COUNTIFS", "INDEX", "SMALL", "MOD"]);
  const ids = ["blank-100", "ca-quang-tri-cum-347-2025", "ccb-cum-3-thang-90", "cd-dhsg-cdbp-2021", "tnmt-tien-giang-2022"];

  it.each(ids)("%s: known functions only, formulas within Excel's limits, validation texts within Excel's limits", (id) => {
    const t = loadStandardTemplate(id);
    const plan = buildPlan(t, { name: "x", period: "2025", units: UNITS });
    const used = new Set<string>();
    for (const s of plan.sheets) {
      for (const [a, c] of s.cells) {
        if (!("formula" in c)) continue;
        const f = c.formula.replace(/"[^"]*"/g, '""').replace(/'[^']*'!/g, "");
        for (const m of f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]!);
        expect({ at: `${s.name}!${a}`, long: c.formula.length > 8192 }).toEqual({ at: `${s.name}!${a}`, long: false });
        let depth = 0;
        let maxDepth = 0;
        for (const ch of f) {
          if (ch === "(") maxDepth = Math.max(maxDepth, ++depth);
          if (ch === ")") depth--;
        }
        expect(maxDepth).toBeLessThanOrEqual(64);
      }
      for (const dv of s.dataValidations) {
        expect(dv.prompt.title.length).toBeLessThanOrEqual(32);
        expect(dv.error.title.length).toBeLessThanOrEqual(32);
        expect(dv.prompt.text.length).toBeLessThanOrEqual(255);
        expect(dv.error.text.length).toBeLessThanOrEqual(255);
        if (dv.rule.type === "list") expect(dv.rule.values.join(",").length).toBeLessThanOrEqual(255);
      }
    }
    expect([...used].filter((fn) => !ALLOWED.has(fn))).toEqual([]);
  });
});

describe("edge cases", () => {
  const t = loadStandardTemplate("blank-100");

  it("rejects empty and duplicate unit names (the domain would drop them, the workbook cannot)", () => {
    expect(() => buildPlan(t, { name: "x", period: "2025", units: ["Hà Giang", "  "] })).toThrow(/trống/);
    expect(() => buildPlan(t, { name: "x", period: "2025", units: ["Hòa Bình", "hoà  bình"] })).toThrow(/trùng/);
  });

  it("builds a plan without units (no unit columns, no ranking rows, no range names that would be empty)", () => {
    const plan = buildPlan(t, { name: "x", period: "2025", units: [] });
    expect(plan.definedNames).toEqual([]);
    const L = workbookLayout(t, 0);
    expect(sheet(plan, SHEET.ranking).cells.get(addr(L.rankingCols.rank, 2))).toBeUndefined();
    expect(sheet(plan, SHEET.entry).dataValidations).toEqual([]);
  });

  it("spells columns past Z", () => {
    expect([1, 26, 27, 52, 702, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA"]);
    const many = Array.from({ length: 40 }, (_, i) => `Đơn vị ${i + 1}`);
    const plan = buildPlan(t, { name: "x", period: "2025", units: many });
    const L = workbookLayout(t, 40);
    expect(columnLetter(L.finalPointsCol(39))).toBe("DS");
    expect(formulaOf(cell(sheet(plan, SHEET.points), `DS4`))).toBe("IF(ISNUMBER(DR4),MIN($C4,MAX(0,DR4)),0)");
    expect(plan.definedNames.find((d) => d.name === "DonVi")!.ref).toBe("'Đơn vị'!$B$2:$B$41");
  });
});

describe("award proposals", () => {
  it("writes candidate flags, outcomes in closed form and the quota block (blank-100)", () => {
    const t = loadStandardTemplate("blank-100");
    const plan = buildPlan(t, { name: "x", period: "2025", units: UNITS });
    const L = workbookLayout(t, UNITS.length);
    const C = L.rankingCols;
    const x = sheet(plan, SHEET.ranking);
    const [a1, a2] = C.awards;
    const col = (c: number) => columnLetter(c);
    const G = `${col(C.groupSize!)}2`;
    // The group's size and this unit's place come from the running count of units that may be proposed over the
    // group's lines of the ranked list (rank … rank + units sharing it − 1), not from a COUNTIFS over every unit.
    const O = L.orderedBlock;
    const soFar = (c: number, line: string) => `IF(${line}<1,0,INDEX($${col(c)}$${O.firstRow}:$${col(c)}$${O.firstRow + 4},${line}))`;
    const R0 = `${col(C.rank)}2`;
    expect(formulaOf(cell(x, addr(C.groupSize!, 2)))).toBe(
      `IF(${col(C.eligible)}2="Có",${soFar(O.eligibleSoFarCol!, `${R0}+${col(C.order.sameRank)}2-1`)}-${soFar(O.eligibleSoFarCol!, `${R0}-1`)},0)`,
    );
    expect(formulaOf(cell(x, addr(a1!.candidate, 2)))).toBe(`IF(AND(${col(C.eligible)}2="Có",G2>=95,${col(C.band)}2="Xuất sắc"),${G},0)`);
    // Regression: units not chosen in a vote for the flag stay candidates for the merit (their group's places left).
    expect(formulaOf(cell(x, addr(a2!.candidate, 2)))).toBe(`IF(AND(${col(C.eligible)}2="Có",${col(C.band)}2="Xuất sắc"),${G}-${col(a1!.taken)}2,0)`);
    const q1 = `$${col(C.bandsBlock + 1)}$${L.awardsRow}`;
    const asked = soFar(O.demandSoFarCols[0]!, `${R0}-1`);
    expect(formulaOf(cell(x, addr(O.demandSoFarCols[0]!, O.firstRow + 1)))).toBe(`INDEX($${col(a1!.demand)}$2:$${col(a1!.demand)}$6,$F$${O.firstRow + 1})+${col(O.demandSoFarCols[0]!)}${O.firstRow}`);
    expect(formulaOf(cell(x, addr(a1!.taken, 2)))).toBe(`IF(${col(a1!.candidate)}2=0,0,MIN(${col(a1!.candidate)}2,MAX(0,${q1}-${asked})))`);
    expect(formulaOf(cell(x, addr(a1!.outcome, 2)))).toBe(
      `IF(${col(a1!.taken)}2=0,"",IF(${col(a1!.taken)}2=${col(a1!.candidate)}2,IF(${col(a1!.candidate)}2=${G},"Đề nghị","Cho đơn vị không được chọn ở trên"),"Bình xét (còn "&${col(a1!.taken)}2&" suất)"))`,
    );
    expect(valueOf(cell(x, addr(C.bandsBlock, L.awardsRow)))).toBe("Cờ thi đua");
    expect(valueOf(cell(x, addr(C.bandsBlock + 1, L.awardsRow + 1)))).toBe(2);
    expect(valueOf(cell(x, addr(C.award, 1)))).toBe("Đề nghị khen thưởng");
  });
});

describe("the rank-ordered block", () => {
  it("lists units by the k-th smallest line code = final rank code × n + A–Z place − 1 (Vietnamese A–Z within a rank)", () => {
    const t = loadStandardTemplate("blank-100");
    const units = ["Yên Bái", "Ân Thi", "An Giang", "Đà Nẵng"];
    const plan = buildPlan(t, { name: "Cụm", period: "2025", units });
    const L = workbookLayout(t, units.length);
    const C = L.rankingCols;
    const rk = plan.sheets.find((s) => s.name === SHEET.ranking)!;
    const cell = (col: number, row: number) => rk.cells.get(addr(col, row));
    // A–Z with the Vietnamese collator: An Giang, Ân Thi, Đà Nẵng, Yên Bái.
    expect(units.map((_, u) => (cell(C.alpha, L.rankingRow(u)) as { value: number }).value)).toEqual([4, 2, 1, 3]);
    const col = (c: number) => `$${columnLetter(c)}$2:$${columnLetter(c)}$5`;
    const o = C.order;
    // The inverse of the A–Z place: row a + 1 holds the unit (1-based) whose place is a.
    expect([2, 3, 4, 5].map((r) => (cell(o.unitByAlpha, r) as { value: number }).value)).toEqual([3, 2, 4, 1]);
    expect(cell(o.lineCode, 2)).toMatchObject({ formula: `${addr(o.levels.at(-1)!.code, 2)}*4+${addr(C.alpha, 2)}-1` });
    expect(cell(C.position, 2)).toMatchObject({ formula: `MATCH(${addr(o.lineCode, 2)},${col(o.sortedLineCode)},1)` });
    const line2 = L.orderedBlock.firstRow + 1;
    expect(cell(L.orderedBlock.unitCol, line2)).toMatchObject({ formula: `INDEX(${col(o.unitByAlpha)},MOD($${columnLetter(o.sortedLineCode)}$3,4)+1)` });
    expect(cell(2, line2)).toMatchObject({ formula: `INDEX(${col(C.unit)},$F$${line2})` });
  });
});

const workbookXml = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");

describe("print setup and in-sheet highlights", () => {
  const t = loadStandardTemplate("blank-100");
  const units = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc"];
  const plan = buildPlan(t, { name: "Cụm", period: "2025", units });
  const sheet = (name: string) => plan.sheets.find((s) => s.name === name)!;

  it("prints every visible sheet on A4, one page wide, with its title rows repeated", async () => {
    expect(sheet(SHEET.entry).print).toEqual({ orientation: "landscape", repeatRows: "1:2", repeatColumns: "A:C" });
    expect(sheet("_ThiDua").print).toBeUndefined();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderPlan(plan)) as unknown as ArrayBuffer);
    const ps = book.getWorksheet(SHEET.ranking)!.pageSetup;
    expect([ps.paperSize, ps.orientation, ps.fitToPage, ps.fitToWidth, ps.fitToHeight, ps.printTitlesRow]).toEqual([9, "landscape", true, 1, 0, "1:1"]);
  });

  it("Xếp hạng prints the table, the rank-ordered units and the charts, not the helper columns right of them", async () => {
    const L = workbookLayout(t, units.length);
    const rk = sheet(SHEET.ranking);
    const lastCol = Math.max(L.rankingCols.award, ...rk.charts!.map((c) => c.anchor.to.col));
    const lastRow = Math.max(...rk.charts!.map((c) => c.anchor.to.row));
    expect(rk.print?.area).toBe(`A1:${addr(lastCol, lastRow)}`);
    expect(lastCol).toBeLessThan(L.rankingCols.awards[0]!.candidate);
    expect(lastRow).toBeGreaterThan(L.orderedBlock.firstRow + units.length);
    // Written whole ($A$1:…): exceljs alone would write "$A1:$L57", which LibreOffice reads as no print area.
    const xml = await workbookXml(await renderPlan(plan));
    expect(xml).toContain(`'Xếp hạng'!$A$1:$${columnLetter(lastCol)}$${lastRow}`.replace(/'/g, "&apos;"));
  });

  it("highlights rejected entries per method (one format per rule) and self/cluster gaps on typed points", async () => {
    const cfs = sheet(SHEET.entry).conditionalFormats;
    const L = workbookLayout(t, units.length);
    const rowOf = (code: string) => L.nodeRow(L.nodes.findIndex((c) => c.code === code));
    const manual = cfs.find((c) => c.style === "error" && c.ranges.includes(`D${rowOf("I.1")}:I${rowOf("I.1")}`))!;
    // I.1–I.3 and II.1 are manual with the same rule; C.2 (bonus, manual) shares it too.
    expect(manual.ranges).toEqual(["I.1", "I.2", "I.3", "II.1", "C.2"].map((c) => `D${rowOf(c)}:I${rowOf(c)}`));
    expect(manual.formula).toBe(`AND(LEN(D${rowOf("I.1")})>0,NOT(IF(ISNUMBER(D${rowOf("I.1")}),AND(D${rowOf("I.1")}>=0,D${rowOf("I.1")}<=$C${rowOf("I.1")}),FALSE)))`);
    const gap = cfs.find((c) => c.style === "warning")!;
    expect(gap.formula).toContain(`>${t.selfClusterGap}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderPlan(plan)) as unknown as ArrayBuffer);
    const written = (book.getWorksheet(SHEET.entry) as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    expect(written.map((c) => c.ref)).toEqual(cfs.map((c) => c.ranges.join(" ")));
  });
});
