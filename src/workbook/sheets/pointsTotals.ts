/** Điểm's summary rows per points column: pools (scored, capped bonus and penalty), total, own maximum, failed and pending gates. */
import type { Criterion, Template } from "../../domain/template/model";
import { gateDecidedFormula, gateFailedFormula, sumOf } from "../formulas";
import type { WorkbookLayout } from "../layout";
import { SHEET } from "../names";
import { addr, columnLetter, sheetRef } from "../plan";
import type { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import type { PlanContext } from "./context";

/** The leaves and pool roots the totals add up. */
interface TotalsParts {
  readonly scoredRoots: number[];
  readonly bonusRoots: number[];
  readonly penaltyRoots: number[];
  readonly naScoredLeaves: Criterion[];
  readonly gateLeaves: Criterion[];
}

export function addPointsTotals(pts: SheetBuilder, ctx: PlanContext): void {
  const { template: t, layout: L, units } = ctx;
  addTotalsLabels(pts, t, L);
  const parts = totalsParts(ctx);
  const E = sheetRef(SHEET.entry);
  for (let u = 0; u < units.length; u++) {
    addTotalsColumn(pts, ctx, parts, L.selfPointsCol(u), (r) => `${E}${addr(L.selfEntryCol(u), r)}`);
    addTotalsColumn(pts, ctx, parts, L.finalPointsCol(u), (r) => addr(L.finalEntryCol(u), r));
  }
}

function addTotalsLabels(pts: SheetBuilder, t: Template, L: WorkbookLayout): void {
  const R = L.rows;
  const labels: [number, string, number | null][] = [
    [R.scored, wb("head.scored"), null],
    [R.bonus, wb("head.bonusCapped"), t.bonusCap],
    [R.penalty, wb("head.penaltyCapped"), t.penaltyCap],
    [R.total, wb("head.total"), null],
    [R.ownMax, wb("head.ownMax"), t.total],
    [R.failedGates, wb("head.failedGates"), null],
    [R.pendingGates, wb("head.pendingGates"), null],
  ];
  for (const [r, text, c] of labels) {
    pts.label(2, r, text, { bold: true });
    if (c !== null) pts.label(3, r, c, { bold: true });
  }
}

function totalsParts({ template: t, layout: L, rowOfNode }: PlanContext): TotalsParts {
  const { nodes } = L;
  const parentOf = new Map<Criterion, Criterion | null>();
  for (const c of t.criteria) parentOf.set(c, null);
  for (const c of nodes) for (const ch of c.children) parentOf.set(ch, c);
  const poolRoots = (kind: Criterion["kind"]) =>
    nodes.filter((c) => c.kind === kind && (parentOf.get(c) === null || parentOf.get(c)!.kind !== kind)).map((c) => rowOfNode.get(c)!);
  return {
    scoredRoots: poolRoots("scored"),
    bonusRoots: poolRoots("bonus"),
    penaltyRoots: poolRoots("penalty"),
    naScoredLeaves: nodes.filter((c) => c.children.length === 0 && c.kind === "scored" && c.naAllowed),
    gateLeaves: nodes.filter((c) => c.children.length === 0 && c.kind === "gate"),
  };
}

function addTotalsColumn(pts: SheetBuilder, ctx: PlanContext, parts: TotalsParts, col: number, entryRef: (r: number) => string): void {
  const { template: t, layout: L, rowOfNode, pointsFormat } = ctx;
  const R = L.rows;
  const p = t.precision;
  const capped = (cap: number | null, capRow: number, sum: string) => (cap === null || sum === "0" ? sum : `MIN($C$${capRow},${sum})`);
  const X = columnLetter(col);
  const bold = { numFmt: pointsFormat, bold: true };
  pts.formula(col, R.scored, parts.scoredRoots.length ? sumOf(col, parts.scoredRoots) : "0", bold);
  pts.formula(col, R.bonus, capped(t.bonusCap, R.bonus, sumOf(col, parts.bonusRoots)), bold);
  pts.formula(col, R.penalty, capped(t.penaltyCap, R.penalty, sumOf(col, parts.penaltyRoots)), bold);
  pts.formula(col, R.total, `ROUND(${X}${R.scored}+${X}${R.bonus}-${X}${R.penalty},${p})`, bold);
  if (parts.naScoredLeaves.length === 0) pts.formula(col, R.ownMax, `$C$${R.ownMax}`, bold);
  else {
    const na = parts.naScoredLeaves.map((c) => `IF(${X}${rowOfNode.get(c)}="",$C${rowOfNode.get(c)},0)`).join(",");
    pts.formula(col, R.ownMax, `$C$${R.ownMax}-SUM(${na})`, bold);
  }
  const failed = parts.gateLeaves.map((c) => `IF(${gateFailedFormula(entryRef(rowOfNode.get(c)!))},1,0)`);
  pts.formula(col, R.failedGates, failed.length ? failed.join("+") : "0", { numFmt: "0", bold: true });
  const pending = parts.gateLeaves.map((c) => `IF(${gateDecidedFormula(c, entryRef(rowOfNode.get(c)!))},0,1)`);
  pts.formula(col, R.pendingGates, pending.length ? pending.join("+") : "0", { numFmt: "0", bold: true });
}
