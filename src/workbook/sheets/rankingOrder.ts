/**
 * Units in rank order on Xếp hạng (INDEX/MATCH, no dynamic arrays): equal ranks follow Vietnamese
 * alphabetical order, fixed at build time like the domain's ClusterResult.order.
 */
import { compareVietnamese } from "../../domain/text/normalize";
import { addr } from "../plan";
import type { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import type { PlanContext } from "./context";
import { rankingColumnCells } from "./rankingRefs";

export function addRankOrder(rk: SheetBuilder, ctx: PlanContext): void {
  addPositions(rk, ctx);
  addOrderedBlock(rk, ctx);
}

/** Each unit's alphabetical place (a constant) and its line in the ordered list (rank, then alphabetical). */
function addPositions(rk: SheetBuilder, { layout: L, units }: PlanContext): void {
  const C = L.rankingCols;
  const n = units.length;
  const colAbs = (col: number) => rankingColumnCells(col, n);
  const alphaOf = units.map((_, u) => u).sort((a, b) => compareVietnamese(units[a]!, units[b]!) || a - b);
  rk.header(C.alpha, 1, wb("head.alpha"));
  rk.header(C.position, 1, wb("head.position"));
  alphaOf.forEach((u, k) => rk.label(C.alpha, L.rankingRow(u), k + 1, { numFmt: "0" }));
  for (let u = 0; u < n; u++) {
    const r = L.rankingRow(u);
    rk.formula(
      C.position,
      r,
      `${addr(C.rank, r)}+COUNTIFS(${colAbs(C.rank)},${addr(C.rank, r)},${colAbs(C.alpha)},"<"&${addr(C.alpha, r)})`,
      { numFmt: "0" },
    );
  }
}

function addOrderedBlock(rk: SheetBuilder, { layout: L, units, pointsFormat }: PlanContext): void {
  const C = L.rankingCols;
  const n = units.length;
  const O = L.orderedBlock;
  rk.label(1, O.titleRow, wb("head.ordered"), { bold: true });
  const orderedCols: [string, number, string | undefined][] = [
    [wb("head.rank"), C.rank, "0"],
    [wb("head.unit"), C.unit, undefined],
    [C.percent !== null ? wb("head.percent") : wb("head.totalShort"), C.value, pointsFormat],
    [wb("head.band"), C.band, undefined],
    [wb("head.award"), C.award, undefined],
  ];
  orderedCols.forEach(([h], i) => rk.header(1 + i, O.headerRow, h));
  for (let k = 0; k < n; k++) {
    const r = O.firstRow + k;
    const line = `MATCH(${k + 1},${rankingColumnCells(C.position, n)},0)`;
    orderedCols.forEach(([, src, numFmt], i) => rk.formula(1 + i, r, `INDEX(${rankingColumnCells(src, n)},${line})`, numFmt ? { numFmt } : {}));
  }
}
