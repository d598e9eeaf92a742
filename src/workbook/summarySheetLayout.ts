/** Where everything sits on the Tổng hợp sheet (docs/export.md): the table, the blocks below it, the input cells. */
import type { Template } from "../domain/template/model";
import { MEETING_FIELDS, type MeetingField, SUCCESSION_FIELDS } from "../domain/meeting/fields";

/** Meeting fields with an input cell in Tổng hợp's meeting block, in display order: all but next year's head and deputy (a block of their own). */
export type SummaryMeetingField = Exclude<MeetingField, (typeof SUCCESSION_FIELDS)[number]>;
export const SUMMARY_MEETING_FIELDS: readonly SummaryMeetingField[] = MEETING_FIELDS.filter(
  (f): f is SummaryMeetingField => !(SUCCESSION_FIELDS as readonly string[]).includes(f),
);

export interface SummaryLayout {
  readonly unitCount: number;
  /** Table columns (1-based). `percent` only when rankBy is percentOfOwnMax. */
  readonly cols: {
    readonly stt: number;
    readonly unit: number;
    readonly self: number;
    readonly scored: number;
    readonly bonus: number;
    readonly penalty: number;
    readonly total: number;
    readonly percent: number | null;
    readonly rank: number;
    readonly band: number;
    readonly award: number;
    /** Only in workbooks with a Lịch sử sheet: last period's total and rank, and the places gained (+) or lost (−). */
    readonly previous: { readonly total: number; readonly rank: number; readonly change: number } | null;
  };
  /** Last column of the printed part (the award column, or the change since last period). */
  readonly lastCol: number;
  readonly clusterRow: number;
  readonly periodRow: number;
  readonly headerRow: number;
  /** Row of line k (1-based) of the rank-ordered table; also row of unit u+1 in the per-unit helper column. */
  line(k: number): number;
  /** Helper columns to the right of the printed part. */
  readonly helpers: {
    readonly reasonByUnit: number;
    readonly ineligibleCount: number;
    readonly reasonByLine: number;
    /** Per award rule (template order): outcome on that line, the running list of proposed units, of units to vote on. */
    readonly awards: readonly { readonly outcome: number; readonly proposed: number; readonly vote: number }[];
  };
  /** Per award rule: the title/quota row, the proposed row, the vote row (text in column `valueCol`). */
  readonly awardRows: readonly { readonly title: number; readonly proposed: number; readonly vote: number }[];
  readonly awardsTitleRow: number;
  readonly ineligibleTitleRow: number;
  /** Row of the j-th ineligible unit (1-based, up to max(unitCount, 1)). */
  ineligibleRow(j: number): number;
  readonly leadersTitleRow: number;
  readonly headRow: number;
  readonly deputyRow: number;
  readonly meetingTitleRow: number;
  /** Input row of a meeting field. */
  meetingRow(field: SummaryMeetingField): number;
  /** Column of labels in the blocks below the table, and of their values / input cells (merged to lastCol). */
  readonly labelCol: number;
  readonly valueCol: number;
}

/** `withHistory`: the workbook has a Lịch sử sheet (the table then ends with last period's columns). */
export function summarySheetLayout(t: Template, unitCount: number, withHistory = false): SummaryLayout {
  const n = unitCount;
  const percent = t.rankBy === "percentOfOwnMax";
  const rank = percent ? 9 : 8;
  const award = rank + 2;
  const previous = withHistory ? { total: award + 1, rank: award + 2, change: award + 3 } : null;
  const cols = { stt: 1, unit: 2, self: 3, scored: 4, bonus: 5, penalty: 6, total: 7, percent: percent ? 8 : null, rank, band: rank + 1, award, previous };
  const lastCol = previous ? previous.change : cols.award;
  const h0 = lastCol + 2;
  const headerRow = 5;
  const awardsTitleRow = headerRow + n + 2;
  const awardRows = t.awards.map((_, k) => ({ title: awardsTitleRow + 1 + 3 * k, proposed: awardsTitleRow + 2 + 3 * k, vote: awardsTitleRow + 3 + 3 * k }));
  const ineligibleTitleRow = awardsTitleRow + 3 * t.awards.length + 2;
  const ineligibleRows = Math.max(n, 1);
  const leadersTitleRow = ineligibleTitleRow + ineligibleRows + 2;
  const meetingTitleRow = leadersTitleRow + 4;
  return {
    unitCount: n,
    cols,
    lastCol,
    clusterRow: 2,
    periodRow: 3,
    headerRow,
    line: (k) => headerRow + k,
    helpers: {
      reasonByUnit: h0,
      ineligibleCount: h0 + 1,
      reasonByLine: h0 + 2,
      awards: t.awards.map((_, k) => ({ outcome: h0 + 3 + 3 * k, proposed: h0 + 4 + 3 * k, vote: h0 + 5 + 3 * k })),
    },
    awardRows,
    awardsTitleRow,
    ineligibleTitleRow,
    ineligibleRow: (j) => ineligibleTitleRow + j,
    leadersTitleRow,
    headRow: leadersTitleRow + 1,
    deputyRow: leadersTitleRow + 2,
    meetingTitleRow,
    meetingRow: (f) => meetingTitleRow + 1 + SUMMARY_MEETING_FIELDS.indexOf(f),
    labelCol: 2,
    valueCol: 3,
  };
}
