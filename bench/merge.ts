/**
 * Self-scoring merge figures: 50 handout files of 300 criteria each (synthetic template, every scoring
 * method) merged into a 50-unit cluster workbook through the CLI path (`thidua merge`: read and parse the
 * files, plan, write the Tự chấm cells, read back to verify, back up). Target: under 10 s.
 * Prints figures; never asserts. Run alone: `npx tsx bench/merge.ts` (bench/run.ts registers it).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mergeCommand } from "../src/cli/commands/merge";
import { memoryIo } from "../src/cli/memoryIo";
import type { Criterion } from "../src/domain/template/model";
import { walk } from "../src/domain/template/tree";
import { buildPlan } from "../src/workbook/buildPlan";
import { buildHandoutPlan } from "../src/workbook/handout/buildHandoutPlan";
import { HANDOUT_FIRST_ROW } from "../src/workbook/handout/handoutLayout";
import type { CellPlan, WorkbookPlan } from "../src/workbook/plan";
import { renderPlan } from "../src/xlsx/renderPlan";
import { syntheticTemplate, unitNames } from "../test/support/excel-fake/fixtures";
import type { BenchFigure } from "./domainBench";

/** A valid self score for each method (as a unit would type it). */
function value(c: Criterion, u: number): string | number {
  switch (c.method?.type) {
    case "passFail":
      return u % 7 === 0 ? "Không đạt" : "Đạt";
    case "levels":
      return c.method.levels[u % c.method.levels.length]!.points;
    case "perCount":
      return u % 3;
    case "ratio":
    case "relativeToBest":
      return 80 + (u % 40);
    default:
      return Math.min(c.max, (u % 9) * 0.25);
  }
}

export function filled(plan: WorkbookPlan, nodes: readonly Criterion[], u: number): WorkbookPlan {
  const main = plan.sheets[0]!;
  const cells = new Map<string, CellPlan>(main.cells);
  nodes.forEach((c, i) => {
    if (c.children.length > 0) return;
    const a = `F${HANDOUT_FIRST_ROW + i}`;
    cells.set(a, { ...cells.get(a)!, value: value(c, u) } as CellPlan);
  });
  return { ...plan, sheets: [{ ...main, cells }, ...plan.sheets.slice(1)] };
}

export async function runMergeBench(): Promise<BenchFigure[]> {
  const work = mkdtempSync(join(tmpdir(), "thidua-bench-merge-"));
  try {
    const t = syntheticTemplate(10, 30);
    const units = unitNames(50);
    const nodes = [...walk(t.criteria)];
    writeFileSync(join(work, "cum.xlsx"), await renderPlan(buildPlan(t, { name: "Cụm thi đua", period: "2025", units })));
    const files: string[] = [];
    const s0 = performance.now();
    for (const [u, unit] of units.entries()) {
      const plan = buildHandoutPlan({ template: t, clusterName: "Cụm thi đua", period: "2025", unit, fileId: `bench-${u}`, generatedAt: "2025-01-01T00:00:00Z" });
      const file = join(work, `tu-cham-${u + 1}.xlsx`);
      writeFileSync(file, await renderPlan(filled(plan, nodes, u)));
      files.push(file);
    }
    const setupMs = performance.now() - s0;
    const io = memoryIo({ cwd: work });
    const t0 = performance.now();
    const code = await mergeCommand(["cum.xlsx", ...files], io);
    const ms = performance.now() - t0;
    if (code !== 0) throw new Error(`bench merge failed (exit ${code}):\n${io.err()}\n${io.out().slice(-2000)}`);
    const cells = /([\d.,]+) ô Tự chấm/.exec(io.out())?.[1]?.replace(/[.,]/g, "");
    return [
      { name: "merge 50 files × 300 criteria: CLI path (parse + plan + write + verify)", value: ms / 1000, unit: "s", target: "< 10 s" },
      { name: "merge 50 files × 300 criteria: cells written", value: Number(cells ?? 0), unit: "cells" },
      { name: "merge 50 files × 300 criteria: generating the 50 handouts (not timed above)", value: setupMs / 1000, unit: "s" },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith("merge.ts")) {
  runMergeBench()
    .then((figures) => {
      for (const f of figures) console.log(`${f.name}: ${Number.isInteger(f.value) ? f.value : f.value.toFixed(2)} ${f.unit}${f.target ? `  (target ${f.target})` : ""}`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
