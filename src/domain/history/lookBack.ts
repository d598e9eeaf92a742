/**
 * Award rules that look back (`previous` on a rule): whether a unit's history meets them, and if not, the
 * first earlier period that falls short. The workbook's Lịch sử sheet computes the same per rule with
 * TRIM(cell)="text" comparisons (src/workbook/sheets/historySheet.ts).
 */
import type { AwardRule, LookBack } from "../template/schema";
import type { PastResult, UnitHistory } from "./types";

/** Excel's TRIM: spaces (only U+0020) removed at both ends and runs of them inside reduced to one. */
export function excelTrim(text: string): string {
  return text.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ");
}

/** TRIM(cell)="label" as Excel and LibreOffice compare texts: case-insensitively. */
export function sameLabel(cell: string | null, label: string): boolean {
  return cell !== null && excelTrim(cell).toLocaleLowerCase("vi") === excelTrim(label).toLocaleLowerCase("vi");
}

/** What a rule asks of one earlier period: the band or the award column, and the texts that count. */
export function lookBackTarget(p: LookBack): { readonly field: "band" | "award"; readonly labels: readonly string[] } {
  return p.bands ? { field: "band", labels: p.bands } : { field: "award", labels: p.awards ?? [] };
}

export function periodMeets(p: LookBack, past: PastResult | null | undefined): boolean {
  if (!past) return false;
  const { field, labels } = lookBackTarget(p);
  return labels.some((l) => sameLabel(past[field], l));
}

/** Index (0 = the period just before) of the first of the rule's periods that falls short; -1 when all meet it. */
export function lookBackShortfall(p: LookBack, history: UnitHistory): number {
  for (let j = 0; j < p.periods; j++) if (!periodMeets(p, history[j])) return j;
  return -1;
}

export function meetsLookBack(rule: Pick<AwardRule, "previous">, history: UnitHistory): boolean {
  return rule.previous === undefined || lookBackShortfall(rule.previous, history) < 0;
}

/** The most earlier periods any rule of the template looks at (0 when none looks back). */
export function lookBackDepth(awards: readonly AwardRule[]): number {
  return Math.max(0, ...awards.map((a) => a.previous?.periods ?? 0));
}

/**
 * A unit's record against the template's look-back rules, as one number: bit K−1−j is set when it meets the
 * j-th look-back rule (template order), so a larger number meets the more prestigious rules. 0 without such rules.
 */
export function lookBackRecord(awards: readonly AwardRule[], history: UnitHistory): number {
  return lookBackRules(awards).reduce((sum, rule, j, all) => sum + (meetsLookBack(rule, history) ? 2 ** (all.length - 1 - j) : 0), 0);
}

/** The template's award rules that look back, in template order. */
export function lookBackRules(awards: readonly AwardRule[]): AwardRule[] {
  return awards.filter((a) => a.previous !== undefined);
}
