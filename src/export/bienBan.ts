/**
 * The biên bản (minutes) of the cluster's review meeting as a .docx, laid out after Decree
 * 30/2020/NĐ-CP (Nghị định về công tác văn thư), Appendix I: A4 portrait; Times New Roman;
 * margins top/bottom 20 mm, left 30 mm, right 15 mm; the issuing body (left) beside the national
 * motto (right) in a borderless two-column table, each with its rule below; the place-and-date line in
 * italics; the title BIÊN BẢN with the meeting's subject; then the body (14 pt), the ranking table
 * (13 pt) and the signature blocks THƯ KÝ / CHỦ TRÌ. Always Vietnamese (a document sent upward).
 * Text comes from the catalogue (section "export.doc."); everything is written NFC, as entered.
 * See docs/export.md.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from "docx";
import { formatNumber } from "../messages/format";
import { message, render, type Params } from "../messages/message";
import type { exportTexts } from "../messages/exportTexts";
import { wb } from "../workbook/text";
import type { ClusterSummary } from "./clusterSummary";

type DocTextId = Extract<keyof typeof exportTexts, `doc.${string}`>;
const tx = (id: DocTextId, params: Params = {}) => render(message(`export.${id}`, params), "vi-VN").normalize("NFC");

/** Page and type, in the units docx uses (twips: 1/20 pt = 1/1440 inch; half-points for sizes). */
export const PAGE = {
  width: 11906, // 210 mm
  height: 16838, // 297 mm
  margin: { top: 1134, bottom: 1134, left: 1701, right: 851 }, // 20, 20, 30, 15 mm
  font: "Times New Roman",
  bodySize: 28, // 14 pt
  tableSize: 26, // 13 pt
  headerSize: 26, // 13 pt: issuing body and the first motto line
} as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000" };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}
const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text: text.normalize("NFC"), bold: s.bold, italics: s.italics, size: s.size, ...(s.underline ? { underline: {} } : {}) });

function para(
  children: ParagraphChild[] | string,
  o: { align?: "center" | "left" | "right" | "both"; indentFirst?: boolean; after?: number; before?: number; style?: RunStyle; keepNext?: boolean } = {},
) {
  const kids = typeof children === "string" ? [run(children, o.style)] : children;
  const align = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED }[o.align ?? "both"];
  return new Paragraph({
    children: kids,
    alignment: align,
    spacing: { after: o.after ?? 60, before: o.before ?? 0, line: 276 },
    ...(o.indentFirst ? { indent: { firstLine: 567 } } : {}),
    ...(o.keepNext ? { keepNext: true } : {}),
  });
}

/** A short centred rule: an empty paragraph with a bottom border, indented from both sides. */
function rule(widthTwips: number, cellWidth: number) {
  const side = Math.max(0, Math.round((cellWidth - widthTwips) / 2));
  return new Paragraph({ children: [], border: { bottom: LINE }, indent: { left: side, right: side }, spacing: { after: 120 } });
}

const cell = (children: Paragraph[], width: number, o: { borders?: boolean } = {}) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: o.borders === false ? VerticalAlign.TOP : VerticalAlign.CENTER,
    ...(o.borders === false ? { borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } } : {}),
    margins: { left: 60, right: 60 },
  });

const orBlank = (s: string | undefined) => (s !== undefined && s.trim() !== "" ? s.trim() : tx("doc.blank"));

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

/** dd/mm/yyyy for the body text. */
function shortDate(isoDate: string | undefined): string {
  const m = isoDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : tx("doc.blank");
}

