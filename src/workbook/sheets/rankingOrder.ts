/**
 * Units in rank order on Xếp hạng (no dynamic arrays): equal ranks follow Vietnamese alphabetical order, fixed
 * at build time like the domain's ClusterResult.order. The sort helpers (src/workbook/rankFormulas.ts) give each
 * unit its line, and each line its unit, without a pass over every unit per unit.
 */
import { compareVietnamese } from "../../domain/text/normalize";
import { str } from "../formulas";
import { ELIGIBLE_YES } from "../names";
import { addr } from "../plan";
import {
  chunkCodeFormula,
  lineCodeFormula,
  orderedUnitCell,
  orderedUnitFormula,
  positionFormula,
  rankEndFormula,
  rankStartFormula,
  runStartFormula,
  sameRankFormula,
  sortedFormula,
  unitRowsRange,
  valuePlaceFormula,
} from "../rankFormulas";
import type { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import type { PlanContext } from "./context";
import type { RankingBlockRefs } from "./rankingBlocks";

export function addRankOrder(rk: SheetBuilder, ctx: PlanContext, refs: RankingBlockRefs): void {
  addOrderHeaders(rk, ctx);
  addAlphaConstants(rk, ctx);
  for (let u = 0; u < ctx.units.length; u++) addOrderCells(rk, ctx, refs, u);
  addOrderedBlock(rk, ctx);
}

function addOrderHeaders(rk: SheetBuilder, { layout: L }: PlanContext): void {
  const C = L.rankingCols;
  const o = C.order;
  const heads: [number, string][] = [
    [C.alpha, wb("head.alpha")],
    [C.position, wb("head.position")],
    [o.sortedValue, wb("head.sortedValue")],
    [o.valueRunStart, wb("head.runStart")],
    [o.valuePlace, wb("head.valuePlace")],
    [o.lineCode, wb("head.lineCode")],
    [o.sortedLineCode, wb("head.lineSorted")],
    [o.unitByAlpha, wb("head.unitByAlpha")],
    [o.sameRank, wb("head.sameRank")],
  ];
  o.levels.forEach((lv, k) => {
    heads.push([lv.code, wb("head.levelCode", { n: lv.keys.at(-1)! + 1 })]);
    if (lv.sorted !== null) heads.push([lv.sorted, wb("head.levelSorted", { n: k + 1 })]);
  });
  heads.push([o.rankStart, wb("head.rankStart")], [o.rankEnd, wb("head.rankEnd")]);
  if (o.linePercent !== null) heads.push([o.linePercent, wb("head.linePercent")]);
  if (o.shareAbove !== null) heads.push([o.shareAbove, wb("head.shareAbove")]);
  if (o.shareBelow !== null) heads.push([o.shareBelow, wb("head.shareBelow")]);
  for (const [c, h] of heads) rk.header(c, 1, h);
}

/** Each unit's A–Z place, and the inverse: on row a + 1, the unit whose place is a (both constants). */
function addAlphaConstants(rk: SheetBuilder, { layout: L, units }: PlanContext): void {
  const C = L.rankingCols;
  const alphaOf = units.map((_, u) => u).sort((a, b) => compareVietnamese(units[a]!, units[b]!) || a - b);
  alphaOf.forEach((u, k) => {
    rk.label(C.alpha, L.rankingRow(u), k + 1, { numFmt: "0" });
    rk.label(C.order.unitByAlpha, 2 + k, u + 1, { numFmt: "0" });
  });
}

/** Row r's sort helpers: sorted copies and their run chains (by line), the unit's places, chunk codes, line and rank group. */
function addOrderCells(rk: SheetBuilder, ctx: PlanContext, refs: RankingBlockRefs, u: number): void {
  const { template: t, layout: L, units } = ctx;
  const C = L.rankingCols;
  const o = C.order;
  const n = units.length;
  const r = L.rankingRow(u);
  const K = addr(C.exactKey ?? C.value, r);
  const whole = { numFmt: "0" };
  rk.formula(o.sortedValue, r, sortedFormula("DiemXepHang", r));
  rk.formula(o.valueRunStart, r, runStartFormula(o.sortedValue, o.valueRunStart, r), whole);
  rk.formula(o.valuePlace, r, valuePlaceFormula(L, K), whole);
  o.levels.forEach((lv, c) => {
    rk.formula(lv.code, r, chunkCodeFormula(t, L, r, c, refs.tieRange), whole);
    if (lv.sorted !== null) rk.formula(lv.sorted, r, sortedFormula(unitRowsRange(lv.code, n), r), whole);
  });
  rk.formula(o.lineCode, r, lineCodeFormula(L, r), whole);
  rk.formula(o.sortedLineCode, r, sortedFormula(unitRowsRange(o.lineCode, n), r), whole);
  rk.formula(o.rankStart, r, rankStartFormula(L, r), whole);
  rk.formula(o.rankEnd, r, rankEndFormula(L, r), whole);
  rk.formula(C.position, r, positionFormula(L, r), whole);
  rk.formula(o.sameRank, r, sameRankFormula(L, r), whole);
  if (o.linePercent !== null && C.percent !== null) {
    rk.formula(o.linePercent, r, `INDEX(${unitRowsRange(C.percent, n)},${orderedUnitCell(L, r - 1)})`, { numFmt: ctx.pointsFormat });
  }
}

function addOrderedBlock(rk: SheetBuilder, { template: t, layout: L, units, pointsFormat }: PlanContext): void {
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
  rk.header(O.unitCol, O.headerRow, wb("head.lineUnit"));
  if (O.eligibleSoFarCol !== null) rk.header(O.eligibleSoFarCol, O.headerRow, wb("head.eligibleSoFar"));
  t.awards.forEach((a, j) => rk.header(O.demandSoFarCols[j]!, O.headerRow, wb("head.demandSoFar", { award: a.title })));
  for (let k = 1; k <= n; k++) {
    const r = O.firstRow + k - 1;
    const unit = orderedUnitCell(L, k);
    rk.formula(O.unitCol, r, orderedUnitFormula(L, k), { numFmt: "0" });
    orderedCols.forEach(([, src, numFmt], i) => rk.formula(1 + i, r, `INDEX(${unitRowsRange(src, n)},${unit})`, numFmt ? { numFmt } : {}));
    const runningTotal = (col: number, value: string) => rk.formula(col, r, k === 1 ? value : `${value}+${addr(col, r - 1)}`, { numFmt: "0" });
    if (O.eligibleSoFarCol !== null) runningTotal(O.eligibleSoFarCol, `IF(INDEX(${unitRowsRange(C.eligible, n)},${unit})=${str(ELIGIBLE_YES)},1,0)`);
    C.awards.forEach((a, j) => runningTotal(O.demandSoFarCols[j]!, `INDEX(${unitRowsRange(a.demand, n)},${unit})`));
  }
}
