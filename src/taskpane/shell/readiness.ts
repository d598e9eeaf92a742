/** What the shared state means for inserting: the cleaned unit list, the template's check issues, and blockers. */
import { checkTemplate } from "../../domain/template/check";
import type { TemplateIssue } from "../../domain/template/parse";
import { cleanText } from "../../domain/text/normalize";
import type { InsertRequest } from "../../excel/actions/types";
import { type UnitListAnalysis, analyseUnitList } from "../steps/template/unitList";
import type { PaneState } from "./paneState";

export type InsertBlocker = "noTemplate" | "templateErrors" | "noUnits" | "duplicates";

export interface Readiness {
  readonly units: UnitListAnalysis;
  /** checkTemplate's findings for the chosen template and this many units ([] without a template). */
  readonly issues: readonly TemplateIssue[];
  readonly blockers: readonly InsertBlocker[];
  /** The request to preview and insert, when nothing blocks. */
  readonly request: InsertRequest | null;
}

export function readinessOf(state: PaneState): Readiness {
  const units = analyseUnitList(state.unitsText);
  const issues = state.chosen ? checkTemplate(state.chosen.template, { unitCount: units.unique.length }) : [];
  const blockers: InsertBlocker[] = [];
  if (!state.chosen) blockers.push("noTemplate");
  if (issues.some((i) => i.severity === "error")) blockers.push("templateErrors");
  if (units.names.length === 0) blockers.push("noUnits");
  if (units.duplicates.length > 0) blockers.push("duplicates");
  const request =
    state.chosen && blockers.length === 0
      ? { template: state.chosen.template, cluster: cleanText(state.cluster), period: cleanText(state.period), units: units.unique }
      : null;
  return { units, issues, blockers, request };
}
