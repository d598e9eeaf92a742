/** The pane's import of earlier periods' results into Lịch sử (historyImport.ts): what it would do, before it does it. */
import type { EarlierImport, KeptTyped } from "../../domain/history/importEarlier";
import type { HistoryMatch } from "../../domain/history/matchPeriods";
import type { WriteResult } from "./types";

export type { EarlierImport, KeptTyped } from "../../domain/history/importEarlier";

export interface HistoryImportPreview {
  /** This period's units (Đơn vị), the ones an unmatched result can be mapped to. */
  readonly units: readonly string[];
  /** Lịch sử's periods after the import, most recent first. */
  readonly periods: readonly string[];
  /** Imported periods that fill at least one unit. */
  readonly filled: readonly string[];
  /** Units whose typed result differs from the file's: the typed one stays. */
  readonly kept: readonly KeptTyped[];
  /** Imported periods without room on the sheet (typed periods keep theirs). */
  readonly dropped: readonly string[];
  /** Units matched through an earlier name, and results no unit matches (with a near name). */
  readonly renamed: HistoryMatch["renamed"];
  readonly unmatched: HistoryMatch["unmatched"];
  /** The workbook has no Lịch sử sheet yet: the import adds it (and Tổng hợp's last-period columns). */
  readonly createsSheet: boolean;
  /** The room of Lịch sử, in periods. */
  readonly room: number;
  /** This workbook's own period (Đơn vị's period), to warn when a file is of the same period. */
  readonly current: string;
}

export interface HistoryImportActions {
  /** One read of the ThiDua workbook (with Lịch sử): what importing `earlier` would write. Writes nothing. */
  previewHistoryImport(earlier: EarlierImport): Promise<HistoryImportPreview>;
  /**
   * Writes the import into Lịch sử by inserting the workbook's own template again over it ("replace", the insert's
   * carry: scores, meeting details and what is typed on Lịch sử are kept), so it is one undoable operation.
   */
  importHistory(earlier: EarlierImport): Promise<WriteResult>;
}
