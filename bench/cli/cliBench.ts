/**
 * CLI figures at 1000 units × 300 criteria (a 300,000-line scores CSV), whole processes as a user runs them:
 * `thidua rank` against the least a ranking program does (bench/cli/minimalRank.cjs: same CSV library, sum
 * per unit, sort), `thidua build`'s peak memory, and `thidua --help` against `node -e 0`. CPU time (user +
 * sys) is the ratio to quote on a shared machine; wall time is printed beside it.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { BenchFigure } from "../domainBench";
import { writeCliFixture } from "./fixture";
import { processFigures } from "./processFigures";

const ROOT = join(__dirname, "..", "..");
const THIDUA = join(ROOT, "bin", "thidua.cjs");

export function runCliBench(): BenchFigure[] {
  const f = writeCliFixture();
  try {
    const rank = processFigures("node", [THIDUA, "rank", "--template", f.template, "--scores", f.scores]);
    const minimal = processFigures("node", [join(__dirname, "minimalRank.cjs"), f.scores]);
    const out = join(f.dir, "out.xlsx");
    const build = processFigures("node", [THIDUA, "build", "--template", f.template, "--scores", f.scores, "--out", out, "--force"], 1);
    const help = processFigures("node", [THIDUA, "--help"], 5);
    const bare = processFigures("node", ["-e", "0"], 5);
    const size = `${f.units} units × ${f.criteria} criteria`;
    return [
      { name: `cli: rank, ${size}, CPU (median of 3)`, value: rank.cpuS, unit: "s" },
      { name: `cli: minimal ranking program, same CSV, CPU`, value: minimal.cpuS, unit: "s" },
      { name: "cli: rank ÷ minimal program, CPU", value: rank.cpuS / minimal.cpuS, unit: "×", target: "≤ 3×" },
      { name: "cli: rank ÷ minimal program, wall", value: rank.wallS / minimal.wallS, unit: "×" },
      { name: `cli: build, ${size}, peak memory`, value: build.peakMB, unit: "MB", target: "< 1024 MB" },
      { name: `cli: build, ${size}, wall`, value: build.wallS, unit: "s" },
      { name: "cli: thidua --help, wall (median of 5)", value: help.wallS, unit: "s", target: "< 0.4 s" },
      { name: "cli: node -e 0, wall (median of 5)", value: bare.wallS, unit: "s" },
      { name: "cli: thidua --help ÷ node -e 0, wall", value: help.wallS / bare.wallS, unit: "×", target: "< 4×" },
    ];
  } finally {
    rmSync(f.dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  for (const fig of runCliBench()) console.log(`${fig.name}: ${Number.isInteger(fig.value) ? fig.value : fig.value.toFixed(2)} ${fig.unit}${fig.target ? `  (target ${fig.target})` : ""}`);
}
