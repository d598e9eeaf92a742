/** Tiêu chí: the template's criteria as a read-only table. */
import { KIND_LABEL, SHEET } from "../names";
import type { CellPlan, SheetPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import { methodText } from "../validation";
import type { PlanContext } from "./context";

export function buildCriteriaSheet({ layout: L }: PlanContext): SheetPlan {
  const crit = new SheetBuilder(SHEET.criteria);
  ([wb("head.code"), wb("head.criterion"), wb("head.kind"), wb("head.method"), wb("head.max"), wb("head.step"), wb("head.rule")] as const).forEach((h, i) => crit.header(i + 1, 1, h));
  L.nodes.forEach((c, i) => {
    const r = L.criteriaRow(i);
    const group = c.children.length > 0;
    const extra: Partial<CellPlan> = group ? { role: "group", bold: true } : {};
    crit.label(1, r, c.code, extra);
    crit.label(2, r, c.title, { ...extra, indent: c.depth, wrap: true });
    crit.label(3, r, KIND_LABEL[c.kind], extra);
    crit.label(4, r, methodText(c), { ...extra, wrap: true });
    crit.label(5, r, c.max, extra);
    crit.label(6, r, c.step, extra);
    crit.label(7, r, c.rule ?? null, { ...extra, wrap: true });
  });
  [10, 50, 12, 40, 8, 8, 50].forEach((w, i) => crit.width(i + 1, w));
  crit.freeze = { rows: 1, columns: 0 };
  crit.print = { orientation: "landscape", repeatRows: "1:1" };
  return crit.build();
}
