/**
 * Domain timing: validate + rank a cluster of 50 units × 300 criteria (target: < 50 ms).
 * Prints figures; never asserts (timings belong in bench/, not in tests).
 */
import { evaluateCluster, parseTemplate, type EntryInput, type TemplateInput } from "../src/domain";

export interface BenchFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly target?: string;
}

export function syntheticTemplate(groups: number, perGroup: number): TemplateInput {
  const per = 1000 / (groups * perGroup);
  return {
    format: "thidua-template",
    formatVersion: 1,
    id: "bench",
    version: "1",
    title: "Bench",
    total: 1000,
    precision: 2,
    step: 0.25,
    bonusCap: 20,
    penaltyCap: 20,
    selfClusterGap: 1,
    bands: [{ label: "A", min: 900 }, { label: "B", min: 0, max: 900, maxExclusive: true }],
    tieBreak: [{ by: "criterion", code: "G1" }, { by: "penalty" }, { by: "bonus" }],
    awards: [{ id: "co", title: "Cờ", quota: { count: 1 } }, { id: "bk", title: "Bằng khen", quota: { percent: 20 } }],
    criteria: Array.from({ length: groups }, (_, g) => ({
      code: `G${g + 1}`,
      title: `Nhóm ${g + 1}`,
      children: Array.from({ length: perGroup }, (_, i) => ({
        code: `G${g + 1}.${i + 1}`,
        title: `Tiêu chí ${g + 1}.${i + 1}`,
        max: per,
        method: i % 5 === 0 ? { type: "passFail" as const } : i % 7 === 0 ? { type: "relativeToBest" as const } : { type: "manual" as const, step: per / 4 },
      })),
    })),
  };
}

function entries(t: TemplateInput, units: string[], seed: number): EntryInput[] {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  const out: EntryInput[] = [];
  for (const g of t.criteria) {
    for (const leaf of g.children ?? []) {
      for (const unit of units) {
        const m = leaf.method?.type;
        const max = leaf.max ?? 0;
        const v = m === "passFail" ? (rnd() < 0.9 ? "Đạt" : "Không đạt") : m === "relativeToBest" ? Math.round(80 + rnd() * 60) : Math.round(rnd() * 4) * (max / 4);
        out.push({ unit, criterion: leaf.code, self: v, cluster: rnd() < 0.3 ? v : null });
      }
    }
  }
  return out;
}

export function runDomainBench(): BenchFigure[] {
  const input = syntheticTemplate(10, 30);
  const parsed = parseTemplate(input);
  if (!parsed.ok) throw new Error("bench template does not parse");
  const units = Array.from({ length: 50 }, (_, i) => `Đơn vị ${i + 1}`);
  const data = entries(input, units, 42);
  const unitInputs = units.map((name) => ({ name }));
  evaluateCluster(parsed.template, unitInputs, data); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    evaluateCluster(parsed.template, unitInputs, data);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  return [
    { name: "domain: validate + rank, 50 units × 300 criteria (median of 15)", value: median, unit: "ms", target: "< 50 ms" },
    { name: "domain: same, slowest of 15", value: times.at(-1)!, unit: "ms" },
    { name: "domain: entries evaluated", value: data.length, unit: "entries" },
  ];
}
