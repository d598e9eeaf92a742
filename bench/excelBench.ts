/**
 * Office.js renderer figures: applyPlan for 50 units × 150 criteria against the in-memory Excel fake
 * (src/excel/fake): sync count, batch sizes, time. Prints figures; never asserts.
 */
import { applyPlan } from "../src/excel";
import { buildPlan } from "../src/workbook/buildPlan";
import { FakeExcel } from "../src/excel/fake";
import { syntheticTemplate, unitNames } from "../test/support/excel-fake/fixtures";
import type { BenchFigure } from "./domainBench";

export async function runExcelBench(): Promise<BenchFigure[]> {
  const t = syntheticTemplate(10, 15);
  const plan = buildPlan(t, { name: "Cụm thi đua", period: "2025", units: unitNames(50) });
  const fake = new FakeExcel().install();
  try {
    const t0 = performance.now();
    const r = await applyPlan(fake.run, plan);
    const ms = performance.now() - t0;
    const figures: BenchFigure[] = [
      { name: "excel applyPlan 50×150: syncs", value: fake.syncCount, unit: "syncs", target: "≤ 3" },
      { name: "excel applyPlan 50×150: largest batch", value: fake.largestBatch / 1e6, unit: "MB", target: "< 4 MB" },
      { name: "excel applyPlan 50×150: total written", value: fake.batchBytes.reduce((a, b) => a + b, 0) / 1e6, unit: "MB" },
      { name: "excel applyPlan 50×150: write batches", value: r.status === "applied" ? r.writeBatches : 0, unit: "batches" },
      { name: "excel applyPlan 50×150: queued operations", value: fake.batchOps.reduce((a, b) => a + b, 0), unit: "ops" },
      { name: "excel applyPlan 50×150: time against the fake", value: ms, unit: "ms" },
    ];
    fake.batchBytes.forEach((b, i) => figures.push({ name: `excel applyPlan 50×150: batch ${i + 1}`, value: b / 1e6, unit: `MB (${fake.batchOps[i]} ops)` }));
    return figures;
  } finally {
    fake.uninstall();
  }
}
