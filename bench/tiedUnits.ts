/**
 * A scores CSV of 100,000 lines, every unit tied (issue 12: it used to run out of memory, each tie
 * explanation listing every other tied unit). Runs `thidua rank` (text, then --json) in memory and
 * prints time, output size and peak memory. Figures only, never asserted; the bounded-size test is
 * src/cli/format/rankReportBounded.test.ts (10,000 units).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rankCommand } from "../src/cli/commands/rank";
import { memoryIo } from "../src/cli/memoryIo";
import type { BenchFigure } from "./domainBench";

const LINES = 100_000;

const TEMPLATE = {
  format: "thidua-template", formatVersion: 1, id: "bench-ties", version: "1", title: "Bench: every unit tied",
  total: 100, precision: 2, bonusCap: null, penaltyCap: null, bands: [{ label: "Tốt", min: 0 }], tieBreak: [],
  awards: [{ id: "co", title: "Cờ thi đua", quota: { count: 1 } }, { id: "bk", title: "Bằng khen", quota: { percent: 10 } }],
  criteria: [{ code: "A", title: "A", children: [{ code: "A.1", title: "a", max: 100 }] }],
};

function runOnce(dir: string, json: boolean): BenchFigure[] {
  const io = memoryIo({ cwd: dir });
  const t0 = performance.now();
  const code = rankCommand(["--template", "t.json", "--scores", "diem.csv", ...(json ? ["--json"] : [])], io);
  const ms = performance.now() - t0;
  if (code !== 0 && code !== 1) throw new Error(`rank failed (${code}): ${io.err().slice(0, 300)}`);
  const label = `rank ${json ? "--json" : "(text)"}, ${LINES.toLocaleString("en-US")} tied units`;
  return [
    { name: `${label}: time`, value: ms, unit: "ms" },
    { name: `${label}: output`, value: io.out().length / 1e6, unit: "M characters" },
    { name: `${label}: output per unit`, value: io.out().length / LINES, unit: "characters", target: "small and constant" },
  ];
}

export function runTiedUnitsBench(): BenchFigure[] {
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-ties-"));
  try {
    writeFileSync(join(dir, "t.json"), JSON.stringify(TEMPLATE));
    const rows = Array.from({ length: LINES }, (_, i) => `Đơn vị số ${i + 1},A.1,50,`);
    writeFileSync(join(dir, "diem.csv"), ["đơn vị,tiêu chí,tự chấm,cụm chấm", ...rows].join("\n"));
    const figures = [...runOnce(dir, false), ...runOnce(dir, true)];
    figures.push({ name: "rank, 100,000 tied units: peak memory (RSS, whole process)", value: process.resourceUsage().maxRSS / 1024, unit: "MB" });
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
