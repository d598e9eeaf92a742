/**
 * The red highlight on Chấm điểm (invalidEntryFormula) must mark exactly the entries the domain
 * reports as errors and does not count. Each formula is placed in a cell beside the entry, the file
 * is recalculated by LibreOffice, and the TRUE/FALSE results are compared with readEntry.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEntry, type RawValue } from "../../src/domain/scoring/entryValue";
import type { Criterion } from "../../src/domain/template/model";
import { parseTemplate } from "../../src/domain/template/parse";
import { invalidEntryFormula } from "../../src/workbook/formulas";
import { isSofficeAvailable, readValues, recalculateXlsx } from "../support/libreoffice";

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable();
const describeLO = skip ? describe.skip : describe;

function leaves(): Criterion[] {
  const r = parseTemplate({
    format: "thidua-template", formatVersion: 1, id: "cf", version: "1", title: "CF", total: 60, precision: 2, step: 0.25,
    bonusCap: null, penaltyCap: null, bands: [], tieBreak: [], awards: [],
    criteria: [{
      code: "G", title: "G", children: [
        { code: "manual", title: "m", max: 10 },
        { code: "manualNA", title: "m", max: 10, naAllowed: true },
        { code: "passFail", title: "p", max: 10, method: { type: "passFail" } },
        { code: "levels", title: "l", max: 10, method: { type: "levels", levels: [{ points: 10, label: "a" }, { points: 2.5, label: "b" }, { points: 0, label: "c" }] } },
        { code: "perCount", title: "c", max: 10, method: { type: "perCount", per: 0.5, cap: 3, mode: "deductFromMax" } },
        { code: "ratio", title: "r", max: 10, method: { type: "ratio" } },
      ],
    }],
  });
  if (!r.ok) throw new Error("template");
  return [...r.template.leaves];
}

const VALUES: RawValue[] = [0, 2.5, 10, 10.5, -1, 3, 7.25, 150, "8,5", "Đạt", "đạt", "Không đạt", "x", "N/A", "KAD", "abc", " Đạt "];

describeLO("the invalid-entry highlight agrees with the domain (LibreOffice)", () => {
  let work: string;
  afterAll(() => work && rmSync(work, { recursive: true, force: true }));

  it("marks exactly the entries readEntry rejects, for every method", async () => {
    work = mkdtempSync(join(tmpdir(), "thidua-cf-"));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    const cases: { leaf: Criterion; value: RawValue; row: number }[] = [];
    let row = 1;
    for (const leaf of leaves()) {
      for (const value of VALUES) {
        ws.getCell(`A${row}`).value = value as ExcelJS.CellValue;
        ws.getCell(`B${row}`).value = leaf.max;
        ws.getCell(`C${row}`).value = { formula: invalidEntryFormula(leaf, `A${row}`, `B${row}`) } as ExcelJS.CellFormulaValue;
        cases.push({ leaf, value, row });
        row++;
      }
    }
    const file = join(work, "cf.xlsx");
    await wb.xlsx.writeFile(file);
    const out = await recalculateXlsx([file], { outDir: join(work, "out") });
    const v = await readValues(out.get(file)!);
    expect(v.errors()).toEqual([]);
    const mismatches = cases.flatMap(({ leaf, value, row: r }) => {
      const want = readEntry(leaf, value).problems.some((p) => p.severity === "error");
      const got = v.cell("S", `C${r}`);
      return got === want ? [] : [`${leaf.code} ${JSON.stringify(value)}: highlight ${String(got)}, domain error ${String(want)}`];
    });
    expect(mismatches).toEqual([]);
  }, 120_000);
});
