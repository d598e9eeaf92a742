/**
 * Last period's total and rank and the places gained (+) or lost (−) since, as Xếp hạng (per unit) and Tổng hợp
 * (per line of the ranked list) show them beside this period's: read live from Lịch sử, blank where the unit has
 * no result there.
 */
import type { Template } from "../domain/template/model";
import { numberFormat } from "./formulas";
import { historyLayout } from "./historyLayout";
import { HISTORY_SHEET } from "./names";
import { columnLetter, sheetRef } from "./plan";
import { hist } from "./text";

export type PreviousField = "total" | "rank" | "change";

export interface PreviousColumn {
  readonly field: PreviousField;
  readonly head: string;
  /** The Lịch sử column it reads. */
  readonly source: number;
  readonly numFmt: string;
}

/** The three columns in their order: Tổng điểm kỳ trước, Hạng kỳ trước, Tăng/giảm bậc. */
export function previousColumns(t: Template, unitCount: number): readonly PreviousColumn[] {
  const H = historyLayout(t, unitCount);
  const last = H.cols.period(0);
  return [
    { field: "total", head: hist("head.prevTotal"), source: last.total, numFmt: numberFormat(t.precision) },
    { field: "rank", head: hist("head.prevRank"), source: last.rank, numFmt: "0" },
    { field: "change", head: hist("head.change"), source: H.cols.rankChange, numFmt: "+0;-0;0" },
  ];
}

/** Lịch sử's cells of one column over the units' rows, absolute and sheet-qualified. */
export function historyColumnRange(t: Template, unitCount: number, col: number): string {
  const H = historyLayout(t, unitCount);
  return `${sheetRef(HISTORY_SHEET)}$${columnLetter(col)}$${H.row(0)}:$${columnLetter(col)}$${H.row(unitCount - 1)}`;
}

/** Unit u's cell of one Lịch sử column (its rows are the units' order, like Xếp hạng's). */
export function historyUnitCell(t: Template, unitCount: number, col: number, u: number): string {
  return `${sheetRef(HISTORY_SHEET)}$${columnLetter(col)}$${historyLayout(t, unitCount).row(u)}`;
}

/** The value shown: the number read, or blank when the unit has no result (an empty or non-numeric cell). */
export function previousValue(ref: string): string {
  return `IF(ISNUMBER(${ref}),${ref},"")`;
}
