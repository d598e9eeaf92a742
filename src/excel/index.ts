/** The Office.js side of the workbook: write a plan, read the scores back, rebuild after criteria changes. */
export { applyPlan, keepBothNames, withContext, DEFAULT_MAX_BATCH_BYTES, type ApplyOptions, type ApplyResult, type AppliedResult, type ConflictResult, type ApiNotice, type ConflictChoice, type ExcelRunner, type ExcelTarget } from "./applyPlan";
export { readGrid, type GridRead, type OverwrittenFormula, type ReadGridOptions } from "./readGrid";
export { refreshPlan, type RefreshArgs, type RefreshOptions, type RefreshResult } from "./refreshPlan";
