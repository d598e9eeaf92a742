/**
 * Browser preview host figures: the formula engine (src/preview/engine) on a 50 units × 150 criteria
 * workbook written into the in-memory Excel fake: a full recalculation after the insert, then one typed
 * entry (incremental), then a conditional-format evaluation of one visible screen. Prints; never asserts.
 * The lead registers runPreviewEngineBench in bench/run.ts.
 */
import { applyPlan } from "../src/excel";
import { WorkbookEngine } from "../src/preview/engine";
import { SHEET, buildPlan, workbookLayout } from "../src/workbook/buildPlan";
import { addr } from "../src/workbook/plan";
import { FakeExcel } from "../src/excel/fake";
import { syntheticTemplate, unitNames } from "../test/support/excel-fake/fixtures";
import type { BenchFigure } from "./domainBench";

export async function runPreviewEngineBench(): Promise<BenchFigure[]> {
  const t = syntheticTemplate(10, 15);
  const units = unitNames(50);
  const plan = buildPlan(t, { name: "Cụm thi đua", period: "2025", units });
  const fake = new FakeExcel();
  const r = await applyPlan(fake.run, plan, { isSetSupported: fake.isSetSupported });
  if (r.status !== "applied") throw new Error("preview bench: applyPlan did not apply");
  const engine = new WorkbookEngine(fake.state);
  const full = engine.recalculate();

  const L = workbookLayout(t, units.length);
  const entry = fake.state.sheet(SHEET.entry)!;
  const leafRow = L.nodeRow(L.nodes.findIndex((n) => n.children.length === 0));
  const times: number[] = [];
  let evaluated = 0;
  for (let k = 0; k < 10; k++) {
    entry.type(addr(L.selfEntryCol(k), leafRow), (k % 3) + 0.5);
    const s = engine.recalculate();
    times.push(s.ms);
    evaluated = s.evaluated;
  }
  times.sort((a, b) => a - b);

  const cfs = entry.conditionalFormats;
  const t0 = performance.now();
  let cfCells = 0;
  for (const cf of cfs.slice(0, 1)) {
    for (let row = 1; row <= 40; row++) {
      for (let col = 1; col <= 20; col++) {
        engine.evaluate(entry.name, row, col, cf.formula);
        cfCells++;
      }
    }
  }
  const cfMs = performance.now() - t0;
  return [
    { name: "preview engine 50×150: formulas", value: full.formulas, unit: "formulas" },
    { name: "preview engine 50×150: full recalculation (after insert)", value: full.ms, unit: "ms", target: "< 5000 ms" },
    { name: "preview engine 50×150: one typed entry, median recalculation", value: times[Math.floor(times.length / 2)]!, unit: `ms (${evaluated} formulas)`, target: "< 200 ms" },
    { name: "preview engine 50×150: one typed entry, slowest of 10", value: times.at(-1)!, unit: "ms" },
    { name: "preview engine: one conditional format over a 40×20 screen", value: cfMs, unit: `ms (${cfCells} cells)`, target: "< 300 ms" },
  ];
}
