/**
 * Self-scoring handouts (bảng tự chấm điểm) as the merge sees them: pure data read from the unit's file
 * (src/xlsx/readHandoutFile.ts) and from the cluster workbook. No exceljs here.
 */
import type { Message } from "../../messages/message";
import type { EntryInput } from "../scoring/input";
import type { RawValue } from "../scoring/entryValue";
import type { Template } from "../template/model";
import type { Finding, Location } from "../validation/finding";

/** Format marker of a handout file's hidden meta sheet. */
export const HANDOUT_FORMAT = "thidua-handout";
export const HANDOUT_FORMAT_VERSION = 1;

/** The hidden meta sheet of a handout. */
export interface HandoutMeta {
  readonly format: string;
  readonly formatVersion: number;
  readonly templateId: string;
  readonly templateVersion: string;
  /** templateHash() of the template the file was generated from. */
  readonly templateHash: string;
  readonly clusterName: string;
  readonly period: string;
  readonly unitName: string;
  /** identityKey(unitName) when generated (informative: matching recomputes it from unitName). */
  readonly unitKey: string;
  /** Unique per generated file. */
  readonly fileId: string;
  /** ISO time of generation. */
  readonly generatedAt: string;
}

/** One criterion row of the handout's visible sheet, as found in the file (matched later by code). */
export interface HandoutRow {
  readonly row: number;
  readonly code: string;
  readonly title: string;
  readonly max: RawValue;
  /** The self score typed by the unit. */
  readonly self: RawValue;
  /** Evidence / notes typed by the unit (not merged into the cluster workbook). */
  readonly note: string;
  /** Address of the self-score cell ("F7"). */
  readonly selfCell: string;
}

export interface ParsedHandout {
  readonly file: string;
  /** The visible sheet's name. */
  readonly sheet: string;
  /** Row the first criterion was generated on (rows found elsewhere were moved). */
  readonly firstRow: number;
  readonly meta: HandoutMeta;
  readonly rows: readonly HandoutRow[];
  /** Where the unit name was read (the hidden meta sheet's cell), for findings about it. */
  readonly unitNameCell?: { readonly sheet: string; readonly cell: string };
}

/** A file that could not be read as a handout at all (not an .xlsx, damaged, meta sheet deleted…). */
export interface UnreadableHandout {
  readonly file: string;
  readonly unreadable: Message;
}

export type HandoutInput = ParsedHandout | UnreadableHandout;

export function isUnreadable(h: HandoutInput): h is UnreadableHandout {
  return "unreadable" in h;
}

/** One earlier merge, kept in the cluster workbook (hidden merge-log sheet). */
export interface MergeLogRecord {
  /** ISO time of the merge. */
  readonly at: string;
  readonly fileId: string;
  readonly unit: string;
  /** File name as given to the merge. */
  readonly file: string;
  /** mergeValuesHash of the values the file carried. */
  readonly valuesHash: string;
  readonly cells: number;
}

/** The cluster workbook as the merge needs it. */
export interface MergeCluster {
  readonly template: Template;
  readonly clusterName: string;
  readonly period: string;
  /** Unit names in column order. */
  readonly units: readonly string[];
  /** Current entries (readCluster): only their self values are used. */
  readonly entries: readonly EntryInput[];
  /** Where the self score of unit u (0-based) on a leaf is (sheet + cell). */
  readonly selfCell: (unitIndex: number, leafCode: string) => Location;
  readonly log: readonly MergeLogRecord[];
}

/** One cell the merge writes. */
export interface MergeChange {
  readonly unit: string;
  readonly unitIndex: number;
  readonly criterion: string;
  readonly leafIndex: number;
  /** The cluster's Tự chấm cell. */
  readonly where: Location;
  readonly old: RawValue;
  readonly value: string | number | boolean;
  /** The cell in the unit's file. */
  readonly source: Location;
  /** True when a different non-empty self score is replaced. */
  readonly overwrite: boolean;
}

export type FileStatus = "merge" | "unchanged" | "alreadyMerged" | "skipped";

export interface FileOutcome {
  readonly file: string;
  readonly status: FileStatus;
  /** The cluster's unit the file belongs to (when matched). */
  readonly unit?: string;
  readonly fileId?: string;
  /** Why a file is skipped. */
  readonly reason?: Message;
  readonly changes: number;
  /** Values typed in the file (non-empty self scores). */
  readonly values: number;
  /** Evidence notes typed in the file. */
  readonly notes: number;
  readonly valuesHash?: string;
}

export interface MergePlan {
  /** Every cell to write, by unit (cluster order) then criterion (template order). */
  readonly changes: readonly MergeChange[];
  readonly findings: readonly Finding[];
  /** One per input, in input order. */
  readonly files: readonly FileOutcome[];
  /** Records to append to the merge log when the changes are written. */
  readonly log: readonly MergeLogRecord[];
}