function headerBlock(s: ClusterSummary): Table {
  const left = 3354;
  const right = CONTENT_WIDTH - left;
  const mt = s.meeting;
  const body = (mt.issuingBody ?? s.clusterName).toLocaleUpperCase("vi-VN");
  const leftParas = [
    ...(mt.parentBody ? [para(mt.parentBody.toLocaleUpperCase("vi-VN"), { align: "center", after: 0, style: { size: PAGE.headerSize } })] : []),
    para(body || tx("doc.blank"), { align: "center", after: 0, style: { bold: true, size: PAGE.headerSize } }),
    rule(1300, left),
    para(tx("doc.number", { number: mt.number ?? tx("doc.numberBlank") }), { align: "center", after: 0, style: { size: PAGE.headerSize } }),
  ];
  const rightParas = [
    para(tx("doc.motto1"), { align: "center", after: 0, style: { bold: true, size: PAGE.headerSize } }),
    para([run(tx("doc.motto2"), { bold: true, underline: true, size: PAGE.bodySize })], { align: "center", after: 120 }),
    para(dateLine(mt.place, mt.date), { align: "center", after: 0, style: { italics: true, size: PAGE.bodySize } }),
  ];
  return new Table({
    rows: [new TableRow({ children: [cell(leftParas, left, { borders: false }), cell(rightParas, right, { borders: false })] })],
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

/** The ranking table of the biên bản: the summary's columns up to Xếp loại (eligibility and awards follow in words). */
export function documentTableColumns(s: ClusterSummary): number[] {
  const header = s.table[0]!;
  const skip = new Set([wb("head.eligible"), wb("head.award")]);
  return header.map((_, i) => i).filter((i) => !skip.has(String(header[i])));
}

function rankingTable(s: ClusterSummary): Table {
  const cols = documentTableColumns(s);
  const header = s.table[0]!;
  const unitIndex = header.indexOf(wb("head.unit"));
  const bandIndex = header.indexOf(wb("head.band"));
  const widthOf = (i: number) => (i === 0 ? 700 : i === bandIndex ? 1400 : i === unitIndex ? 0 : 850);
  const fixed = cols.reduce((a, i) => a + widthOf(i), 0);
  const widths = cols.map((i) => (i === unitIndex ? CONTENT_WIDTH - fixed : widthOf(i)));
  const size = PAGE.tableSize;
  const cellText = (v: string | number, bold: boolean, align: "center" | "left" | "right") =>
    para([run(typeof v === "number" ? formatNumber(v, "vi-VN") : v, { bold, size })], { align, after: 0 });
  const rows = s.table.map(
    (row, r) =>
      new TableRow({
        tableHeader: r === 0,
        children: cols.map((i, k) => {
          const v = row[i]!;
          const align = r === 0 ? "center" : i === unitIndex || i === bandIndex ? "left" : typeof v === "number" ? "right" : "center";
          return cell([cellText(v, r === 0, align)], widths[k]!);
        }),
      }),
  );
  return new Table({ rows, width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED });
}

function signatures(s: ClusterSummary): Table {
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

/** "2025" → "2026"; any other period text → "tới" (next). */
function nextPeriod(period: string): string {
  return /^\d{4}$/.test(period.trim()) ? String(Number(period.trim()) + 1) : "tới";
}

function bodyParagraphs(s: ClusterSummary): Paragraph[] {
  const mt = s.meeting;
  const p = (t: string, o: Parameters<typeof para>[1] = {}) => para(t, { indentFirst: true, ...o });
  const heading = (t: string) => para(t, { before: 120, style: { bold: true } });
  const withTitle = (name: string | undefined, title: string | undefined) => ({ name: orBlank(name), title: title ? ` – ${title}` : "" });
  const out: Paragraph[] = [
    heading(tx("doc.section.opening")),
    p(tx("doc.time", { time: orBlank(mt.startTime), date: shortDate(mt.date) })),
    p(tx("doc.venue", { venue: orBlank(mt.venue) })),
    p(tx("doc.chair", withTitle(mt.chair, mt.chairTitle))),
    p(tx("doc.secretary", withTitle(mt.secretary, mt.secretaryTitle))),
    p(tx("doc.attendees")),
    ...(mt.attendees && mt.attendees.length > 0 ? mt.attendees.map((a) => p(`- ${a}`)) : [p(`- ${tx("doc.blank")}`)]),
    ...(mt.absent && mt.absent.length > 0 ? [p(tx("doc.absent")), ...mt.absent.map((a) => p(`- ${a}`))] : []),
    heading(tx("doc.section.contents")),
    p(tx("doc.contentsIntro", { template: s.templateTitle })),
    p(tx("doc.tableTitle"), { style: { bold: true } }),
  ];
  return out;
}

function afterTable(s: ClusterSummary): Paragraph[] {
  const mt = s.meeting;
  const p = (t: string, o: Parameters<typeof para>[1] = {}) => para(t, { indentFirst: true, ...o });
  const v = mt.votes ?? {};
  const n = (x: number | undefined) => (x === undefined ? tx("doc.blank") : formatNumber(x, "vi-VN"));
  const pct = v.agree !== undefined && v.present ? ` (${formatNumber(Math.round((1000 * v.agree) / v.present) / 10, "vi-VN")}%)` : "";
  const out: Paragraph[] = [
    p(tx("doc.voteTitle"), { before: 120, style: { bold: true } }),
    p(tx("doc.voteLine", { present: n(v.present), agree: n(v.agree), agreePct: pct, disagree: n(v.disagree), abstain: n(v.abstain) })),
    p(tx("doc.awardsTitle"), { style: { bold: true } }),
  ];
  for (const a of s.awards) {
    out.push(p(`- ${tx("doc.awardLine", { award: a.title, quota: a.quota, units: a.proposed.length ? a.proposed.join(", ") : tx("doc.none") })}`));
    if (a.vote) out.push(p(`- ${tx("doc.awardVote", { award: a.title, units: a.vote.units.join(", "), slots: a.vote.slots })}`));
  }
  if (s.ineligible.length > 0) {
    out.push(p(tx("doc.ineligibleTitle")));
    for (const u of s.ineligible) out.push(p(`- ${tx("doc.ineligibleLine", { unit: u.unit, reason: u.reason })}`));
  }
  out.push(
    p(tx("doc.leadersTitle", { next: nextPeriod(s.period) }), { style: { bold: true } }),
    p(`- ${tx("doc.head", { name: orBlank(mt.nextHead) })}`),
    p(`- ${tx("doc.deputy", { name: orBlank(mt.nextDeputy) })}`),
  );
  if (mt.notes) {
    out.push(p(tx("doc.notesTitle"), { style: { bold: true } }));
    for (const line of mt.notes.split(/\r?\n/).filter((l) => l.trim() !== "")) out.push(p(line.trim()));
  }
  out.push(p(tx("doc.closing", { time: orBlank(mt.endTime) }), { before: 120, after: 240, keepNext: true }));
  return out;
}

export function bienBanDocument(s: ClusterSummary): Document {
  const subject = tx("doc.subject", { period: s.period || tx("doc.blank"), cluster: s.clusterName || tx("doc.blank") });
  return new Document({
    creator: "ThiDua",
    title: `${tx("doc.title")} – ${subject}`,
    styles: { default: { document: { run: { font: PAGE.font, size: PAGE.bodySize } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...PAGE.margin, header: 720, footer: 720, gutter: 0 } } },
        children: [
          headerBlock(s),
          para(tx("doc.title"), { align: "center", before: 360, after: 0, style: { bold: true } }),
          para(subject, { align: "center", after: 0, style: { bold: true } }),
          rule(2000, CONTENT_WIDTH),
          ...bodyParagraphs(s),
          rankingTable(s),
          ...afterTable(s),
          signatures(s),
        ],
      },
    ],
  });
}

/** The .docx bytes (works in Node and in the browser). */
export async function bienBanDocx(s: ClusterSummary): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(bienBanDocument(s)));
}
