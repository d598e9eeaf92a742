/**
 * What the task pane can ask of the open workbook. The pane's components receive these as props
 * (never Office.js itself); src/excel/actions/createExcelActions.ts implements them over Office.js (or the
 * in-memory Excel fake in tests and in the browser preview host).
 *
 * Every write is preceded by an undo record (what it will overwrite, kept in a hidden sheet) because
 * Excel clears its own undo stack after an add-in writes. Every method rejects with an ActionError
 * whose `message` is a catalogue Message (vi-VN/en-US) saying what and where, and how to fix it.
 */
import type { EarlierImport, HistoryImportActions } from "./historyImportTypes";
import type { ClusterResult } from "../../domain/cluster";
import type { MeetingField } from "../../domain/meeting/fields";
import type { ToneStyle } from "../../domain/text/toneStyle";
import type { MergeChange, MergeCluster, MergeLogRecord } from "../../domain/merge/types";
import type { Template } from "../../domain/template/model";
import type { Rename } from "../../domain/template/change/renames";
import type { Finding } from "../../domain/validation/finding";
import type { Message } from "../../messages/message";
import type { ApiNotice } from "../applyPlan";
import type { OverwrittenFormula } from "../readGrid";
import type { DesignCheck, DesignStart, TableProposal } from "./designTypes";

export type * from "./designTypes";
export type * from "./historyImportTypes";

/** The cluster as the pane describes it before inserting. */
export interface InsertRequest {
  readonly template: Template;
  /** Cluster name (tên cụm/khối). */
  readonly cluster: string;
  /** Period, e.g. "2025" or "6 tháng đầu năm 2025". */
  readonly period: string;
  /** Unit names as typed/pasted (cleaned and de-duplicated by the pane beforehand). */
  readonly units: readonly string[];
  /** Re-inserting with changed criteria: which old codes are now other codes ("I.3 is now I.4"; docs/workbook-contract.md). */
  readonly renames?: readonly Rename[];
  /** Earlier periods' results to merge into Lịch sử (the pane's import): what is typed there is kept (importEarlier.ts). */
  readonly earlier?: EarlierImport;
}

/** What a criteria change does to a ThiDua workbook that holds scores (src/domain/template/change). */
export interface CriteriaChangePreview {
  /** One line per scored criterion that changes (renamed, re-scaled, retitled, removed, added). */
  readonly criteria: readonly Message[];
  /** One line per score with no place any more (kept on the orphan sheet, never dropped). */
  readonly orphans: readonly Message[];
  /** Kept scores that do not fit their changed criterion (flagged, never changed). */
  readonly findings: readonly Finding[];
  /** Problems of the rename list: the insert is refused while there are any. */
  readonly problems: readonly Message[];
  /** The sheet the orphaned scores go to, or null when every score has a place. */
  readonly orphanSheet: string | null;
}

/** What is in the open workbook now. */
export interface WorkbookState {
  /** All sheet names, in tab order. */
  readonly sheets: readonly string[];
  /** The ThiDua workbook found (hidden _ThiDua sheet), or null when the workbook has none. */
  readonly thidua: {
    readonly template: Template;
    readonly cluster: string;
    readonly period: string;
    readonly units: readonly string[];
  } | null;
}

/** Shown before an insert writes anything. */
export interface InsertPreview {
  /** Sheets that will be created. */
  readonly newSheets: readonly string[];
  /** Existing sheets with the plan's names (the user must choose replace or keep both). */
  readonly clashes: readonly string[];
  /** The names "keep both" would use, plan name → new name. */
  readonly keepBothNames: Readonly<Record<string, string>>;
  /** When re-inserting over a ThiDua workbook: entries that keep their place, move (unit order/criteria changed) or have no place. */
  readonly entries: { readonly kept: number; readonly moved: number; readonly orphaned: readonly { unit: string; criterion: string }[] };
  /** Workbook-level defined names of the template that already exist (they clash too). */
  readonly clashingNames?: readonly string[];
  /** Re-inserting over a ThiDua workbook: the criteria change and what becomes of each score. */
  readonly change?: CriteriaChangePreview;
}

export type ClashChoice = "replace" | "keepBoth";

/** The result of any write: what changed, and whether it can be undone. */
export interface WriteResult {
  /** Human summary of the change, e.g. "Đã tạo 5 trang tính". */
  readonly summary: Message;
  /** Cells written (for the progress/result line). */
  readonly cellsWritten: number;
  /** Features skipped because the host lacks an API set (show UnsupportedApiNotice). */
  readonly notices: readonly ApiNotice[];
  /** True when an undo record was kept for this write. */
  readonly undoable: boolean;
  /** Where the user goes on from here (insert: the first score cell of the entry sheet, under its real name). */
  readonly next?: { readonly sheet: string; readonly cell: string };
}

