/**
 * The handout's provisional totals (Điểm column, summary rows) are the cluster workbook's formulas on one
 * unit: after LibreOffice recalculates filled handouts of every standard template, each total equals the
 * domain's self total for the same entries (relativeToBest leaves left empty: they need the whole cluster).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { evaluateCluster, FAIL_TOKEN, PASS_TOKEN, type EntryInput, type RawValue } from "../../src/domain";
import type { Criterion } from "../../src/domain/template/model";
import { walk } from "../../src/domain/template/tree";
import { loadStandardTemplate, standardTemplateIds } from "../../src/templates";
import { buildHandoutPlan } from "../../src/workbook/handout/buildHandoutPlan";
import { HANDOUT_FIRST_ROW } from "../../src/workbook/handout/handoutLayout";
import type { CellPlan, WorkbookPlan } from "../../src/workbook/plan";
import { cellValue } from "../../src/xlsx/readClusterWorkbook";
import { renderPlan } from "../../src/xlsx/renderPlan";
import { isSofficeAvailable, recalculateXlsx } from "../support/libreoffice";

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable();
const describeLO = skip ? describe.skip : describe;

/** A value the unit might type (valid or not: invalid ones count 0 in both). */
function entryArb(c: Criterion): fc.Arbitrary<RawValue> {
  const m = c.method ?? { type: "manual" as const };
  const na = c.naAllowed ? [fc.constant<RawValue>("N/A")] : [];
  const empty = fc.constant<RawValue>(null);
  switch (m.type) {
    case "passFail":
      return fc.oneof(fc.constantFrom<RawValue>(PASS_TOKEN, FAIL_TOKEN, 0, c.max), empty, ...na);
    case "levels":
      return fc.oneof(fc.constantFrom<RawValue>(...m.levels.map((l) => l.points)), empty, ...na);
    case "perCount":
      return fc.oneof(fc.integer({ min: 0, max: 6 }), empty, ...na);
    case "ratio":
      return fc.oneof(fc.integer({ min: 0, max: 150 }), empty, ...na);
    default: {
      const step = c.step ?? 0.25;
      return fc.oneof(fc.integer({ min: 0, max: Math.round(c.max / step) }).map((k) => Math.round(k * step * 1e6) / 1e6), fc.constant<RawValue>(c.max + 1), empty, ...na);
    }
  }
}

function withValues(plan: WorkbookPlan, nodes: readonly Criterion[], values: ReadonlyMap<string, RawValue>): WorkbookPlan {
  const main = plan.sheets[0]!;
  const cells = new Map<string, CellPlan>(main.cells);
  nodes.forEach((c, i) => {
    const v = values.get(c.code);
    if (v !== undefined && v !== null) cells.set(`F${HANDOUT_FIRST_ROW + i}`, { ...cells.get(`F${HANDOUT_FIRST_ROW + i}`)!, value: v } as CellPlan);
  });
  return { ...plan, sheets: [{ ...main, cells }, ...plan.sheets.slice(1)] };
}

describeLO("handout provisional totals agree with the domain (LibreOffice)", () => {
  let work: string;
  afterAll(() => work && rmSync(work, { recursive: true, force: true }));

  it("for random entries on every standard template", async () => {
    work = mkdtempSync(join(tmpdir(), "thidua-handout-totals-"));
    const cases: { file: string; expected: number; row: number }[] = [];
    for (const id of standardTemplateIds) {
      const t = loadStandardTemplate(id);
      const nodes = [...walk(t.criteria)];
      const leaves = t.leaves.filter((l) => l.method?.type !== "relativeToBest");
      const samples = fc.sample(fc.tuple(...leaves.map(entryArb)), { numRuns: 3, seed: 7 });
      for (const [k, vals] of samples.entries()) {
        const values = new Map(leaves.map((l, i) => [l.code, vals[i]!]));
        const plan = withValues(buildHandoutPlan({ template: t, clusterName: "C", period: "P", unit: "U", fileId: "f", generatedAt: "t" }), nodes, values);
        const file = join(work, `${id}-${k}.xlsx`);
        writeFileSync(file, await renderPlan(plan));
        const entries: EntryInput[] = [...values].filter(([, v]) => v !== null).map(([criterion, self]) => ({ unit: "U", criterion, self }));
        // Summary rows start one row after the criteria; the total is the fourth.
        cases.push({ file, row: HANDOUT_FIRST_ROW + nodes.length + 4, expected: evaluateCluster(t, [{ name: "U" }], entries).units[0]!.self.total });
      }
    }
    expect(cases.filter((c) => c.expected > 0).length).toBeGreaterThan(cases.length / 2);
    const out = await recalculateXlsx(cases.map((c) => c.file), { outDir: join(work, "lo") });
    for (const c of cases) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out.get(c.file)!);
      const got = cellValue(wb.getWorksheet("Tự chấm")!.getCell(`H${c.row}`));
      expect({ file: c.file, total: got }).toEqual({ file: c.file, total: c.expected });
    }
  }, 240_000);
});
