/**
 * The cluster summary as a plain table (header row first, then one row per unit in rank order):
 * STT | Đơn vị | Tự chấm | Cụm chấm | Cộng | Trừ | Tổng | [% điểm tối đa] | Xếp hạng | Xếp loại | Đủ điều kiện | Đề nghị khen thưởng.
 * Numbers stay numbers (rounded to the template precision); texts are NFC. Pure: no I/O.
 */
import type { ClusterResult } from "../domain/cluster";
import { roundTo } from "../domain/round";
import { eligibilityLabel, UNCLASSIFIED, unitAwardLabel } from "../workbook/names";
import { wb } from "../workbook/text";

/** One cell of an exported table: a number (written with the chosen decimal mark) or text. */
export type SummaryCell = string | number;
export type SummaryRow = readonly SummaryCell[];

/** Column headers of the summary, from the workbook's catalogue section ("wb."). */
export function summaryHeader(percent: boolean): string[] {
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
  ].map((h) => h.normalize("NFC"));
}

/** Header row, then the units in the domain's rank order (`result.order`). */
export function summaryRows(result: ClusterResult): SummaryCell[][] {
  const p = result.template.precision;
  const percent = result.template.rankBy === "percentOfOwnMax";
  const num = (v: number) => roundTo(v, p);
  const rows: SummaryCell[][] = [summaryHeader(percent)];
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
    ]);
  });
  return rows;
}
