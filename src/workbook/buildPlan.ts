/**
 * The ThiDua scoring workbook as a plan (see plan.ts and docs/workbook-contract.md), composed of one
 * builder per sheet (src/workbook/sheets/). Every formula mirrors the domain (src/domain/scoring,
 * src/domain/ranking) exactly; the integration test test/integration/workbook-recalc.test.ts
 * recalculates the rendered workbook with LibreOffice and compares it with evaluateCluster.
 */
import type { Template } from "../domain/template/model";
import type { WorkbookPlan } from "./plan";
import { buildSummarySheet } from "./summarySheet";
import { cleanUnitNames, planContext } from "./sheets/context";
import { buildCriteriaSheet } from "./sheets/criteriaSheet";
import { buildEntrySheet } from "./sheets/entrySheet";
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
  const ctx = planContext(t, cleanUnitNames(cluster.units));
  const sheets = [
    buildCriteriaSheet(ctx),
    buildUnitsSheet(ctx, cluster),
    buildEntrySheet(ctx),
    buildPointsSheet(ctx),
    buildRankingSheet(ctx),
    buildSummarySheet(t, ctx.layout),
    buildMetaSheet(ctx, cluster),
  ];
  return { sheets, definedNames: ctx.definedNames };
}
