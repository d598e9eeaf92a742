/** Xếp hạng: the live ranking, a row per unit, the bands and award blocks, and the units in rank order. */
import { SHEET } from "../names";
import { addr, type ChartPlan, type SheetPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import type { PlanContext } from "./context";
import { addRankingBlocks } from "./rankingBlocks";
import { addRankOrder } from "./rankingOrder";
import { addRankingPrevious } from "./rankingPrevious";
import { rankingCharts } from "./rankingChart";
import { addRankingChartData } from "./rankingChartData";
import { rankingColumnRange } from "./rankingRefs";
import { addRankingRows } from "./rankingRows";

/** `withHistory`: the workbook has a Lịch sử sheet (last period's columns are added right of the Xếp loại block). */
export function buildRankingSheet(ctx: PlanContext, withHistory = false): SheetPlan {
  const rk = new SheetBuilder(SHEET.ranking);
  addTableHeaders(rk, ctx);
  addTieKeyHeaders(rk, ctx);
  if (ctx.units.length > 0) addRankingNames(ctx);
  addHelperHeaders(rk, ctx);
  const refs = addRankingBlocks(rk, ctx);
  addRankingRows(rk, ctx, refs);
  addRankOrder(rk, ctx, refs);
  addRankingChartData(rk, ctx, refs);
  if (withHistory) addRankingPrevious(rk, ctx);
  setWidths(rk, ctx);
  rk.charts.push(...rankingCharts(ctx));
  rk.freeze = { rows: 1, columns: 2 };
  rk.print = { orientation: "landscape", repeatRows: "1:1", repeatColumns: "A:B", area: readerArea(ctx, rk.charts) };
  return rk.build();
}

/**
 * What prints: the ranking table (STT … Đề nghị khen thưởng), the units in rank order and the charts. The helper
 * columns right of it stay on the sheet for audit but would shrink a one-page-wide print to an unreadable size;
 * the signed table with last period's columns is Tổng hợp.
 */
function readerArea({ layout: L, units }: PlanContext, charts: readonly ChartPlan[]): string {
  const lastCol = Math.max(L.rankingCols.award, ...charts.map((c) => c.anchor.to.col));
  const lastRow = Math.max(L.orderedBlock.firstRow + Math.max(units.length, 1) - 1, ...charts.map((c) => c.anchor.to.row));
  return `A1:${addr(lastCol, lastRow)}`;
}

function addTableHeaders(rk: SheetBuilder, { layout: L }: PlanContext): void {
  const C = L.rankingCols;
  const heads: [number, string][] = [
    [C.stt, wb("head.index")],
    [C.unit, wb("head.unit")],
    [C.selfTotal, wb("head.self")],
    [C.scored, wb("head.clusterScore")],
    [C.bonus, wb("head.bonus")],
    [C.penalty, wb("head.penalty")],
    [C.total, wb("head.totalShort")],
    [C.rank, wb("head.rank")],
    [C.band, wb("head.band")],
    [C.eligible, wb("head.eligible")],
    [C.award, wb("head.award")],
  ];
  if (C.percent !== null) heads.push([C.percent, wb("head.percent")]);
  for (const [c, h] of heads) rk.header(c, 1, h);
}

function addTieKeyHeaders(rk: SheetBuilder, { template: t, layout: L }: PlanContext): void {
  const C = L.rankingCols;
  t.tieBreak.forEach((tb, k) => {
    const what =
      tb.by === "criterion"
        ? wb("tie.criterion", { code: tb.code })
        : tb.by === "penalty"
          ? wb("tie.penalty")
          : tb.by === "bonus"
            ? wb("tie.bonus")
            : wb("tie.selfTotal");
    rk.header(C.tieKeys[k]!, 1, wb("head.tieKey", { n: k + 1, what }));
    rk.width(C.tieKeys[k]!, 14);
  });
}

/** The names the rank formulas and the award columns count over. */
function addRankingNames({ template: t, layout: L, units, definedNames }: PlanContext): void {
  const C = L.rankingCols;
  const colRange = (col: number) => rankingColumnRange(col, units.length);
  definedNames.push({ name: "TongDiem", ref: colRange(C.total), comment: wb("name.total") });
  definedNames.push({ name: "DiemXepHang", ref: colRange(C.exactKey ?? C.value), comment: wb("name.rankValue") });
  C.tieKeys.forEach((col, k) => definedNames.push({ name: `TieuChiPhu${k + 1}`, ref: colRange(col), comment: wb("name.tieKey", { n: k + 1 }) }));
  if (t.awards.length > 0) definedNames.push({ name: "XepHang", ref: colRange(C.rank), comment: wb("name.rank") });
  C.awards.forEach((a, k) => definedNames.push({ name: `UngVien${k + 1}`, ref: colRange(a.candidate), comment: wb("name.candidate", { award: t.awards[k]!.title }) }));
}

/** Headers of the exact-share, tie-group and per-award helper columns. */
function addHelperHeaders(rk: SheetBuilder, { template: t, layout: L }: PlanContext): void {
  const C = L.rankingCols;
  if (C.exactKey !== null && C.shownPercent !== null) {
    rk.header(C.exactKey, 1, wb("head.exactShare"));
    rk.width(C.exactKey, 16);
    rk.header(C.shownPercent, 1, wb("head.shownPercent"));
  }
  if (C.groupSize !== null && C.groupIndex !== null) {
    rk.header(C.groupSize, 1, wb("head.groupSize"));
    rk.header(C.groupIndex, 1, wb("head.groupIndex"));
  }
  t.awards.forEach((a, k) => {
    const cols = C.awards[k]!;
    rk.header(cols.candidate, 1, wb("head.candidate", { award: a.title }));
    rk.header(cols.demand, 1, wb("head.demand", { award: a.title }));
    rk.header(cols.taken, 1, wb("head.taken", { award: a.title }));
    rk.header(cols.outcome, 1, wb("head.outcome", { award: a.title }));
    for (const c of [cols.candidate, cols.demand, cols.taken]) rk.width(c, 10);
    rk.width(cols.outcome, 14);
  });
}

function setWidths(rk: SheetBuilder, { layout: L }: PlanContext): void {
  const C = L.rankingCols;
  rk.width(C.stt, 6);
  rk.width(C.unit, 32);
  for (const c of [C.selfTotal, C.scored, C.bonus, C.penalty, C.total, C.rank]) rk.width(c, 10);
  if (C.percent !== null) rk.width(C.percent, 12);
  rk.width(C.band, 16);
  rk.width(C.eligible, 12);
  rk.width(C.award, 28);
}
