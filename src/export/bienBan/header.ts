/**
 * The top of the biên bản (Decree 30/2020, Appendix I): the issuing body (and the body above it) on the left,
 * the national motto on the right, each with its rule; then Số, ký hiệu and the place-and-date line on one
 * line (the second row of the same borderless table). A long body name is set smaller and given more room.
 */
import { Table, TableLayoutType, TableRow, WidthType } from "docx";
import type { ClusterSummary } from "../clusterSummary";
import { CONTENT_WIDTH, NO_BORDERS, PAGE, cell, orBlank, para, rule, run, tx } from "./parts";

/** "Phú Thọ, ngày 05 tháng 01 năm 2026": day < 10 and months 1–2 get a leading zero (Decree 30, Appendix I). */
export function dateLine(place: string | undefined, isoDate: string | undefined): string {
  const m = isoDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) : null;
  const dots = "……";
  if (!m) return tx("doc.dateLine", { place: orBlank(place), day: dots, month: dots, year: dots });
  const day = Number(m[3]);
  const month = Number(m[2]);
  return tx("doc.dateLine", {
    place: orBlank(place),
    day: day < 10 ? `0${day}` : String(day),
    month: month < 3 ? `0${month}` : String(month),
    year: m[1]!,
  });
}

const NARROW_LEFT = 3354; // about 59 mm, the decree's usual issuing-body column
const WIDE_LEFT = Math.round(CONTENT_WIDTH * 0.45);

/** Size (half-points) and column width for the issuing body's names: 13 pt up to 60 characters, then 12, then 11 pt in a wider column. */
export function issuingBodyFit(names: readonly string[]): { size: number; left: number } {
  const longest = Math.max(0, ...names.map((n) => n.length));
  if (longest <= 60) return { size: PAGE.headerSize, left: NARROW_LEFT };
  if (longest <= 120) return { size: 24, left: WIDE_LEFT };
  return { size: 22, left: WIDE_LEFT };
}

export function headerBlock(s: ClusterSummary): Table {
  const mt = s.meeting;
  const parent = mt.parentBody ? mt.parentBody.toLocaleUpperCase("vi-VN") : null;
  const body = (mt.issuingBody ?? s.clusterName).toLocaleUpperCase("vi-VN") || tx("doc.blank");
  const { size, left } = issuingBodyFit([body, ...(parent ? [parent] : [])]);
  const right = CONTENT_WIDTH - left;
  const top = new TableRow({
    children: [
      cell(
        [
          ...(parent ? [para(parent, { align: "center", after: 0, style: { size } })] : []),
          para(body, { align: "center", after: 0, style: { bold: true, size } }),
          rule(1300, left),
        ],
        left,
        { borders: false },
      ),
      cell(
        [
          para(tx("doc.motto1"), { align: "center", after: 0, style: { bold: true, size: PAGE.headerSize } }),
          para([run(tx("doc.motto2"), { bold: true, underline: true, size: PAGE.bodySize })], { align: "center", after: 120 }),
        ],
        right,
        { borders: false },
      ),
    ],
  });
  // Số on the left and the date on the right share one line (Appendix I).
  const numberAndDate = new TableRow({
    cantSplit: true,
    children: [
      cell([para(tx("doc.number", { number: mt.number ?? tx("doc.numberBlank") }), { align: "center", after: 0, style: { size: PAGE.headerSize } })], left, { borders: false }),
      cell([para(dateLine(mt.place, mt.date), { align: "center", after: 0, style: { italics: true, size: PAGE.bodySize } })], right, { borders: false }),
    ],
  });
  return new Table({ rows: [top, numberAndDate], width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: [left, right], layout: TableLayoutType.FIXED, borders: NO_BORDERS });
}
