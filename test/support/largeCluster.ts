/**
 * A large cluster with deterministic scores (for the 1,000-unit LibreOffice test and the bench): every leaf
 * gets a self and a cluster entry of its method's kind, drawn coarse so that totals tie and the tie-break
 * keys matter; some entries are left empty, N/A where allowed, and relativeToBest % spread around 100.
 */
import type { RawValue } from "../../src/domain/scoring/entryValue";
import type { EntryInput } from "../../src/domain/scoring/input";
import type { Criterion, Template } from "../../src/domain/template/model";

/** Small deterministic PRNG (mulberry32): the same seed gives the same cluster. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function entryFor(leaf: Criterion, rnd: () => number): RawValue | undefined {
  const x = rnd();
  if (x < 0.03) return undefined;
  if (leaf.naAllowed && x < 0.05) return "N/A";
  const method = leaf.method ?? { type: "manual" as const };
  switch (method.type) {
    case "passFail":
      return rnd() < 0.9 ? "Đạt" : "Không đạt";
    case "levels":
      return method.levels[Math.floor(rnd() * method.levels.length)]!.points;
    case "perCount":
      return Math.floor(rnd() * 3);
    case "ratio":
      return 50 + 10 * Math.floor(rnd() * 8);
    case "relativeToBest":
      return 80 + 5 * Math.floor(rnd() * 12);
    default:
      // Whole points or the maximum: coarse on purpose, so totals tie.
      return rnd() < 0.7 ? leaf.max : Math.floor(rnd() * (leaf.max + 1));
  }
}

export interface LargeCluster {
  readonly units: readonly string[];
  readonly entries: readonly EntryInput[];
}

export function largeCluster(t: Template, unitCount: number, seed = 1): LargeCluster {
  const rnd = seededRandom(seed);
  const units = Array.from({ length: unitCount }, (_, u) => `Công an đơn vị ${String(u + 1).padStart(4, "0")}`);
  const entries: EntryInput[] = [];
  for (const unit of units) {
    for (const leaf of t.leaves) {
      const self = entryFor(leaf, rnd);
      const cluster = rnd() < 0.5 ? entryFor(leaf, rnd) : undefined;
      if (self !== undefined || cluster !== undefined) entries.push({ unit, criterion: leaf.code, self, cluster });
    }
  }
  return { units, entries };
}
