/**
 * The CLI bench's inputs: a template of 300 scored criteria (10 groups × 30) and a long-format scores CSV,
 * one line per unit × criterion (1000 units → 300,000 lines), written to a temporary folder.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticTemplate } from "../domainBench";

export interface CliFixture {
  readonly dir: string;
  readonly template: string;
  readonly scores: string;
  readonly units: number;
  readonly criteria: number;
}

/** Deterministic pseudo-random numbers in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function scoresCsv(template: ReturnType<typeof syntheticTemplate>, units: number): string {
  const rnd = lcg(7);
  const lines = ["đơn vị,tiêu chí,tự chấm,cụm chấm"];
  for (let u = 1; u <= units; u++) {
    for (const g of template.criteria) {
      for (const leaf of g.children ?? []) {
        const m = leaf.method?.type;
        const max = leaf.max ?? 0;
        const v = m === "passFail" ? (rnd() < 0.9 ? "Đạt" : "Không đạt") : m === "relativeToBest" ? String(Math.round(80 + rnd() * 60)) : String(Math.round(rnd() * 4) * (max / 4));
        lines.push(`Đơn vị ${u},${leaf.code},${v},${rnd() < 0.3 ? v : ""}`);
      }
    }
  }
  return lines.join("\n") + "\n";
}

export function writeCliFixture(units = 1000, groups = 10, perGroup = 30): CliFixture {
  const dir = mkdtempSync(join(tmpdir(), "thidua-cli-bench-"));
  const template = syntheticTemplate(groups, perGroup);
  const templateFile = join(dir, "template.json");
  const scoresFile = join(dir, "scores.csv");
  writeFileSync(templateFile, JSON.stringify(template, null, 2));
  writeFileSync(scoresFile, scoresCsv(template, units));
  return { dir, template: templateFile, scores: scoresFile, units, criteria: groups * perGroup };
}


