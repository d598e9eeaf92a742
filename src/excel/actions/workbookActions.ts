/**
 * The actions' implementations, bound to one target. Loaded on first use by createExcelActions (index.ts),
 * so that this code — and the plan builder, renderer, reader and template parser it needs — is not part
 * of the pane's first bundle.
 */
import type { ExcelTarget } from "../applyPlan";
import { actionEnv, type ActionOptions } from "./env";
import { applyFixes } from "./fixes";
import { clearHighlights, showHighlights } from "./highlights";
import { insert } from "./insert";
import { loadOrActionError } from "./loadChunk";
import { previewInsert } from "./previewInsert";
import { rank } from "./rank";
import { readWorkbook } from "./readWorkbook";
import { selectCell } from "./selectCell";
import type { ExcelActions } from "./types";
import { lastUndo, undoLast } from "./undoRun";
import { validate } from "./validate";
import { fingerprints, watchChanges } from "./freshness";
import { readMeeting, writeMeeting } from "./meetingCells";
import { insertDesign } from "./designInsert";
import { readDesign, readPastedTable } from "./designRead";
import { importHistory, previewHistoryImport } from "./historyImport";

/** The self-score actions' chunk; a failed download is the ActionError the pane shows (loadChunk.ts). */
const selfScores = () => loadOrActionError(() => import(/* webpackChunkName: "self-scores-actions" */ "./selfScores"));

export function bindWorkbookActions(target: ExcelTarget, options: ActionOptions = {}): ExcelActions {
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
    undoLast: (choice) => undoLast(env, choice),
    // Loaded on first use (step Tự chấm).
    readMergeCluster: async () => (await selfScores()).readMergeCluster(env),
    applySelfScores: async (changes, log) => (await selfScores()).applySelfScores(env, changes, log),
    fingerprints: (scopes) => fingerprints(env, scopes),
    watchChanges: (onChange) => watchChanges(env, onChange),
    readMeeting: () => readMeeting(env),
    writeMeeting: (values) => writeMeeting(env, values),
    insertDesign: (start, choice) => insertDesign(env, start, choice),
    readDesign: () => readDesign(env),
    readPastedTable: () => readPastedTable(env),
    previewHistoryImport: (earlier) => previewHistoryImport(env, earlier),
    importHistory: (earlier) => importHistory(env, earlier),
  };
}
