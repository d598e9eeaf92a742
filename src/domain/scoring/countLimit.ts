/**
 * What a count is worth on a criterion scored by count (perCount): the points of one occurrence (signed:
 * negative when it is deducted) and the largest count that still changes the points — beyond it the cap
 * (or the criterion's maximum) is reached, so a larger count is almost surely points typed by mistake.
 */
import { roundTo } from "../round";
import type { Criterion } from "../template/model";

export interface CountWorth {
  /** Points one occurrence adds (> 0) or deducts (< 0). */
  readonly perCount: number;
  /** Most points all occurrences can add or deduct (signed like perCount). */
  readonly limit: number;
  /** The largest count that still changes the points, or null when no bound is implied. */
  readonly maxCount: number | null;
}

/** The worth of a count on a perCount leaf, or null for any other method. */
export function countWorth(leaf: Criterion): CountWorth | null {
  const m = leaf.method;
  if (m?.type !== "perCount") return null;
  const sign = leaf.kind === "penalty" || m.mode === "deductFromMax" ? -1 : 1;
  const limit = Math.min(m.cap ?? leaf.max, leaf.max);
  const maxCount = limit > 0 ? Math.ceil(roundTo(limit / m.per, 9)) : null;
  return { perCount: sign * m.per, limit: roundTo(sign * limit, 9), maxCount };
}
