/** `npm run bench`: prints speed and size figures. Targets are printed beside them, never asserted. */
import { runDomainBench, type BenchFigure } from "./domainBench";
import { runActionsBench } from "./actionsBench";
import { runCliBench } from "./cli/cliBench";
import { runExcelBench } from "./excelBench";
import { runMergeBench } from "./merge";
import { runPaneBench } from "./pane";
import { runPreviewEngineBench } from "./preview-engine";
import { runLookBackCostBench } from "./lookBackCost";
import { runRankingCostBench } from "./rankingCost";
import { runScaleBench } from "./scale";
import { runTiedUnitsBench } from "./tiedUnits";

function print(figures: BenchFigure[]): void {
  for (const f of figures) {
    const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(2);
    console.log(`${f.name}: ${value} ${f.unit}${f.target ? `  (target ${f.target})` : ""}`);
  }
}

async function main(): Promise<void> {
  print(runDomainBench());
  print(runTiedUnitsBench());
  print(await runExcelBench());
  // The pane's actions on the in-memory Excel: round trips, largest request and response (Excel on the web: 5 MB).
  print(await runActionsBench());
  print(await runPreviewEngineBench());
  print(await runMergeBench());
  // The CLI at 1000 units × 300 criteria: rank against a minimal program, build's peak memory, start-up.
  print(runCliBench());
  // LibreOffice: one typed score at 500 units beside a minimal workbook, and the 1,000-unit workbook (minutes).
  print(await runRankingCostBench());
  // LibreOffice: the same typed score when an award rule looks back (COUNTIFS over the units) beside one that does not.
  print(await runLookBackCostBench());
  print(await runScaleBench());
  // Builds dist/ (production) first, then measures the initial bundle and the time to first render in Chromium.
  print(await runPaneBench());
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
