/**
 * In-sheet highlights on Chấm điểm: entries the domain would not count (red), and self vs cluster gaps
 * above the template's threshold on points typed directly (amber). Rows that share a rule share one format.
 */
import type { Template } from "../../domain/template/model";
import { invalidEntryFormula, num } from "../formulas";
import type { WorkbookLayout } from "../layout";
import { addr } from "../plan";
import type { SheetBuilder } from "../sheetBuilder";
import type { PlanContext } from "./context";

interface RowGroup {
  formula: (r: number) => string;
  rows: number[];
}

export function addEntryHighlights(entry: SheetBuilder, { template: t, layout: L, units }: PlanContext): void {
  const n = units.length;
  if (n === 0) return;
  const first = (r: number) => addr(L.selfEntryCol(0), r);
  const rowRange = (r: number) => `${first(r)}:${addr(L.clusterEntryCol(n - 1), r)}`;
  const { invalid, gapRows } = groupLeafRows(t, L, first);
  for (const g of invalid.values()) {
    entry.conditionalFormats.push({ ranges: g.rows.map(rowRange), formula: g.formula(g.rows[0]!), style: "error" });
  }
  if (gapRows.length > 0) {
    const r = gapRows[0]!;
    const x = first(r);
    const left = addr(L.selfEntryCol(0) - 1, r);
    // A cluster column (every second column from the first self column) compared with the self score on its left.
    entry.conditionalFormats.push({
      ranges: gapRows.map(rowRange),
      formula: `IF(AND(MOD(COLUMN(${x})-${L.selfEntryCol(0)},2)=1,ISNUMBER(${left}),ISNUMBER(${x})),ABS(${x}-${left})>${num(t.selfClusterGap!)},FALSE)`,
      style: "warning",
    });
  }
}

/** Leaf rows grouped by their invalid-entry rule, and the rows where a self/cluster gap is flagged. */
function groupLeafRows(t: Template, L: WorkbookLayout, first: (r: number) => string): { invalid: Map<string, RowGroup>; gapRows: number[] } {
  const invalid = new Map<string, RowGroup>();
  const gapRows: number[] = [];
  L.nodes.forEach((c, i) => {
    if (c.children.length > 0) return;
    const r = L.nodeRow(i);
    const formula = (row: number) => invalidEntryFormula(c, first(row), `$C${row}`);
    const key = formula(0);
    const group = invalid.get(key) ?? { formula, rows: [] };
    group.rows.push(r);
    invalid.set(key, group);
    const typedPoints = c.method === null || c.method.type === "manual" || c.method.type === "levels";
    if (t.selfClusterGap !== null && typedPoints) gapRows.push(r);
  });
  return { invalid, gapRows };
}
