/** Điểm: the calculation sheet, points per criterion and unit (self and final), the cluster's best, and the totals. */
import type { Criterion } from "../../domain/template/model";
import { leafPointsFormula, sumOf } from "../formulas";
import { bestOfRowFormula } from "../rankFormulas";
import { SHEET } from "../names";
import { addr, columnLetter, sheetRef, type SheetPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import { unitNameRef, type PlanContext } from "./context";
import { addItemColumns } from "./itemColumns";
import { addPointsTotals } from "./pointsTotals";

export function buildPointsSheet(ctx: PlanContext): SheetPlan {
  const pts = new SheetBuilder(SHEET.points);
  addItemColumns(pts, ctx);
  addUnitHeaders(pts, ctx);
  addBestHeaders(pts, ctx);
  ctx.layout.nodes.forEach((c, i) => {
    if (c.children.length > 0) addGroupRow(pts, ctx, c, ctx.layout.nodeRow(i));
    else addLeafRow(pts, ctx, c, ctx.layout.nodeRow(i));
  });
  addPointsTotals(pts, ctx);
  addBestInputRows(pts, ctx);
  pts.print = { orientation: "landscape", repeatRows: "1:2", repeatColumns: "A:C" };
  return pts.build();
}

function addUnitHeaders(pts: SheetBuilder, { layout: L, units }: PlanContext): void {
  for (let u = 0; u < units.length; u++) {
    const [sp, fe, fp] = [L.selfPointsCol(u), L.finalEntryCol(u), L.finalPointsCol(u)];
    pts.set(sp, 1, { formula: unitNameRef(u), role: "header", locked: true, bold: true, wrap: true });
    pts.header(fe, 1, "");
    pts.header(fp, 1, "");
    pts.merges.push(`${addr(sp, 1)}:${addr(fp, 1)}`);
    pts.header(sp, 2, wb("head.self"));
    pts.header(fe, 2, wb("head.finalEntry"));
    pts.header(fp, 2, wb("head.clusterScore"));
    pts.width(sp, 10);
    pts.width(fe, 10);
    pts.width(fp, 10);
  }
}

function addBestHeaders(pts: SheetBuilder, { layout: L }: PlanContext): void {
  pts.header(L.bestSelfCol, 1, wb("head.best"));
  pts.header(L.bestFinalCol, 1, "");
  pts.merges.push(`${addr(L.bestSelfCol, 1)}:${addr(L.bestFinalCol, 1)}`);
  pts.header(L.bestSelfCol, 2, wb("head.self"));
  pts.header(L.bestFinalCol, 2, wb("head.clusterScore"));
  pts.width(L.bestSelfCol, 12);
  pts.width(L.bestFinalCol, 12);
}

/** A group's points: the sum of its children of the same kind, capped at the group's maximum. */
function addGroupRow(pts: SheetBuilder, { layout: L, units, rowOfNode, pointsFormat }: PlanContext, c: Criterion, r: number): void {
  const same = c.children.filter((ch) => ch.kind === c.kind).map((ch) => rowOfNode.get(ch)!);
  for (let u = 0; u < units.length; u++) {
    for (const col of [L.selfPointsCol(u), L.finalPointsCol(u)]) {
      const f = same.length === 0 ? "0" : `MIN($C${r},${sumOf(col, same)})`;
      pts.set(col, r, { formula: f, role: "group", locked: true, bold: true, numFmt: pointsFormat });
    }
  }
}

/** A leaf's points per unit from its entry (final = cluster score, else self), and the best % where relative. */
function addLeafRow(pts: SheetBuilder, { layout: L, units, pointsFormat }: PlanContext, c: Criterion, r: number): void {
  const n = units.length;
  const E = sheetRef(SHEET.entry);
  const m = `$C${r}`;
  const relative = c.method?.type === "relativeToBest";
  const helper = L.bestInputRows.get(L.nodes.indexOf(c));
  if (relative && n > 0 && helper) {
    pts.formula(L.bestSelfCol, r, bestOfRowFormula(L, helper.self));
    pts.formula(L.bestFinalCol, r, bestOfRowFormula(L, helper.final));
  }
  for (let u = 0; u < n; u++) {
    const selfIn = `${E}${addr(L.selfEntryCol(u), r)}`;
    const clusterIn = `${E}${addr(L.clusterEntryCol(u), r)}`;
    const fe = addr(L.finalEntryCol(u), r);
    pts.formula(L.finalEntryCol(u), r, `IF(TRIM(${clusterIn})<>"",${clusterIn},IF(TRIM(${selfIn})<>"",${selfIn},""))`);
    pts.formula(L.selfPointsCol(u), r, leafPointsFormula(c, selfIn, m, `$${columnLetter(L.bestSelfCol)}${r}`), { numFmt: pointsFormat });
    pts.formula(L.finalPointsCol(u), r, leafPointsFormula(c, fe, m, `$${columnLetter(L.bestFinalCol)}${r}`), { numFmt: pointsFormat });
  }
}

/**
 * Below the totals, per relativeToBest leaf, two helper rows: every unit's self entry (in its self points column)
 * and final entry (in its final points column), so each best is MAX over one row range (Excel allows 255 arguments).
 */
function addBestInputRows(pts: SheetBuilder, { layout: L, units }: PlanContext): void {
  if (L.bestInputsTitleRow === null || units.length === 0) return;
  const E = sheetRef(SHEET.entry);
  pts.label(2, L.bestInputsTitleRow, wb("head.bestInputs"), { bold: true });
  for (const [i, rows] of L.bestInputRows) {
    const c = L.nodes[i]!;
    const r = L.nodeRow(i);
    pts.label(1, rows.self, c.code);
    pts.label(2, rows.self, wb("head.bestInputsSelf", { code: c.code }));
    pts.label(1, rows.final, c.code);
    pts.label(2, rows.final, wb("head.bestInputsFinal", { code: c.code }));
    for (let u = 0; u < units.length; u++) {
      pts.formula(L.selfPointsCol(u), rows.self, `${E}${addr(L.selfEntryCol(u), r)}`);
      pts.formula(L.finalPointsCol(u), rows.final, addr(L.finalEntryCol(u), r));
    }
  }
}
