/**
 * Points of one leaf for one unit, from its usable entry value. Each formula here
 * has a twin in the workbook plan (src/workbook), and tests recalculate both.
 */
import type { Criterion } from "../template/model";

/**
 * The Công an rule (relative to the cluster's best), M = maximum, p = % of target achieved,
 * best = highest p in the cluster for this criterion:
 * missed (p < 100): ½M × p/100; met (p = 100): ½M; the best over-achiever: M;
 * other over-achievers: ½M + (p − 100)/(best − 100) × ½M.
 */
export function relativeToBestPoints(max: number, pct: number, best: number): number {
  const half = max / 2;
  if (pct < 100) return (half * pct) / 100;
  if (pct === 100) return half;
  if (pct >= best) return max;
  return half + ((pct - 100) / (best - 100)) * half;
}

/**
 * Points for a usable value. `best` is only used by relativeToBest.
 * The result always lies in 0…max (for bonus/penalty leaves: the amount added or deducted).
 */
export function leafPoints(leaf: Criterion, value: number, best: number): number {
  const max = leaf.max;
  const m = leaf.method;
  switch (m?.type) {
    case "passFail":
      return value === 1 ? max : 0;
    case "levels":
      return Math.min(max, value);
    case "perCount": {
      const amount = Math.min(m.cap ?? Infinity, value * m.per, max);
      return m.mode === "deductFromMax" ? max - amount : amount;
    }
    case "ratio":
      return Math.min(max, (max * value) / 100);
    case "relativeToBest":
      return relativeToBestPoints(max, value, best);
    case "manual":
    default:
      return Math.min(max, Math.max(0, value));
  }
}
