/**
 * Xếp hạng's rank and line formulas, written to scale (issue 14). Counting "units better than this one" with
 * COUNTIF/COUNTIFS is a pass over every unit for every unit (n² work per typed score). Instead each ranking column
 * gets a sorted copy (row r holds its (r−1)-th smallest value, SMALL: one cheap pass per row), and each unit finds
 * its place in it with a binary-search MATCH(…,1) (the last position ≤ the value, so equal values count).
 *
 * Semantics are the domain's (src/domain/ranking/rank.ts): standard competition ranking on the value, then on each
 * tie-break key in turn (penalty: smaller is better); units equal on everything share the rank. Level k turns
 * "better on the value and keys 1…k" into one whole number: G(k−1) × span(k) + the key's place in its span
 * (oriented so that smaller is better), where G(k−1) = units strictly better at level k−1 (0…n−1). Whole numbers
 * are exact, so "strictly smaller" is "≤ code − 1".
 */
import type { Template } from "../domain/template/model";
import type { WorkbookLayout } from "./layout";
import { absAddr, addr, columnLetter } from "./plan";

/** `$X$2:$X$n+1`: one Xếp hạng column over the unit rows. */
export function unitRowsRange(col: number, unitCount: number): string {
  const c = columnLetter(col);
  return `$${c}$2:$${c}$${1 + unitCount}`;
}

/** Row r of a sorted helper: the (r−1)-th smallest of the source range. */
export function sortedFormula(sourceRange: string, r: number): string {
  return `SMALL(${sourceRange},${r - 1})`;
}

/** Units whose ranking value is strictly greater than K (the value-only competition index, 0…n−1). */
export function betterOnValue(L: WorkbookLayout, K: string): string {
  return `${L.unitCount}-MATCH(${K},${unitRowsRange(L.rankingCols.order.sortedValue, L.unitCount)},1)`;
}

/** Codes strictly smaller than this whole-number code in a sorted column: 0 when it is the smallest. */
function smallerCodes(code: string, sortedCol: number, n: number): string {
  return `IF(${code}=${absAddr(sortedCol, 2)},0,MATCH(${code}-1,${unitRowsRange(sortedCol, n)},1))`;
}

/** Units strictly better than the one on row r, after every tie-break key (= rank − 1). */
export function betterAfterKeys(L: WorkbookLayout, r: number, K: string): string {
  const levels = L.rankingCols.order.levels;
  if (levels.length === 0) return betterOnValue(L, K);
  return smallerCodes(addr(levels.at(-1)!.code, r), levels.at(-1)!.sorted, L.unitCount);
}

/** Where level k's key starts and how many steps it spans (cells of the tie range block). */
export interface TieRange {
  readonly min: string;
  readonly span: string;
}

/** Level k's code on row r: (units better before this key) × span + the key's place, smaller = better. */
export function levelCodeFormula(t: Template, L: WorkbookLayout, r: number, k: number, K: string, range: TieRange): string {
  const order = L.rankingCols.order;
  const before = k === 0 ? betterOnValue(L, K) : smallerCodes(addr(order.levels[k - 1]!.code, r), order.levels[k - 1]!.sorted, L.unitCount);
  const place = `ROUND((${addr(L.rankingCols.tieKeys[k]!, r)}-${range.min})*${10 ** t.precision},0)`;
  const oriented = t.tieBreak[k]!.by === "penalty" ? place : `${range.span}-1-${place}`;
  return `(${before})*${range.span}+${oriented}`;
}

/** The tie range block's formulas for key k: its smallest value, and its span in steps of the precision (≥ 1). */
export function tieRangeFormulas(t: Template, k: number): { min: string; span: string } {
  const key = `TieuChiPhu${k + 1}`;
  return { min: `MIN(${key})`, span: `ROUND((MAX(${key})-MIN(${key}))*${10 ** t.precision},0)+1` };
}

/** (rank − 1) × n + (A–Z place − 1): unique, and ascending in the order of the ranked list. */
export function lineCodeFormula(L: WorkbookLayout, r: number): string {
  const C = L.rankingCols;
  return `(${addr(C.rank, r)}-1)*${L.unitCount}+${addr(C.alpha, r)}-1`;
}

/** The unit's line in the ranked list: its code's place among the sorted codes (codes are unique). */
export function positionFormula(L: WorkbookLayout, r: number): string {
  const o = L.rankingCols.order;
  return `MATCH(${addr(o.lineCode, r)},${unitRowsRange(o.sortedLineCode, L.unitCount)},1)`;
}

/** Units sharing this rank: line codes of rank R lie in [(R−1)·n, R·n − 1]. */
export function sameRankFormula(L: WorkbookLayout, r: number): string {
  const C = L.rankingCols;
  const R = addr(C.rank, r);
  return `MATCH(${R}*${L.unitCount}-1,${unitRowsRange(C.order.sortedLineCode, L.unitCount)},1)-${R}+1`;
}

/** Line k (1-based) of the ranked list: its unit (1 = first unit row), from the k-th smallest line code. */
export function orderedUnitFormula(L: WorkbookLayout, k: number): string {
  const o = L.rankingCols.order;
  const n = L.unitCount;
  return `INDEX(${unitRowsRange(o.unitByAlpha, n)},MOD(${absAddr(o.sortedLineCode, 1 + k)},${n})+1)`;
}

/** The cell of line k's unit (absolute, within Xếp hạng): what the ordered columns and Tổng hợp index with. */
export function orderedUnitCell(L: WorkbookLayout, k: number): string {
  return absAddr(L.orderedBlock.unitCol, L.orderedBlock.firstRow + k - 1);
}

/**
 * How many values of a sorted column equal x, for values that are multiples of 10^−decimals (so "smaller than x" is
 * "≤ x − half a step", exact): last position ≤ x minus the positions below x.
 */
export function equalCount(x: string, sortedCol: number, n: number, decimals: number): string {
  const range = unitRowsRange(sortedCol, n);
  return `MATCH(${x},${range},1)-IF(${x}=${absAddr(sortedCol, 2)},0,MATCH(${x}-0.5*1E-${decimals},${range},1))`;
}

/**
 * The best entry of a relativeToBest row over one contiguous helper row of Điểm (entries copied into the units'
 * columns; the other cells of the row stay empty; text and logicals are ignored by MAX like the domain's bestPerLeaf).
 */
export function bestOfRowFormula(L: WorkbookLayout, helperRow: number): string {
  if (L.unitCount === 0) return "0";
  return `MAX(0,$${columnLetter(L.selfPointsCol(0))}$${helperRow}:$${columnLetter(L.finalPointsCol(L.unitCount - 1))}$${helperRow})`;
}
