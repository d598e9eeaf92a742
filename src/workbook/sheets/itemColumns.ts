/** The first three columns of Chấm điểm and Điểm: criterion code, title and maximum, under a two-row header. */
import { addr, type CellPlan } from "../plan";
import type { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import type { PlanContext } from "./context";

export function addItemColumns(sh: SheetBuilder, { layout: L }: PlanContext): void {
  sh.header(1, 1, wb("head.code"));
  sh.header(2, 1, wb("head.criterion"));
  sh.header(3, 1, wb("head.max"));
  for (const c of [1, 2, 3]) {
    sh.header(c, 2, "");
    sh.merges.push(`${addr(c, 1)}:${addr(c, 2)}`);
  }
  sh.width(1, 8);
  sh.width(2, 45);
  sh.width(3, 8);
  sh.freeze = { rows: 2, columns: 3 };
  L.nodes.forEach((c, i) => {
    const r = L.nodeRow(i);
    const group = c.children.length > 0;
    const extra: Partial<CellPlan> = group ? { role: "group", bold: true } : {};
    sh.label(1, r, c.code, extra);
    sh.label(2, r, c.title, { ...extra, indent: c.depth });
    sh.label(3, r, c.max, extra);
  });
}