/** A proposed fix the user may confirm: write `value` (or restore `formula`) at sheet!cell. */
export interface CellFix {
  readonly sheet: string;
  readonly cell: string;
  /** What is there now (shown beside the fix). */
  readonly current: string | number | boolean | null;
  readonly value?: string | number | boolean;
  /** "=…" to restore an overwritten formula. */
  readonly formula?: string;
  readonly message: Message;
  /** The score cell's unit and criterion, when it is one (named again if the cell changes before an undo). */
  readonly unit?: string;
  readonly criterion?: string;
  /**
   * True only when the fix keeps the number the cell means (text "8,5" → the number 8.5 within the maximum):
   * such fixes may be ticked at first. A fix that raises or lowers a score, or restores a formula, is never.
   */
  readonly keepsValue?: boolean;
}

/** What a result reads: "check" (Kiểm tra, Xuất) = _ThiDua, Đơn vị, Chấm điểm, Điểm; "ranking" = _ThiDua, Đơn vị, Chấm điểm. */
export type FingerprintScope = "check" | "ranking";

/** The workbook state a result was computed from (see docs/workbook-contract.md, "Freshness"). */
export interface ResultSource {
  readonly scope: FingerprintScope;
  /** Hash of the values and formulas of the scope's sheets as read (src/domain/freshness/fingerprint.ts). */
  readonly fingerprint: string;
  /** The sheets read, as the workbook names them (the current ThiDua set, e.g. "Chấm điểm (2)"). */
  readonly sheets: readonly string[];
  /** The cluster and period the _ThiDua sheet gave (Xuất names its files and biên bản with them). */
  readonly cluster: string;
  readonly period: string;
}

/** What an event reports: cells changed, or sheets added or deleted (watch again to hear about the new ones). */
export type ChangeKind = "cells" | "sheets";

/** A change the pane hears about from Excel's events (see watchChanges). */
export interface ChangeWatch {
  /** "workbook": every sheet (ExcelApi 1.9); "sheets": the sheets that existed when watching began, plus sheets added or deleted (ExcelApi 1.7); "none": no events (the pane re-reads fingerprints on focus and before acting). */
  readonly kind: "workbook" | "sheets" | "none";
  /** Removes the handlers. */
  stop(): Promise<void>;
}

export interface ValidationReport {
  /** The workbook state this report was computed from. */
  readonly source: ResultSource;
  readonly findings: readonly Finding[];
  /** Formulas typed over (each has a restore fix in `fixes`). */
  readonly overwritten: readonly OverwrittenFormula[];
  /** Every fix on offer, from findings (e.g. text "88,25" → 88.25) and overwritten formulas. */
  readonly fixes: readonly CellFix[];
  /** The whole evaluation (units, ranks, ties) of what was read. */
  readonly result: ClusterResult;
  /** Chấm điểm rows whose criterion code (column A) is not the template's: rows were moved or typed over. */
  readonly codeMismatches?: readonly { readonly cell: string; readonly expected: string; readonly found: string | number | boolean | null }[];
}

export interface RankingReport {
  /** The workbook state the ranking was computed from (scores, units, template; not the Xếp hạng sheet it may rewrite). */
  readonly source: ResultSource;
  readonly result: ClusterResult;
  /** Sheet the ranking lives on (after "keep both" renames). */
  readonly sheet: string;
  readonly write: WriteResult;
}

export interface UndoInfo {
  /** What the last operation was, e.g. "Chèn mẫu" / "Sửa 3 ô". */
  readonly label: Message;
  /** ISO time of the operation. */
  readonly at: string;
  readonly cells: number;
  /** Visible sheets the operation created, which undo deletes; absent when there are none (or an older journal does not say). */
  readonly createdSheets?: readonly string[];
  /** What undo cannot bring back (e.g. formats of sheets replaced by insert), to show beside the undo button. */
  readonly note?: Message;
  /** Cells the operation wrote that were changed since: undo keeps them unless the user chooses to put them back. */
  readonly changed?: readonly ChangedCell[];
  /** Cells undo still puts back (those holding what ThiDua wrote); absent when the journal cannot say (older journals). */
  readonly restorable?: number;
  /**
   * What was typed since into the sheets undo deletes or replaces (insert), absent when nothing was: `count`
   * scores (of `units`), `other` further input cells (unit names, meeting details); undoLast's discard counts both.
   */
  readonly typedScores?: { readonly count: number; readonly units: readonly string[]; readonly sheets: readonly string[]; readonly other?: number };
}

/** A cell ThiDua wrote that has been changed since: undo keeps it unless the user chooses to put it back. */
export interface ChangedCell {
  readonly sheet: string;
  readonly cell: string;
  readonly unit?: string;
  readonly criterion?: string;
  /** What the cell holds now. */
  readonly now: string | number | boolean;
  /** What ThiDua wrote there. */
  readonly wrote: string | number | boolean;
  /** What undo would put back. */
  readonly was: string | number | boolean;
}

/** A score (unit, criterion, column) or another input (label) typed since into a sheet undo deletes or replaces. */
export interface TypedScore {
  readonly sheet: string;
  readonly cell: string;
  readonly unit?: string;
  readonly criterion?: string;
  readonly column?: "self" | "cluster";
  /** For an input cell that is not a score: the caption of its row (e.g. "Chủ trì"). */
  readonly label?: string;
  readonly value: string | number | boolean;
}

