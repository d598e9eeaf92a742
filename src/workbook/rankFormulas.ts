/**
 * Xếp hạng's rank and line formulas, written to scale (issue 14). Counting "units better than this one" with
 * COUNTIF/COUNTIFS is a pass over every unit for every unit (n² work per typed score). Instead each ranking column
 * gets a sorted copy (row r holds its (r−1)-th smallest value, SMALL: one cheap pass per row), and each unit finds
 * its place in it with MATCH(…,1) (the last position ≤ the value, so equal values count; Excel searches it by
 * bisection, LibreOffice 7 linearly, so the sheet keeps their number low).
 *
 * Semantics are the domain's (src/domain/ranking/rank.ts): standard competition ranking on the value, then on each
 * tie-break key in turn (penalty: smaller is better); units equal on everything share the rank. A chunk of keys
 * (rankOrderLayout.ts) turns "better on the value and the keys so far" into one whole number: G × the chunk's spans
 * + the keys' places in their spans (oriented so that smaller is better), where G = units strictly better before
 * the chunk (0…n−1). Whole numbers are exact, so "strictly smaller" is "≤ code − 1". Counts of equal values come
 * from run chains beside the sorted columns (one cell each, no search).
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

/** The last line of the sorted values at or below the unit's ranking value K (K is among them, so never #N/A). */
export function valuePlaceFormula(L: WorkbookLayout, K: string): string {
  return `MATCH(${K},${unitRowsRange(L.rankingCols.order.sortedValue, L.unitCount)},1)`;
}

/** Units whose ranking value is strictly greater than the one on row r (the value-only competition index, 0…n−1). */
export function betterOnValue(L: WorkbookLayout, r: number): string {
  return `${L.unitCount}-${addr(L.rankingCols.order.valuePlace, r)}`;
}

/** Codes strictly smaller than this whole-number code in a sorted column: 0 when it is the smallest. */
function smallerCodes(code: string, sortedCol: number, n: number): string {
  return `IF(${code}=${absAddr(sortedCol, 2)},0,MATCH(${code}-1,${unitRowsRange(sortedCol, n)},1))`;
}

/** Row r's final code: the last chunk's, or without tie-break keys the units better on the value. */
function finalCode(L: WorkbookLayout, r: number): string {
  const levels = L.rankingCols.order.levels;
  return levels.length === 0 ? `(${betterOnValue(L, r)})` : addr(levels.at(-1)!.code, r);
}

/** Competition rank: the first line of the sorted line codes holding the unit's final code (rank − 1 codes are smaller). */
export function rankFormula(L: WorkbookLayout, r: number): string {
  return `INDEX(${unitRowsRange(L.rankingCols.order.rankStart, L.unitCount)},${addr(L.rankingCols.position, r)})`;
}

/** Where tie-break key k starts and how many steps it spans (cells of the tie range block). */
export interface TieRange {
  readonly min: string;
  readonly span: string;
}

/**
 * Chunk c's code on row r: (units better before its keys) × the product of their spans + their places, smaller =
 * better (Horner form). Exact: tieChunks keeps n × the product of the spans' bounds below 2^53.
 */
export function chunkCodeFormula(t: Template, L: WorkbookLayout, r: number, c: number, tieRange: (k: number) => TieRange): string {
  const levels = L.rankingCols.order.levels;
  const before = c === 0 ? betterOnValue(L, r) : smallerCodes(addr(levels[c - 1]!.code, r), levels[c - 1]!.sorted!, L.unitCount);
  return levels[c]!.keys.reduce((acc, k) => {
    const range = tieRange(k);
    const place = `ROUND((${addr(L.rankingCols.tieKeys[k]!, r)}-${range.min})*${10 ** t.precision},0)`;
    const oriented = t.tieBreak[k]!.by === "penalty" ? place : `${range.span}-1-${place}`;
    return `(${acc})*${range.span}+${oriented}`;
  }, before);
}

/** The tie range block's formulas for key k: its smallest value, and its span in steps of the precision (≥ 1). */
export function tieRangeFormulas(t: Template, k: number): { min: string; span: string } {
  const key = `TieuChiPhu${k + 1}`;
  return { min: `MIN(${key})`, span: `ROUND((MAX(${key})-MIN(${key}))*${10 ** t.precision},0)+1` };
}

/** Line r of a run-start chain beside a sorted column: the first line (1-based) holding the same value. */
export function runStartFormula(sortedCol: number, runCol: number, r: number): string {
  if (r === 2) return "1";
  return `IF(${addr(sortedCol, r)}=${addr(sortedCol, r - 1)},${addr(runCol, r - 1)},${r - 1})`;
}

/** (final code) × n + (A–Z place − 1): unique, and ascending in the order of the ranked list. */
export function lineCodeFormula(L: WorkbookLayout, r: number): string {
  return `${finalCode(L, r)}*${L.unitCount}+${addr(L.rankingCols.alpha, r)}-1`;
}

/** The unit's line in the ranked list: its code's place among the sorted codes (codes are unique). */
export function positionFormula(L: WorkbookLayout, r: number): string {
  const o = L.rankingCols.order;
  return `MATCH(${addr(o.lineCode, r)},${unitRowsRange(o.sortedLineCode, L.unitCount)},1)`;
}

/** Line j (row r = j + 1) of the sorted line codes: the first line with the same final code (INT(code / n)). */
export function rankStartFormula(L: WorkbookLayout, r: number): string {
  if (r === 2) return "1";
  const o = L.rankingCols.order;
  const code = (row: number) => `INT(${addr(o.sortedLineCode, row)}/${L.unitCount})`;
  return `IF(${code(r)}=${code(r - 1)},${addr(o.rankStart, r - 1)},${r - 1})`;
}

/** Line j (row r = j + 1) of the sorted line codes: the last line with the same final code. */
export function rankEndFormula(L: WorkbookLayout, r: number): string {
  const n = L.unitCount;
  if (r === n + 1) return String(n);
  const o = L.rankingCols.order;
  const code = (row: number) => `INT(${addr(o.sortedLineCode, row)}/${n})`;
  return `IF(${code(r)}=${code(r + 1)},${addr(o.rankEnd, r + 1)},${r - 1})`;
}

/** Units sharing the rank on row r: its group's last line in the ranked list − its rank + 1. */
export function sameRankFormula(L: WorkbookLayout, r: number): string {
  const R = addr(L.rankingCols.rank, r);
  return `INDEX(${unitRowsRange(L.rankingCols.order.rankEnd, L.unitCount)},${addr(L.rankingCols.position, r)})-${R}+1`;
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
 * The best entry of a relativeToBest row over one contiguous helper row of Điểm (entries copied into the units'
 * columns; the other cells of the row stay empty; text and logicals are ignored by MAX like the domain's bestPerLeaf).
 */
export function bestOfRowFormula(L: WorkbookLayout, helperRow: number): string {
  if (L.unitCount === 0) return "0";
  return `MAX(0,$${columnLetter(L.selfPointsCol(0))}$${helperRow}:$${columnLetter(L.finalPointsCol(L.unitCount - 1))}$${helperRow})`;
}
