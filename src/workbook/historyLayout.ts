/**
 * Where the Lịch sử sheet (results of earlier periods) keeps everything; see docs/workbook-contract.md.
 * Row 1 the title, row 2 each period's label (typed), row 3 the headers, then one row per unit in the
 * order of Đơn vị. Columns: STT, Đơn vị, earlier names; per award rule that looks back, whether the unit
 * meets it (Có/Không), then its record; rank and total now and the change since last period; then one block
 * of four columns per earlier period, most recent first (Tổng điểm, Hạng, Xếp loại, Khen thưởng); last, the
 * history charts' data (totals, then ranks, oldest period first and this one last).
 * Everything before the period blocks depends on the template only, so Xếp hạng's formulas can name it.
 */
import { lookBackDepth } from "../domain/history/lookBack";
import type { Template } from "../domain/template/model";

export interface PeriodColumns {
  /** Also the column of the period's label on row 2. */
  readonly total: number;
  readonly rank: number;
  readonly band: number;
  readonly award: number;
}

export interface HistoryLayout {
  readonly titleRow: number;
  readonly labelRow: number;
  readonly headerRow: number;
  row(u: number): number;
  readonly unitCount: number;
  /** Number of earlier periods the sheet has room for. */
  readonly periods: number;
  readonly cols: {
    readonly stt: number;
    readonly unit: number;
    readonly aliases: number;
    /** Per award rule index (template order): the column saying whether the unit meets its look-back, or null when the rule does not look back. */
    readonly lookBack: readonly (number | null)[];
    /** The record (sum of the met look-backs' weights), only when some rule looks back. */
    readonly record: number | null;
    readonly rankNow: number;
    readonly totalNow: number;
    readonly rankChange: number;
    period(j: number): PeriodColumns;
    /** The history charts' data, oldest period first and this period last (p = 0…periods): totals, then ranks. */
    chartTotal(p: number): number;
    chartRank(p: number): number;
  };
}

/** The sheet has room for at least this many earlier periods (three years of history with this one). */
export const MIN_HISTORY_PERIODS = 2;

export function historyLayout(t: Template, unitCount: number): HistoryLayout {
  let next = 4;
  const lookBack = t.awards.map((a) => (a.previous ? next++ : null));
  const record = next > 4 ? next++ : null;
  const rankNow = next++;
  const totalNow = next++;
  const rankChange = next++;
  const first = next;
  const periods = Math.max(MIN_HISTORY_PERIODS, lookBackDepth(t.awards));
  const chart0 = first + 4 * periods + 1;
  return {
    titleRow: 1,
    labelRow: 2,
    headerRow: 3,
    row: (u) => 4 + u,
    unitCount,
    periods,
    cols: {
      stt: 1,
      unit: 2,
      aliases: 3,
      lookBack,
      record,
      rankNow,
      totalNow,
      rankChange,
      period: (j) => ({ total: first + 4 * j, rank: first + 4 * j + 1, band: first + 4 * j + 2, award: first + 4 * j + 3 }),
      chartTotal: (p) => chart0 + p,
      chartRank: (p) => chart0 + periods + 2 + p,
    },
  };
}

/** Whether the workbook has a Lịch sử sheet: the template has a rule that looks back, or earlier results were given. */
export function hasHistorySheet(t: Template, withHistory: boolean): boolean {
  return withHistory || t.awards.some((a) => a.previous !== undefined);
}
