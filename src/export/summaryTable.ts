/**
 * The cluster summary as a plain table (header row first, then one row per unit in rank order):
 * STT | Đơn vị | Tự chấm | Cụm chấm | Cộng | Trừ | Tổng | [% điểm tối đa] | Xếp hạng | Xếp loại | Đủ điều kiện | Đề nghị khen thưởng
 * [| Tổng điểm kỳ trước | Hạng kỳ trước | Tăng/giảm bậc, when the units carry earlier results].
 * Numbers stay numbers (rounded to the template precision); texts are NFC. Pure: no I/O.
 */
import type { ClusterResult } from "../domain/cluster";
import { roundTo } from "../domain/round";
import { eligibilityLabel, UNCLASSIFIED, unitAwardLabel } from "../workbook/names";
import { hist, wb } from "../workbook/text";

/** One cell of an exported table: a number (written with the chosen decimal mark) or text. */
export type SummaryCell = string | number;
export type SummaryRow = readonly SummaryCell[];

/** Column headers of the summary, from the workbook's catalogue section ("wb."); `history`: last period's columns at the end (as Tổng hợp). */
export function summaryHeader(percent: boolean, history = false): string[] {
  return [
    wb("head.index"),
    wb("head.unit"),
    wb("head.self"),
    wb("head.clusterScore"),
    wb("head.bonus"),
    wb("head.penalty"),
    wb("head.totalShort"),
    ...(percent ? [wb("head.percent")] : []),
    wb("head.rank"),
    wb("head.band"),
    wb("head.eligible"),
    wb("head.award"),
    ...(history ? [hist("head.prevTotal"), hist("head.prevRank"), hist("head.change")] : []),
  ].map((h) => h.normalize("NFC"));
}

/** Header row, then the units in the domain's rank order (`result.order`). */
export function summaryRows(result: ClusterResult): SummaryCell[][] {
  const p = result.template.precision;
  const percent = result.template.rankBy === "percentOfOwnMax";
  const num = (v: number) => roundTo(v, p);
  const history = result.units.some((u) => u.history.length > 0);
  const rows: SummaryCell[][] = [summaryHeader(percent, history)];
  result.order.forEach((i, position) => {
    const u = result.units[i]!;
    rows.push([
      position + 1,
      u.name.normalize("NFC"),
      num(u.self.total),
      num(u.final.scored),
      num(u.final.bonus),
      num(u.final.penalty),
      num(u.final.total),
      // More decimals where that is what separates two units showing the same rounded % (like Tổng hợp).
      ...(percent ? [roundTo(u.exactValue, u.shownDecimals)] : []),
      u.rank,
      (u.band === null || u.band === "" ? UNCLASSIFIED : u.band).normalize("NFC"),
      eligibilityLabel(u),
      unitAwardLabel(u).normalize("NFC"),
      ...(history ? previousCells(u, p) : []),
    ]);
  });
  return rows;
}

/** Last period's total and rank and the places gained (+) or lost (−), blank where there is no result (as Tổng hợp). */
function previousCells(u: ClusterResult["units"][number], precision: number): SummaryCell[] {
  const last = u.history[0];
  const total = last?.total ?? null;
  const rank = last?.rank ?? null;
  return [total === null ? "" : roundTo(total, precision), rank === null ? "" : rank, rank === null ? "" : rank - u.rank];
}
