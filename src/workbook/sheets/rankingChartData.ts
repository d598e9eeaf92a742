/**
 * What Xếp hạng's charts draw besides the ordered values, on the lines of the rank-ordered block: each band's
 * minimum (the threshold line of the ranking chart) and each top-level group's points as a share of its maximum
 * (the groups chart). Formulas, so the charts follow every edit.
 */
import { SHEET } from "../names";
import { absAddr, sheetRef } from "../plan";
import { orderedUnitCell } from "../rankFormulas";
import type { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import type { PlanContext } from "./context";
import type { RankingBlockRefs } from "./rankingBlocks";

/** The name of a band's threshold line (also its column header). */
export function thresholdName({ template: t }: PlanContext, band: number): string {
  const b = t.bands[band]!;
  return wb("chart.threshold", { band: b.label, min: b.min });
}

/** The name of a group's series (also its column header): its code and title, shortened, with its maximum. */
export function groupName({ layout: L }: PlanContext, node: number): string {
  const c = L.nodes[node]!;
  const title = c.title.length > 40 ? `${c.title.slice(0, 39).trimEnd()}…` : c.title;
  return wb("chart.groupShare", { group: `${c.code}. ${title}`, max: c.max });
}

export function addRankingChartData(rk: SheetBuilder, ctx: PlanContext, refs: RankingBlockRefs): void {
  const { layout: L, units, pointsFormat } = ctx;
  const O = L.orderedBlock;
  const n = units.length;
  for (const { band, col } of O.thresholdCols) rk.header(col, O.headerRow, thresholdName(ctx, band));
  for (const { node, col } of O.groupCols) rk.header(col, O.headerRow, groupName(ctx, node));
  const P = sheetRef(SHEET.points);
  for (let k = 1; k <= n; k++) {
    const r = O.firstRow + k - 1;
    for (const { band, col } of O.thresholdCols) rk.formula(col, r, refs.bandRef(band, "min"), { numFmt: pointsFormat });
    for (const { node, col } of O.groupCols) {
      const row = L.nodeRow(node);
      const points = `${P}${absAddr(L.finalPointsCol(0), row)}:${absAddr(L.finalPointsCol(n - 1), row)}`;
      rk.formula(col, r, `INDEX(${points},1,3*${orderedUnitCell(L, k)}-2)/${P}${absAddr(3, row)}`, { numFmt: "0%" });
    }
  }
}
