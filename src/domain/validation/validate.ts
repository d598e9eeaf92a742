/**
 * Entry validation: one pass over the whole score sheet returns every finding —
 * per value (from reading the sheet), missing scores, caps exceeded, failed gates
 * and self vs cluster gaps above the template's threshold.
 */
import { message } from "../../messages/message";
import { roundTo } from "../round";
import type { ScoreSheet } from "../scoring/sheet";
import type { ColumnTotals } from "../scoring/totals";
import type { Finding } from "./finding";

export function validateSheet(sheet: ScoreSheet, self: readonly ColumnTotals[], final: readonly ColumnTotals[]): Finding[] {
  const t = sheet.template;
  const out: Finding[] = [...sheet.findings];
  sheet.units.forEach((unit, ui) => {
    const row = sheet.cells[ui]!;
    t.leaves.forEach((leaf, li) => {
      const cell = row[li]!;
      // Bonus and penalty items are usually left empty (nothing to add or deduct): empty counts 0 without a warning.
      const optional = leaf.kind === "bonus" || leaf.kind === "penalty";
      if (cell.final.kind === "empty" && !optional) {
        const where = cell.where?.self ?? cell.where?.row;
        out.push({ code: "entry.missing", severity: "warning", unit: unit.name, criterion: leaf.code, ...(where ? { where } : {}), message: message("entry.missing") });
      }
      if (t.selfClusterGap !== null && cell.self.kind === "number" && cell.cluster.kind === "number") {
        const s = self[ui]!.items[li];
        const c = final[ui]!.items[li];
        if (s !== null && s !== undefined && c !== null && c !== undefined) {
          const gap = roundTo(Math.abs(s - c), 6);
          if (gap > t.selfClusterGap) {
            const where = cell.where?.cluster ?? cell.where?.row;
            out.push({
              code: "entry.selfClusterGap", severity: "warning", unit: unit.name, criterion: leaf.code, column: "cluster",
              ...(where ? { where } : {}),
              message: message("entry.selfClusterGap", { self: roundTo(s, 4), cluster: roundTo(c, 4), gap, threshold: t.selfClusterGap }),
            });
          }
        }
      }
    });
    const f = final[ui]!;
    if (t.bonusCap !== null && f.bonusRaw > t.bonusCap) {
      out.push({ code: "entry.bonusOverCap", severity: "warning", unit: unit.name, message: message("entry.bonusOverCap", { sum: roundTo(f.bonusRaw, 4), cap: t.bonusCap }) });
    }
    if (t.penaltyCap !== null && f.penaltyRaw > t.penaltyCap) {
      out.push({ code: "entry.penaltyOverCap", severity: "warning", unit: unit.name, message: message("entry.penaltyOverCap", { sum: roundTo(f.penaltyRaw, 4), cap: t.penaltyCap }) });
    }
    for (const code of f.failedGates) {
      const li = t.leaves.findIndex((l) => l.code === code);
      const gate = t.leaves[li]!;
      const cellWhere = row[li]!.where;
      const where = row[li]!.cluster.kind === "empty" ? (cellWhere?.self ?? cellWhere?.row) : (cellWhere?.cluster ?? cellWhere?.row);
      out.push({
        code: "entry.gateFailed", severity: "warning", unit: unit.name, criterion: code,
        ...(where ? { where } : {}),
        message: message("entry.gateFailed", { code, title: gate.title, effect: message(t.gateEffect === "unclassified" ? "entry.gateEffect.unclassified" : "entry.gateEffect.ineligible") }),
      });
    }
  });
  return out;
}
