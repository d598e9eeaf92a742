/** Findings grouped for the Kiểm tra list: by unit (cluster order, unit-less findings first), then by criterion. */
import type { Finding } from "../../../domain/validation/finding";
import { SEVERITY_ORDER } from "./cells";

export interface CriterionGroup {
  /** The criterion code, or null for findings about the whole unit (bonus/deduction caps…). */
  readonly criterion: string | null;
  readonly findings: readonly Finding[];
}

export interface UnitGroup {
  /** Stable key for the accordion. */
  readonly key: string;
  /** The unit name, or null for findings that belong to no unit (unknown unit names, duplicates…). */
  readonly unit: string | null;
  readonly count: number;
  readonly errors: number;
  readonly criteria: readonly CriterionGroup[];
}

/**
 * Units in the order of `unitOrder` (names as the cluster lists them), then any other unit names in the
 * order they first appear; criteria in the order they first appear (the domain reports them in template
 * order), unit-wide findings last; inside a criterion, errors first, then warnings, then notes.
 */
export function groupFindings(findings: readonly Finding[], unitOrder: readonly string[]): UnitGroup[] {
  const byUnit = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const unit = f.unit ?? null;
    byUnit.set(unit, [...(byUnit.get(unit) ?? []), f]);
  }
  const rank = new Map(unitOrder.map((u, i) => [u, i]));
  const units = [...byUnit.keys()].sort((a, b) => {
    if (a === null || b === null) return a === null ? (b === null ? 0 : -1) : 1;
    return (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER);
  });
  return units.map((unit, i) => {
    const list = byUnit.get(unit)!;
    const byCriterion = new Map<string | null, Finding[]>();
    for (const f of list) {
      const c = f.criterion ?? null;
      byCriterion.set(c, [...(byCriterion.get(c) ?? []), f]);
    }
    const keys = [...byCriterion.keys()].sort((a, b) => Number(a === null) - Number(b === null));
    return {
      key: unit === null ? "general" : `unit-${i}`,
      unit,
      count: list.length,
      errors: list.filter((f) => f.severity === "error").length,
      criteria: keys.map((criterion) => ({
        criterion,
        findings: [...byCriterion.get(criterion)!].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
      })),
    };
  });
}
