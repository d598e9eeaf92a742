/** Turns anything thrown while talking to Excel into an ActionError with a catalogue message. */
import type { MessageId } from "../../messages/catalogue";
import { message } from "../../messages/message";
import { ActionError } from "./types";

export type ActionName =
  | "readWorkbook"
  | "previewInsert"
  | "insert"
  | "validate"
  | "selectCell"
  | "applyFixes"
  | "showHighlights"
  | "clearHighlights"
  | "rank"
  | "lastUndo"
  | "undoLast"
  | "readMergeCluster"
  | "applySelfScores"
  | "fingerprints"
  | "watchChanges"
  | "readMeeting"
  | "writeMeeting"
  | "insertDesign"
  | "readDesign"
  | "readPastedTable"
  | "previewHistoryImport"
  | "importHistory";

/** The Office error code (OfficeExtension.Error.code), or null for anything else. */
export function officeCode(e: unknown): string | null {
  if (typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string") return (e as { code: string }).code;
  return null;
}

/** ActionErrors pass through; Office errors become "busy" (cell edit mode) or "office" saying what failed. */
export function toActionError(e: unknown, action: ActionName): ActionError {
  if (e instanceof ActionError) return e;
  const what = message(`actions.op.${action}` as MessageId);
  if (officeCode(e) === "InvalidOperationInCellEditMode") return new ActionError(message("actions.error.busy", { action: what }), "busy", { cause: e });
  const detail = e instanceof Error ? e.message : String(e);
  return new ActionError(message("actions.error.office", { action: what, detail }), "office", { cause: e });
}
