/**
 * The % as reports show it (twin of shownDecimalsOf in src/domain/cluster.ts): the rounded % V when every unit
 * showing V has this unit's exact share K, else K rounded to the first of precision + 1…4 decimals at which no unit
 * showing V with another exact share shows the same.
 *
 * Without a pass over the units: the % is the ranked share rounded, so it never decreases as K grows, and units
 * showing V sit next to each other in the ranked list (ordered by K first). Only the nearest other shares matter —
 * a farther share rounding like K would make the nearer one do so too — and those are the sorted values just above
 * and below the run of K (its place and the run's first line), on the ranked lines n − place and n − first + 2.
 */
import { EXTRA_DECIMALS } from "../domain/cluster";
import { numberFormatUpTo } from "./formulas";
import type { WorkbookLayout } from "./layout";
import { addr, columnLetter } from "./plan";

const NONE = -1;
const colAbs = (col: number, n: number) => `$${columnLetter(col)}$2:$${columnLetter(col)}$${1 + n}`;

/** [column, formula, numFmt] of the neighbouring shares and the shown %. */
export function shownPercentCells(L: WorkbookLayout, r: number, precision: number): [number, string, string][] {
  const C = L.rankingCols;
  const o = C.order;
  const n = L.unitCount;
  const { linePercent, shareAbove, shareBelow } = o;
  if (C.exactKey === null || C.shownPercent === null || C.percent === null || linePercent === null || shareAbove === null || shareBelow === null) return [];
  const K = addr(C.exactKey, r);
  const V = addr(C.percent, r);
  const place = addr(o.valuePlace, r);
  const first = `INDEX(${colAbs(o.valueRunStart, n)},${place})`;
  const shareAt = (line: string, sortedAt: string) =>
    `IF(INDEX(${colAbs(linePercent, n)},${line})=${V},INDEX(${colAbs(o.sortedValue, n)},${sortedAt}),${NONE})`;
  const above = addr(shareAbove, r);
  const below = addr(shareBelow, r);
  const shareFmt = `0.${"0".repeat(precision + EXTRA_DECIMALS)}`;
  const cells: [number, string, string][] = [];
  cells.push([shareAbove, `IF(${place}<${n},${shareAt(`${n}-${place}`, `${place}+1`)},${NONE})`, shareFmt]);
  cells.push([shareBelow, `IF(${first}>1,${shareAt(`${n}-${first}+2`, `${first}-1`)},${NONE})`, shareFmt]);
  // The first of precision + 1…+EXTRA_DECIMALS decimals at which neither neighbour rounds like K (else the last).
  let chain = `ROUND(${K},${precision + EXTRA_DECIMALS})`;
  for (let d = precision + EXTRA_DECIMALS - 1; d > precision; d--) {
    const x = `ROUND(${K},${d})`;
    chain = `IF(AND(ROUND(${above},${d})<>${x},ROUND(${below},${d})<>${x}),${x},${chain})`;
  }
  cells.push([C.shownPercent, `IF(AND(${above}=${NONE},${below}=${NONE}),${V},${chain})`, numberFormatUpTo(precision, EXTRA_DECIMALS)]);
  return cells;
}