/** What the user chose in the undo confirmation. */
export interface UndoChoice {
  /** Cells changed since that the user chose to put back anyway (exactly those listed to them). */
  readonly putBack?: readonly { readonly sheet: string; readonly cell: string }[];
  /**
   * Scores typed into sheets undo deletes or replaces: "copy" (the default) keeps them on a new sheet;
   * { discard: n } deletes them — refused when more than the n the user was shown are there now.
   */
  readonly typedScores?: "copy" | { readonly discard: number };
}

export interface ExcelActions extends HistoryImportActions {
  /** One read: sheet names and the ThiDua workbook, if any. */
  readWorkbook(): Promise<WorkbookState>;
  /** Dry run of insert: writes nothing. */
  previewInsert(request: InsertRequest): Promise<InsertPreview>;
  /** Writes the template workbook. With clashes, `choice` is required (otherwise rejects with a clash error). */
  insert(request: InsertRequest, choice?: ClashChoice): Promise<WriteResult>;
  /** Reads the whole grid in one read and validates it with the domain. Writes nothing. */
  validate(): Promise<ValidationReport>;
  /** Selects (and scrolls to) a cell, e.g. when a finding is clicked. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Applies confirmed fixes (undoable as one operation). */
  applyFixes(fixes: readonly CellFix[]): Promise<WriteResult>;
  /** Marks bad cells in the sheet (pane-owned conditional formats); replaces earlier marks. User formatting is untouched. */
  showHighlights(cells: readonly { sheet: string; cell: string; severity: "error" | "warning" }[]): Promise<void>;
  /** Removes every mark the pane added, and only those. */
  clearHighlights(): Promise<void>;
  /** Builds or refreshes the ranking tab (formulas), then evaluates the cluster for the pane's summary. */
  rank(): Promise<RankingReport>;
  /** The last undoable operation, or null. */
  lastUndo(): Promise<UndoInfo | null>;
  /**
   * Puts back what the last operation overwrote (values, formulas; removes sheets it created), only in cells
   * that still hold what it wrote; cells changed since are kept unless listed in `choice.putBack`. Scores
   * typed into sheets it deletes or replaces are copied to a new sheet unless `choice.typedScores` discards them.
   */
  undoLast(choice?: UndoChoice): Promise<WriteResult>;
  /**
   * One read: the cluster as the self-score merge needs it (readCluster over the open workbook: template,
   * cluster, period, units, entries, self cells) plus the merge log (hidden sheet _ThiDuaGop). Writes nothing.
   * Rejects with ActionError "notThiDua" when the workbook has no ThiDua sheets.
   */
  readMergeCluster(): Promise<MergeCluster>;
  /**
   * Writes the planned Tự chấm cells (Chấm điểm self columns only: rejects with ActionError "invalid" naming
   * the cell and why for any other cell, before writing anything) and appends `log` to _ThiDuaGop (created
   * hidden if missing). Undoable as one operation.
   */
  applySelfScores(changes: readonly MergeChange[], log: readonly MergeLogRecord[]): Promise<WriteResult>;
  /** One read: the current fingerprint of each scope (null when the workbook no longer has the ThiDua sheets). Writes nothing. */
  fingerprints(scopes: readonly FingerprintScope[]): Promise<Partial<Record<FingerprintScope, string | null>>>;
  /** Calls `onChange` when Excel reports a change of cells or sheets (events where the API set allows). */
  watchChanges(onChange: (what: ChangeKind) => void): Promise<ChangeWatch>;
  /** The meeting details typed into the Tổng hợp sheet's input cells of the current set (empty texts when none). */
  readMeeting(): Promise<MeetingCells>;
  /** Writes the meeting details to the Tổng hợp input cells as text (undoable); unchanged cells are not written. */
  writeMeeting(values: MeetingCells): Promise<WriteResult>;
  /** Inserts a Thiết kế tiêu chí sheet (empty or a copy); an existing one is kept: rejects ("clash") unless `choice` is "keepBoth". Undoable. */
  insertDesign(start: DesignStart, choice?: "keepBoth"): Promise<WriteResult>;
  /** Reads the design sheet (the active sheet if it is one, else Thiết kế tiêu chí) into a template with its findings. Writes nothing. */
  readDesign(): Promise<DesignCheck>;
  /** Reads the table pasted into the active sheet into a proposed template with its findings. Writes nothing. */
  readPastedTable(): Promise<TableProposal>;
}

/**
 * The Tổng hợp sheet's meeting input cells as text, by meeting field (src/domain/meeting/fields.ts), and the
 * tone-mark style of the documents saved with them (toneStyleRecord.ts; absent when none was saved).
 */
export type MeetingCells = Readonly<Partial<Record<MeetingField, string>>> & { readonly toneStyle?: ToneStyle };

/** A failed action, with a message for the user in both languages. */
export class ActionError extends Error {
  constructor(
    readonly userMessage: Message,
    readonly kind: "clash" | "notThiDua" | "protected" | "busy" | "office" | "invalid",
    options?: { cause?: unknown },
  ) {
    super(userMessage.id, options);
    this.name = "ActionError";
  }
}
