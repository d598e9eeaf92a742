/**
 * What the Tự chấm step needs from the open workbook, beyond ExcelActions (src/excel/actions/types.ts):
 * PROPOSED additions to ExcelActions (the lead owns that file). Until they exist, the shell passes an
 * object implementing this interface beside StepProps.
 */
import type { MergeChange, MergeCluster, MergeLogRecord } from "../../../domain/merge/types";
import type { WriteResult } from "../../../excel/actions/types";

export interface SelfScoringActions {
  /**
   * One read: the cluster as the merge needs it — readCluster over the open workbook (template, cluster,
   * period, units, entries, self cells) plus the merge log (hidden sheet _ThiDuaGop, see
   * src/xlsx/writeSelfScores.ts). Implemented with mergeClusterFromRead. Writes nothing.
   * Rejects with ActionError "notThiDua" when the workbook has no ThiDua sheets.
   */
  readMergeCluster(): Promise<MergeCluster>;
  /**
   * Writes the planned Tự chấm cells (Chấm điểm self columns only: rejects with ActionError "invalid" for any
   * other cell, before writing anything) and appends `log` to _ThiDuaGop (created hidden if missing); keeps an
   * undo record like applyFixes (one operation).
   */
  applySelfScores(changes: readonly MergeChange[], log: readonly MergeLogRecord[]): Promise<WriteResult>;
}
