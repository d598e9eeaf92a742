/**
 * Lịch sử: results of earlier periods, typed or imported (inputs), beside this period's rank and total, and per
 * award rule that looks back whether each unit meets it — what Xếp hạng's award columns read. Layout: historyLayout.ts.
 */
import { excelTrim } from "../../domain/history/lookBack";
import type { ClusterHistory, PastResult } from "../../domain/history/types";
import type { AwardRule, LookBack } from "../../domain/template/schema";
import { str } from "../formulas";
import { historyLayout, type HistoryLayout } from "../historyLayout";
import { ELIGIBLE_NO, ELIGIBLE_YES, HISTORY_SHEET, SHEET } from "../names";
import { addr, sheetRef, type SheetPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import { hist, wb } from "../text";
import { unitNameRef, type PlanContext } from "./context";
import { addHistoryChartData, historyCharts } from "./historyChart";

export function buildHistorySheet(ctx: PlanContext, history: ClusterHistory | undefined): SheetPlan {
  const H = historyLayout(ctx.template, ctx.units.length);
  const sh = new SheetBuilder(HISTORY_SHEET);
  sh.label(1, H.titleRow, hist("sheet.title"), { bold: true });
  addHeaders(sh, ctx, H);
  for (let u = 0; u < ctx.units.length; u++) addUnitRow(sh, ctx, H, u, history);
  for (let j = 0; j < H.periods; j++) sh.input(H.cols.period(j).total, H.labelRow, history?.periods[j] ?? null);
  addHistoryChartData(sh, ctx, H);
  sh.charts.push(...historyCharts(ctx, H));
  sh.freeze = { rows: H.headerRow, columns: H.cols.unit };
  sh.print = { orientation: "landscape", repeatRows: `${H.headerRow}:${H.headerRow}` };
  return sh.build();
}

function addHeaders(sh: SheetBuilder, ctx: PlanContext, H: HistoryLayout): void {
  const C = H.cols;
  const r = H.headerRow;
  sh.header(C.stt, r, wb("head.index"));
  sh.header(C.unit, r, wb("head.unit"));
  sh.header(C.aliases, r, hist("head.aliases"));
  ctx.template.awards.forEach((a, k) => {
    const col = C.lookBack[k];
    if (col != null && a.previous) sh.header(col, r, hist("head.lookBack", { periods: a.previous.periods, award: a.title }));
  });
  if (C.record !== null) sh.header(C.record, r, hist("head.record"));
  sh.header(C.rankNow, r, hist("head.rankNow"));
  sh.header(C.totalNow, r, hist("head.totalNow"));
  sh.header(C.rankChange, r, hist("head.rankChange"));
  for (let j = 0; j < H.periods; j++) {
    const P = C.period(j);
    sh.header(P.total, r, hist("head.total"));
    sh.header(P.rank, r, hist("head.rank"));
    sh.header(P.band, r, hist("head.band"));
    sh.header(P.award, r, hist("head.award"));
  }
  sh.label(C.aliases, H.labelRow, hist("head.periodLabel"), { bold: true });
  [C.stt, C.rankNow, C.totalNow, C.rankChange].forEach((c) => sh.width(c, 10));
  sh.width(C.unit, 36);
  sh.width(C.aliases, 28);
}

function addUnitRow(sh: SheetBuilder, ctx: PlanContext, H: HistoryLayout, u: number, history: ClusterHistory | undefined): void {
  const C = H.cols;
  const r = H.row(u);
  const L = ctx.layout;
  const X = sheetRef(SHEET.ranking);
  sh.label(C.stt, r, u + 1);
  sh.formula(C.unit, r, unitNameRef(u));
  const given = history?.units[u];
  sh.input(C.aliases, r, given?.aliases?.length ? given.aliases.join("; ") : null);
  ctx.template.awards.forEach((a, k) => {
    const col = C.lookBack[k];
    if (col != null && a.previous) sh.formula(col, r, lookBackFormula(H, r, a as AwardRule & { previous: LookBack }));
  });
  if (C.record !== null) sh.formula(C.record, r, recordFormula(H, r), { numFmt: "0" });
  sh.formula(C.rankNow, r, `${X}${addr(L.rankingCols.rank, L.rankingRow(u))}`, { numFmt: "0" });
  sh.formula(C.totalNow, r, `${X}${addr(L.rankingCols.total, L.rankingRow(u))}`, { numFmt: ctx.pointsFormat });
  const prev = addr(C.period(0).rank, r);
  sh.formula(C.rankChange, r, `IF(ISNUMBER(${prev}),${prev}-${addr(C.rankNow, r)},"")`, { numFmt: "+0;-0;0" });
  for (let j = 0; j < H.periods; j++) addPeriodCells(sh, H, r, j, given?.results[j] ?? null, ctx.pointsFormat);
}

function addPeriodCells(sh: SheetBuilder, H: HistoryLayout, r: number, j: number, past: PastResult | null, pointsFormat: string): void {
  const P = H.cols.period(j);
  sh.set(P.total, r, { value: past?.total ?? null, role: "input", locked: false, numFmt: pointsFormat });
  sh.set(P.rank, r, { value: past?.rank ?? null, role: "input", locked: false, numFmt: "0" });
  sh.input(P.band, r, past?.band ?? null);
  sh.input(P.award, r, past?.award ?? null);
}

/** Có when, in each of the rule's earlier periods, TRIM(band or award)= one of its texts (lookBack.ts). */
export function lookBackFormula(H: HistoryLayout, r: number, rule: AwardRule & { previous: LookBack }): string {
  const p = rule.previous;
  const field = p.bands ? "band" : "award";
  const labels = p.bands ?? p.awards ?? [];
  const perPeriod = Array.from({ length: p.periods }, (_, j) => {
    const cell = `TRIM(${addr(H.cols.period(j)[field], r)})`;
    const tests = labels.map((l) => `${cell}=${str(excelTrim(l))}`);
    return tests.length === 1 ? tests[0]! : `OR(${tests.join(",")})`;
  });
  const all = perPeriod.length === 1 ? perPeriod[0]! : `AND(${perPeriod.join(",")})`;
  return `IF(${all},${str(ELIGIBLE_YES)},${str(ELIGIBLE_NO)})`;
}

/** lookBackRecord in a formula: weight 2^(K−1−j) for the j-th rule that looks back when it is met. */
function recordFormula(H: HistoryLayout, r: number): string {
  const cols = H.cols.lookBack.filter((c): c is number => c !== null);
  return cols.map((c, j) => `IF(${addr(c, r)}=${str(ELIGIBLE_YES)},${2 ** (cols.length - 1 - j)},0)`).join("+");
}
