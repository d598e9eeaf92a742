/**
 * The read skips empty score cells, so the domain's "no score entered" warnings come back without a cell. Kiểm tra
 * links every finding to its cell like the errors: each such warning gets the unit's Tự chấm cell on the
 * criterion's row of the current Chấm điểm sheet.
 */
import type { Finding } from "../../domain/validation/finding";
import type { Template } from "../../domain/template/model";
import { workbookLayout } from "../../workbook/buildPlan";
import { addr } from "../../workbook/plan";

export function locateMissing(findings: readonly Finding[], template: Template, units: readonly string[], entrySheet: string): Finding[] {
  const L = workbookLayout(template, units.length);
  const rowOf = new Map(L.nodes.map((c, i) => [c.code, L.nodeRow(i)]));
  const unitIndex = new Map(units.map((name, u) => [name, u]));
  return findings.map((f) => {
    if (f.code !== "entry.missing" || f.where || f.unit === undefined || f.criterion === undefined) return f;
    const u = unitIndex.get(f.unit);
    const row = rowOf.get(f.criterion);
    if (u === undefined || row === undefined) return f;
    return { ...f, where: { sheet: entrySheet, cell: addr(L.selfEntryCol(u), row) } };
  });
}
