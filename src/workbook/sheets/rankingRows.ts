/** Xếp hạng's unit rows: totals from Điểm, the ranking value, tie-break keys, competition rank, band, eligibility and awards. */
import { shareDecimals, shareScale } from "../../domain/ranking/exactShare";
import type { Template } from "../../domain/template/model";
import { identityKey } from "../../domain/text/normalize";
import { awardCells } from "../awardFormulas";
import { shownPercentCells } from "../shownPercent";
import { bandFormula, num, str } from "../formulas";
import { rankFormula } from "../rankFormulas";
import { ELIGIBLE_NO, ELIGIBLE_PENDING, ELIGIBLE_YES, SHEET, UNCLASSIFIED } from "../names";
import { addr, columnLetter, sheetRef } from "../plan";
import type { SheetBuilder } from "../sheetBuilder";
import { unitNameRef, type PlanContext } from "./context";
import type { RankingBlockRefs } from "./rankingBlocks";

export function addRankingRows(rk: SheetBuilder, ctx: PlanContext, refs: RankingBlockRefs): void {
  for (let u = 0; u < ctx.units.length; u++) addRankingRow(rk, ctx, refs, u);
}

function addRankingRow(rk: SheetBuilder, ctx: PlanContext, refs: RankingBlockRefs, u: number): void {
  const { template: t, layout: L, pointsFormat: fmt } = ctx;
  const C = L.rankingCols;
  const R = L.rows;
  const P = sheetRef(SHEET.points);
  const p = t.precision;
  const r = L.rankingRow(u);
  const fcol = columnLetter(L.finalPointsCol(u));
  rk.label(C.stt, r, u + 1);
  rk.formula(C.unit, r, unitNameRef(u));
  rk.formula(C.selfTotal, r, `${P}${addr(L.selfPointsCol(u), R.total)}`, { numFmt: fmt });
  rk.formula(C.scored, r, `${P}${fcol}${R.scored}`, { numFmt: fmt });
  rk.formula(C.bonus, r, `${P}${fcol}${R.bonus}`, { numFmt: fmt });
  rk.formula(C.penalty, r, `${P}${fcol}${R.penalty}`, { numFmt: fmt });
  rk.formula(C.total, r, `ROUND(${addr(C.scored, r)}+${addr(C.bonus, r)}-${addr(C.penalty, r)},${p})`, { numFmt: fmt, bold: true });
  if (C.percent !== null) {
    const own = `${P}${fcol}${R.ownMax}`;
    rk.formula(C.percent, r, `IF(${own}>0,ROUND(100*${addr(C.total, r)}/${own},${p}),0)`, { numFmt: fmt, bold: true });
  }
  const V = addr(C.value, r);
  // What ranks (DiemXepHang, read by the sort helpers): the total, or the exact share of own maximum (exactShare).
  if (C.exactKey !== null) {
    const own = `${P}${fcol}${R.ownMax}`;
    const scale = num(10 ** shareScale(t));
    const share = `100*ROUND(${addr(C.total, r)}*${scale},0)/ROUND(${own}*${scale},0)`;
    rk.formula(C.exactKey, r, `IF(${own}>0,ROUND(${share},${shareDecimals(t)}),0)`, { numFmt: `0.${"0".repeat(shareDecimals(t))}` });
    for (const [col, f, numFmt] of shownPercentCells(L, r, p)) rk.formula(col, r, f, { numFmt });
  }
  t.tieBreak.forEach((tb, k) => rk.formula(C.tieKeys[k]!, r, `ROUND(${tieField(ctx, tb)(r, u)},${p})`, { numFmt: fmt }));
  // Competition rank: 1 + units strictly better on the value, then on each tie-break key (sort helpers, rankFormulas.ts).
  rk.formula(C.rank, r, rankFormula(L, r), { numFmt: "0", bold: true });
  const failed = `${P}${fcol}${R.failedGates}`;
  const classify = bandFormula(t, V, refs.bandRef);
  rk.formula(C.band, r, t.gateEffect === "unclassified" ? `IF(${failed}>0,${str(UNCLASSIFIED)},${classify})` : classify);
  const pending = `${P}${fcol}${R.pendingGates}`;
  rk.formula(C.eligible, r, `IF(${failed}>0,${str(ELIGIBLE_NO)},IF(${pending}>0,${str(ELIGIBLE_PENDING)},${str(ELIGIBLE_YES)}))`);
  for (const [col, f, numFmt] of awardCells(t, L, { r, u, value: V, quotaRef: refs.quotaRef })) rk.formula(col, r, f, numFmt ? { numFmt } : {});
}

/** The cell a tie-break key reads for unit u on row r. */
function tieField({ template: t, layout: L, rowOfNode }: PlanContext, tb: Template["tieBreak"][number]): (r: number, u: number) => string {
  const C = L.rankingCols;
  switch (tb.by) {
    case "criterion": {
      const c = t.byKey.get(identityKey(tb.code));
      const row = c ? rowOfNode.get(c) : undefined;
      return row === undefined ? () => "0" : (_r, u) => `${sheetRef(SHEET.points)}${addr(L.finalPointsCol(u), row)}`;
    }
    case "penalty":
      return (r) => addr(C.penalty, r);
    case "bonus":
      return (r) => addr(C.bonus, r);
    case "selfTotal":
      return (r) => addr(C.selfTotal, r);
  }
}
