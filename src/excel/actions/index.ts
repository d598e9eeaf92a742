/**
 * createExcelActions: the pane's workbook actions (types.ts) over Office.js — Excel.run, a request
 * context, or the in-memory Excel fake (tests, browser preview). One small file per action.
 *
 * The implementations (workbookActions.ts) are loaded on the first call: the pane's first bundle holds
 * only this wrapper. A failed download rejects the call with an ActionError ("office") the pane shows
 * (loadChunk.ts), and the next call tries again.
 */
import type { ExcelTarget } from "../applyPlan";
import type { ActionOptions } from "./env";
import { loadOrActionError } from "./loadChunk";
import type { ExcelActions } from "./types";

export * from "./types";
export type { ActionOptions } from "./env";

export function createExcelActions(target: ExcelTarget, options: ActionOptions = {}): ExcelActions {
  let bound: Promise<ExcelActions> | null = null;
  const load = (): Promise<ExcelActions> => {
    bound ??= loadOrActionError(() => import(/* webpackChunkName: "workbook-actions" */ "./workbookActions")).then(
      (m) => m.bindWorkbookActions(target, options),
      (error: unknown) => {
        bound = null; // let the next call try again
        throw error;
      },
    );
    return bound;
  };
  const lazy = <K extends keyof ExcelActions>(name: K): ExcelActions[K] =>
    (async (...args: unknown[]) => {
      const actions = await load();
      return (actions[name] as (...a: unknown[]) => Promise<unknown>)(...args);
    }) as ExcelActions[K];
  return {
    readWorkbook: lazy("readWorkbook"),
    previewInsert: lazy("previewInsert"),
    insert: lazy("insert"),
    validate: lazy("validate"),
    selectCell: lazy("selectCell"),
    applyFixes: lazy("applyFixes"),
    showHighlights: lazy("showHighlights"),
    clearHighlights: lazy("clearHighlights"),
    rank: lazy("rank"),
    lastUndo: lazy("lastUndo"),
    undoLast: lazy("undoLast"),
    readMergeCluster: lazy("readMergeCluster"),
    applySelfScores: lazy("applySelfScores"),
    fingerprints: lazy("fingerprints"),
    watchChanges: lazy("watchChanges"),
    readMeeting: lazy("readMeeting"),
    writeMeeting: lazy("writeMeeting"),
    insertDesign: lazy("insertDesign"),
    readDesign: lazy("readDesign"),
    readPastedTable: lazy("readPastedTable"),
    previewHistoryImport: lazy("previewHistoryImport"),
    importHistory: lazy("importHistory"),
  };
}
