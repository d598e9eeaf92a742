/**
 * createExcelActions: the pane's workbook actions (types.ts) over Office.js — Excel.run, a request
 * context, or the in-memory Excel fake (tests, browser preview). One small file per action.
 */
import type { ExcelTarget } from "../applyPlan";
import { actionEnv, type ActionOptions } from "./env";
import { applyFixes } from "./fixes";
import { clearHighlights, showHighlights } from "./highlights";
import { insert } from "./insert";
import { previewInsert } from "./previewInsert";
import { rank } from "./rank";
import { readWorkbook } from "./readWorkbook";
import { selectCell } from "./selectCell";
import type { ExcelActions } from "./types";
import { lastUndo, undoLast } from "./undoJournal";
import { validate } from "./validate";

export * from "./types";
export type { ActionOptions } from "./env";
export { PANE_SHEET } from "./paneSheet";

const selfScores = () => import(/* webpackChunkName: "self-scores-actions" */ "./selfScores");

export function createExcelActions(target: ExcelTarget, options: ActionOptions = {}): ExcelActions {
  const env = actionEnv(target, options);
  return {
    readWorkbook: () => readWorkbook(env),
    previewInsert: (request) => previewInsert(env, request),
    insert: (request, choice) => insert(env, request, choice),
    validate: () => validate(env),
    selectCell: (sheet, cell) => selectCell(env, sheet, cell),
    applyFixes: (fixes) => applyFixes(env, fixes),
    showHighlights: (cells) => showHighlights(env, cells),
    clearHighlights: () => clearHighlights(env),
    rank: () => rank(env),
    lastUndo: () => lastUndo(env),
    undoLast: () => undoLast(env),
    // Loaded on first use (step Tự chấm): not part of the pane's first bundle.
    readMergeCluster: async () => (await selfScores()).readMergeCluster(env),
    applySelfScores: async (changes, log) => (await selfScores()).applySelfScores(env, changes, log),
  };
}
