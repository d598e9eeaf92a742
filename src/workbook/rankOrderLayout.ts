/**
 * Where Xếp hạng's sort helpers sit (docs/workbook-contract.md, "Xếp hạng: sorting helpers") and how the tie-break
 * keys are grouped into whole-number codes.
 *
 * Each sorted column costs one pass over the units per row in LibreOffice, and each MATCH(…,1) another (LibreOffice
 * 7 searches linearly), so the keys share codes where the code stays exact: a chunk's code is
 * (units better before it) × (product of its keys' spans) + the keys' places, and the line code
 * (last code × n + A–Z place) must stay below 2^53. Spans are live (the units' own range), bounded at build time by
 * the most each key can vary (keyBound). The last chunk needs no sorted column of its own: the sorted line codes
 * order the units by it, and the rank is the first line of its run there.
 */
import type { Template } from "../domain/template/model";
import { walk } from "../domain/template/tree";
import { identityKey } from "../domain/text/normalize";

/**
 * A whole-number code for the value and tie-break keys `keys` (indices into template.tieBreak), and the codes
 * ascending (null for the last chunk, which the sorted line codes order).
 */
export interface TieChunk {
  readonly keys: readonly number[];
  readonly code: number;
  readonly sorted: number | null;
}

export interface RankOrderColumns {
  /** The ranking values (DiemXepHang) in ascending order. */
  readonly sortedValue: number;
  /** On each line of sortedValue: the first line holding the same value (a chain down the column). */
  readonly valueRunStart: number;
  /** Per unit: the last line of sortedValue at or below its value (units ranked strictly better on the value = n − this). */
  readonly valuePlace: number;
  /** The tie-break keys grouped into codes (empty without tie-break keys); the last chunk's code orders the ranking. */
  readonly levels: readonly TieChunk[];
  /**
   * (final code) × n + (A–Z place − 1), the final code being the last chunk's (or, without tie-break keys, the
   * units better on the value): unique, in the order of the ranked list; and those codes ascending.
   */
  readonly lineCode: number;
  readonly sortedLineCode: number;
  /** On each line of the sorted line codes: the first and the last line with the same final code (the rank and its group's end). */
  readonly rankStart: number;
  readonly rankEnd: number;
  /** A constant: the unit (1 = first unit row) whose A–Z place is this row's number − 1. */
  readonly unitByAlpha: number;
  /** How many units share this unit's rank (itself included). */
  readonly sameRank: number;
  /** Only when rankBy is percentOfOwnMax, by line of the ranked list: the rounded % of the unit on the line. */
  readonly linePercent: number | null;
  /**
   * Only when rankBy is percentOfOwnMax, per unit: the nearest larger and smaller exact share among the units
   * showing the same rounded % (−1 when there is none): what the shown % must be told apart from.
   */
  readonly shareAbove: number | null;
  readonly shareBelow: number | null;
}

/**
 * Line codes stay below this: every whole number up to 2^53 is exact in a double, and below 2^50 a line code's
 * INT(code / n) and MOD(code, n) are exact too (the quotient's rounding error stays under 1/n).
 */
const EXACT_LIMIT = 2 ** 50;

/** The most a tie-break key's value can vary, in points (every criterion's points lie in 0…its maximum). */
export function keyBound(t: Template, tb: Template["tieBreak"][number]): number {
  const kindSum = (kind: string) => [...walk(t.criteria)].filter((c) => c.kind === kind).reduce((s, c) => s + c.max, 0);
  const bonus = t.bonusCap ?? kindSum("bonus");
  const penalty = t.penaltyCap ?? kindSum("penalty");
  switch (tb.by) {
    case "criterion":
      return t.byKey.get(identityKey(tb.code))?.max ?? 0;
    case "penalty":
      return penalty;
    case "bonus":
      return bonus;
    case "selfTotal":
      return t.total + bonus + penalty;
  }
}

/** Tie-break keys in chain order, grouped greedily so that n² × the product of a chunk's span bounds stays exact. */
export function tieChunks(t: Template, unitCount: number): number[][] {
  const chunks: number[][] = [];
  let product = Infinity;
  t.tieBreak.forEach((tb, k) => {
    const span = Math.round(keyBound(t, tb) * 10 ** t.precision) + 1;
    const next = product * span;
    if (chunks.length > 0 && Math.max(unitCount, 1) ** 2 * next < EXACT_LIMIT) {
      chunks.at(-1)!.push(k);
      product = next;
    } else {
      chunks.push([k]);
      product = span;
    }
  });
  return chunks;
}

/** Columns from `first` on, in this order: value helpers, chunks, line helpers, then the % helpers. */
export function rankOrderColumns(t: Template, unitCount: number, first: number): { order: RankOrderColumns; next: number } {
  let col = first;
  const take = () => col++;
  const sortedValue = take();
  const valueRunStart = take();
  const valuePlace = take();
  const chunks = tieChunks(t, unitCount);
  const levels = chunks.map((keys, c) => ({ keys, code: take(), sorted: c < chunks.length - 1 ? take() : null }));
  const lineCode = take();
  const sortedLineCode = take();
  const rankStart = take();
  const rankEnd = take();
  const unitByAlpha = take();
  const sameRank = take();
  const percent = t.rankBy === "percentOfOwnMax";
  const linePercent = percent ? take() : null;
  const shareAbove = percent ? take() : null;
  const shareBelow = percent ? take() : null;
  const order = { sortedValue, valueRunStart, valuePlace, levels, lineCode, sortedLineCode, rankStart, rankEnd, unitByAlpha, sameRank, linePercent, shareAbove, shareBelow };
  return { order, next: col };
}
