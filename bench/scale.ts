/**
 * The 1,000-unit Công an workbook recalculated by LibreOffice (issue 14): error cells and units whose totals,
 * shares or ranks differ from the domain's (both targets 0), and soffice's time. The test
 * test/integration/workbook-scale.test.ts asserts the same check (not the time); here it is printed with the time.
 */
import { checkLargeWorkbook } from "../test/integration/support/scaleCheck";
import type { BenchFigure } from "./domainBench";

export async function runScaleBench(unitCount = Number(process.env.THIDUA_BENCH_SCALE_UNITS ?? 1000)): Promise<BenchFigure[]> {
  const r = await checkLargeWorkbook(unitCount);
  const name = `LibreOffice recalculation, Công an ${unitCount} units`;
  return [
    { name: `${name}: error cells`, value: r.errors.length, unit: "cells", target: "0" },
    { name: `${name}: units differing from the domain`, value: r.mismatches, unit: "units", target: "0" },
    { name: `${name}: soffice time (load, recalculate, save)`, value: r.sofficeMs / 1000, unit: "s" },
  ];
}
