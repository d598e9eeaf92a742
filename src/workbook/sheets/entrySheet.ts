/** Chấm điểm: the input sheet, a self-score and a cluster-score column per unit, validated as typed. */
import { SHEET } from "../names";
import { addr, type SheetPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import { leafValidation, markCountRow } from "../validation";
import { unitNameRef, type PlanContext } from "./context";
import { addEntryHighlights } from "./entryHighlights";
import { addItemColumns } from "./itemColumns";

export function buildEntrySheet(ctx: PlanContext): SheetPlan {
  const entry = new SheetBuilder(SHEET.entry);
  addItemColumns(entry, ctx);
  addUnitHeaders(entry, ctx);
  addInputCells(entry, ctx);
  addEntryHighlights(entry, ctx);
  entry.print = { orientation: "landscape", repeatRows: "1:2", repeatColumns: "A:C" };
  return entry.build();
}

function addUnitHeaders(entry: SheetBuilder, { layout: L, units }: PlanContext): void {
  for (let u = 0; u < units.length; u++) {
    const s = L.selfEntryCol(u);
    const k = L.clusterEntryCol(u);
    entry.set(s, 1, { formula: unitNameRef(u), role: "header", locked: true, bold: true, wrap: true });
    entry.header(k, 1, "");
    entry.merges.push(`${addr(s, 1)}:${addr(k, 1)}`);
    entry.header(s, 2, wb("head.self"));
    entry.header(k, 2, wb("head.clusterScore"));
    entry.width(s, 11);
    entry.width(k, 11);
  }
}

/** An input pair per unit on each leaf row, with the leaf's data validation and count-row marking. */
function addInputCells(entry: SheetBuilder, { layout: L, units }: PlanContext): void {
  const n = units.length;
  L.nodes.forEach((c, i) => {
    if (c.children.length > 0 || n === 0) return;
    const r = L.nodeRow(i);
    for (let u = 0; u < n; u++) {
      entry.input(L.selfEntryCol(u), r);
      entry.input(L.clusterEntryCol(u), r);
    }
    const range = `${addr(L.selfEntryCol(0), r)}:${addr(L.clusterEntryCol(n - 1), r)}`;
    entry.dataValidations.push(leafValidation(c, range, addr(L.selfEntryCol(0), r)));
    markCountRow(entry, c, r, 3, Array.from({ length: n }, (_, u) => [L.selfEntryCol(u), L.clusterEntryCol(u)]).flat());
  });
}
