/**
 * Standard competition ranking (1, 2, 2, 4) on the ranking value, then on the template's
 * tie-break chain. Units equal on the value and every key share a rank.
 */
import type { TieBreak } from "../template/schema";

export interface RankKeyed {
  /** Higher is better. */
  readonly value: number;
  /** Tie-break keys in chain order, each oriented so that higher is better. */
  readonly keys: readonly number[];
}

export function compareKeyed(a: RankKeyed, b: RankKeyed): number {
  if (a.value !== b.value) return b.value - a.value;
  for (let i = 0; i < Math.max(a.keys.length, b.keys.length); i++) {
    const x = a.keys[i] ?? 0;
    const y = b.keys[i] ?? 0;
    if (x !== y) return y - x;
  }
  return 0;
}

/** rank[i] = 1 + number of units strictly better than unit i. */
export function competitionRanks(items: readonly RankKeyed[]): number[] {
  const order = items.map((_, i) => i).sort((i, j) => compareKeyed(items[i]!, items[j]!));
  const ranks = new Array<number>(items.length);
  order.forEach((idx, pos) => {
    const prev = pos > 0 ? order[pos - 1]! : -1;
    ranks[idx] = prev >= 0 && compareKeyed(items[prev]!, items[idx]!) === 0 ? ranks[prev]! : pos + 1;
  });
  return ranks;
}

/** The first tie-break key on which two units differ, or -1. */
export function decidingKey(a: RankKeyed, b: RankKeyed): number {
  for (let i = 0; i < Math.max(a.keys.length, b.keys.length); i++) {
    if ((a.keys[i] ?? 0) !== (b.keys[i] ?? 0)) return i;
  }
  return -1;
}

/** Orients a raw key value: penalties rank better when smaller. */
export function orient(t: TieBreak, raw: number): number {
  return t.by === "penalty" ? -raw : raw;
}
