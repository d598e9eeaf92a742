/**
 * Xếp hạng's reference blocks right of the table: the bands, below them the award rules with their quotas, and
 * below those each tie-break key's smallest value and span (what the rank's sort helpers encode keys with).
 */
import { num, str } from "../formulas";
import { ELIGIBLE_YES } from "../names";
import { absAddr } from "../plan";
import { tieRangeFormulas, type TieRange } from "../rankFormulas";
import type { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import type { PlanContext } from "./context";
import { rankingColumnRange } from "./rankingRefs";

/** Where the unit rows' formulas find a band's bound and an award's quota. */
export interface RankingBlockRefs {
  readonly quotaRef: (award: number) => string;
  readonly bandRef: (band: number, field: "label" | "min" | "max") => string;
  readonly tieRange: (key: number) => TieRange;
}

export function addRankingBlocks(rk: SheetBuilder, ctx: PlanContext): RankingBlockRefs {
  const B0 = ctx.layout.rankingCols.bandsBlock;
  const A0 = ctx.layout.awardsRow;
  addBandsBlock(rk, ctx, B0);
  addAwardsBlock(rk, ctx, B0, A0);
  addTieRangeBlock(rk, ctx, B0);
  const L = ctx.layout;
  return {
    tieRange: (k) => ({ min: absAddr(B0 + 1, L.tieRangeRow(k)), span: absAddr(B0 + 2, L.tieRangeRow(k)) }),
    quotaRef: (k) => absAddr(B0 + 1, A0 + k),
    bandRef: (i, field) => absAddr(B0 + (field === "label" ? 0 : field === "min" ? 1 : 2), 2 + i),
  };
}

function addBandsBlock(rk: SheetBuilder, { template: t }: PlanContext, B0: number): void {
  [wb("head.band"), wb("head.from"), wb("head.to"), wb("head.upperBound")].forEach((h, i) => rk.header(B0 + i, 1, h));
  t.bands.forEach((b, i) => {
    rk.label(B0, 2 + i, b.label);
    rk.label(B0 + 1, 2 + i, b.min);
    rk.label(B0 + 2, 2 + i, b.max ?? null);
    rk.label(B0 + 3, 2 + i, b.max === undefined ? "" : b.maxExclusive ? wb("label.exclusive") : wb("label.inclusive"));
  });
  rk.width(B0, 16);
}

/** Title, quota (a number of units), minimum ranking value, bands that qualify. */
function addAwardsBlock(rk: SheetBuilder, { template: t, layout: L, units }: PlanContext, B0: number, A0: number): void {
  const n = units.length;
  [wb("head.awards"), wb("head.quota"), wb("head.minScore"), wb("head.awardBands")].forEach((h, i) => rk.header(B0 + i, A0 - 1, h));
  const eligibleRange = n > 0 ? rankingColumnRange(L.rankingCols.eligible, n) : "";
  t.awards.forEach((a, k) => {
    const r = A0 + k;
    rk.label(B0, r, a.title);
    const q = a.quota;
    if (q.count !== undefined) rk.label(B0 + 1, r, q.count);
    else {
      const base = q.base === "eligible" ? `COUNTIF(${eligibleRange},${str(ELIGIBLE_YES)})` : "ROWS(DonVi)";
      const raw = `${num(q.percent ?? 0)}*${base}/100`;
      const f = q.rounding === "ceil" ? `MAX(0,ROUNDUP(${raw}-1E-9,0))` : q.rounding === "round" ? `ROUND(${raw},0)` : `INT(${raw}+1E-9)`;
      rk.formula(B0 + 1, r, n > 0 ? f : "0", { numFmt: "0" });
    }
    rk.label(B0 + 2, r, a.minScore ?? null);
    rk.label(B0 + 3, r, a.bands ? a.bands.join("; ") : wb("label.allBands"));
  });
}

/** Per tie-break key: its label, smallest value and span in steps of the precision (one pass each, not per unit). */
function addTieRangeBlock(rk: SheetBuilder, { template: t, layout: L, units }: PlanContext, B0: number): void {
  if (t.tieBreak.length === 0 || units.length === 0) return;
  [wb("head.tieRange"), wb("head.tieMin"), wb("head.tieSpan")].forEach((h, i) => rk.header(B0 + i, L.tieRangeRow(0) - 1, h));
  t.tieBreak.forEach((_, k) => {
    const r = L.tieRangeRow(k);
    const f = tieRangeFormulas(t, k);
    rk.label(B0, r, `TieuChiPhu${k + 1}`);
    rk.formula(B0 + 1, r, f.min);
    rk.formula(B0 + 2, r, f.span, { numFmt: "0" });
  });
}
