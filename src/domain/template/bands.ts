import type { Band } from "./schema";
import { formatNumber } from "../text/numbers";
import type { Locale } from "../../messages/catalogue";

/** Upper bound of a band as an interval end (Infinity when open). */
export function upperOf(b: Band): { value: number; inclusive: boolean } {
  return b.max === undefined ? { value: Infinity, inclusive: false } : { value: b.max, inclusive: !b.maxExclusive };
}

export function bandContains(b: Band, score: number): boolean {
  const u = upperOf(b);
  return score >= b.min && (u.inclusive ? score <= u.value : score < u.value);
}

/** Bands from the lowest minimum to the highest (stable for equal minima). */
export function bandsAscending(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => a.min - b.min);
}

/** "81–90", "85–<90", "≥ 90" (as published, for messages). */
export function bandRangeText(b: Band, locale: Locale = "vi-VN"): string {
  const n = (x: number) => formatNumber(x, locale);
  if (b.max === undefined) return `≥ ${n(b.min)}`;
  return b.maxExclusive ? `${n(b.min)}–<${n(b.max)}` : `${n(b.min)}–${n(b.max)}`;
}
