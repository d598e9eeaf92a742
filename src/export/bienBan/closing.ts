/**
 * The end of the biên bản (Decree 30/2020, Appendix III, Mẫu 1.9): the signature blocks THƯ KÝ / CHỦ TỌA in one
 * row that never splits, then "Nơi nhận:" (12 pt bold italic) and its lines (11 pt), the last "- Lưu: VT, Hồ sơ.".
 */
import { Paragraph, Table, TableLayoutType, TableRow, WidthType } from "docx";
import type { ClusterSummary } from "../clusterSummary";
import { CONTENT_WIDTH, NO_BORDERS, cell, para, run, tx } from "./parts";

export const RECIPIENTS_TITLE_SIZE = 24; // 12 pt
export const RECIPIENTS_SIZE = 22; // 11 pt

export function signatures(s: ClusterSummary): Table {
  const half = Math.floor(CONTENT_WIDTH / 2);
  const block = (title: string, name: string | undefined) => [
    para(title, { align: "center", after: 0, style: { bold: true } }),
    para(tx("doc.signHint"), { align: "center", after: 1400, style: { italics: true } }),
    para(name && name.trim() ? name.trim() : "", { align: "center", after: 0, style: { bold: true } }),
  ];
  return new Table({
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell(block(tx("doc.secretarySign"), s.meeting.secretary), half, { borders: false }),
          cell(block(tx("doc.chairSign"), s.meeting.chair), CONTENT_WIDTH - half, { borders: false }),
        ],
      }),
    ],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, CONTENT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

/** "Nơi nhận:" and its lines: the cluster's units, the body above (to report to) when known, the archive. */
export function recipients(s: ClusterSummary): Paragraph[] {
  const line = (text: string, last = false) => para([run(text, { size: RECIPIENTS_SIZE })], { align: "left", after: 0, keepNext: !last });
  const above = s.meeting.parentBody?.trim();
  return [
    para([run(tx("doc.recipientsTitle"), { bold: true, italics: true, size: RECIPIENTS_TITLE_SIZE })], { align: "left", before: 240, after: 0, keepNext: true }),
    line(tx("doc.recipientUnits")),
    ...(above ? [line(tx("doc.recipientAbove", { body: above }))] : []),
    line(tx("doc.recipientArchive"), true),
  ];
}
