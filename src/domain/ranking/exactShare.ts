/**
 * Ranking by % of own maximum on the exact value, not on the value rounded to the template precision
 * (912,35 and 912,41 out of 1000 both show 91,24 % but are not tied).
 *
 * The total T is a multiple of 10^-p and the own maximum M a multiple of 10^-q (q: the decimals of the
 * template's maxima), so with s = max(p, q), N = T·10^s and D = M·10^s are whole numbers and the exact
 * share 100·T/M = 100·N/D is ONE correctly rounded division: equal shares give the same number in
 * JavaScript, Excel and LibreOffice. Two different shares differ by at least 100/(D₁·D₂); rounding to
 * `shareDecimals` (below that gap, at most 12 decimals) keeps them apart and gives a number with at most
 * 15 significant digits, which Excel's COUNTIF criteria ("">"&x") read back unchanged.
 * The workbook computes the same key (src/workbook/buildPlan.ts, column "Tỷ lệ chính xác").
 */
import { roundTo } from "../round";
import type { Template } from "../template/model";

const MAX_DECIMALS = 12;

function decimalsOf(x: number): number {
  const s = String(x);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** s: the power of ten that makes every total and own maximum a whole number. */
export function shareScale(t: Template): number {
  return Math.min(6, Math.max(t.precision, decimalsOf(t.total), ...t.leaves.map((l) => decimalsOf(l.max))));
}

/** Decimals of the ranking key: enough to separate any two different shares of this template. */
export function shareDecimals(t: Template): number {
  const dMax = t.total * 10 ** shareScale(t);
  const needed = Math.ceil(Math.log10((dMax * dMax) / 100)) + 1;
  return Math.min(MAX_DECIMALS, Math.max(t.precision + 4, needed));
}

/** The exact % of own maximum as ranked (0 when the own maximum is 0). */
export function exactShare(t: Template, total: number, ownMax: number): number {
  if (!(ownMax > 0)) return 0;
  const scale = 10 ** shareScale(t);
  return roundTo((100 * Math.round(total * scale)) / Math.round(ownMax * scale), shareDecimals(t));
}

/**
 * Decimals to show so that two units with different exact values do not look equal: the template's
 * precision, or the first number of decimals at which `a` and `b` differ (up to `max`).
 */
export function separatingDecimals(a: number, b: number, precision: number, max: number): number {
  if (a === b) return precision;
  for (let d = precision; d < max; d++) if (roundTo(a, d) !== roundTo(b, d)) return d;
  return max;
}
