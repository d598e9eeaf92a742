/**
 * The ThiDua scoring workbook as a plan (see plan.ts and docs/workbook-contract.md), composed of one
 * builder per sheet (src/workbook/sheets/). Every formula mirrors the domain (src/domain/scoring,
 * src/domain/ranking) exactly; the integration test test/integration/workbook-recalc.test.ts
 * recalculates the rendered workbook with LibreOffice and compares it with evaluateCluster.
 */
import type { Template } from "../domain/template/model";
import type { DefinedNamePlan, SheetPlan, WorkbookPlan } from "./plan";
import { buildSummarySheet } from "./summarySheet";
import { cleanUnitNames, planContext } from "./sheets/context";
import { buildCriteriaSheet } from "./sheets/criteriaSheet";
import { buildEntrySheet } from "./sheets/entrySheet";
import { buildHistorySheet } from "./sheets/historySheet";
import { hasHistorySheet } from "./historyLayout";
import { buildMetaSheet } from "./sheets/metaSheet";
import { buildPointsSheet } from "./sheets/pointsSheet";
import { buildRankingSheet } from "./sheets/rankingSheet";
import { buildUnitsSheet, type ClusterInfo } from "./sheets/unitsSheet";

export * from "./names";
export { workbookLayout, type WorkbookLayout } from "./layout";
export { bandFormula, gateFailedFormula, leafPointsFormula } from "./formulas";
export { templateJsonFromMeta } from "./sheets/metaSheet";
export type { ClusterInfo } from "./sheets/unitsSheet";

/**
 * Builds the plan. Unit names are cleaned (NFC, trimmed, spaces collapsed); an empty name or two names
 * that are the same unit (identityKey) throw: the domain would drop the second one, the workbook cannot.
 */
export function buildPlan(t: Template, cluster: ClusterInfo): WorkbookPlan {
  const lazy = planSheets(t, cluster);
  const sheets = [...lazy.sheets];
  return { sheets, definedNames: lazy.definedNames() };
}

/** The plan's sheets built one at a time as they are iterated (a large workbook is written sheet by sheet). */
export interface LazyPlan {
  readonly sheets: Iterable<SheetPlan>;
  /** Complete once every sheet has been built (iterate the sheets once). */
  readonly definedNames: () => readonly DefinedNamePlan[];
}

/** The same plan as buildPlan, each sheet built only when the iteration reaches it. Unit names are checked at once. */
export function planSheets(t: Template, cluster: ClusterInfo): LazyPlan {
  const ctx = planContext(t, cleanUnitNames(cluster.units));
  const withHistory = hasHistorySheet(t, cluster.history !== undefined);
  const builders: (() => SheetPlan)[] = [
    () => buildCriteriaSheet(ctx),
    () => buildUnitsSheet(ctx, cluster),
    () => buildEntrySheet(ctx),
    () => buildPointsSheet(ctx),
    () => buildRankingSheet(ctx, withHistory),
    () => buildSummarySheet(t, ctx.layout, withHistory),
    ...(withHistory ? [() => buildHistorySheet(ctx, cluster.history)] : []),
    () => buildMetaSheet(ctx, cluster),
  ];
  function* sheets(): Generator<SheetPlan> {
    for (const build of builders) yield build();
  }
  return { sheets: { [Symbol.iterator]: sheets }, definedNames: () => ctx.definedNames };
}
