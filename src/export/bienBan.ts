/**
 * The biên bản (minutes) of the cluster's review meeting as a .docx, laid out after Decree
 * 30/2020/NĐ-CP (Nghị định về công tác văn thư), Appendix I and Appendix III Mẫu 1.9: A4 portrait; Times New
 * Roman; margins top/bottom 20 mm, left 30 mm, right 15 mm; page numbers centred in the top margin from page 2;
 * the issuing body beside the national motto, Số on the line of the place and date (./header.ts); the title
 * BIÊN BẢN with the meeting's subject (tổng kết for a year, sơ kết for part of one: ./period.ts) and its rule
 * (1/3–1/2 of the line); the body (14 pt, 6 pt between paragraphs, headings kept with what follows), the
 * ranking table (13 pt, rows never split, header repeated), the closing line ending "./.", the signature
 * blocks THƯ KÝ / CHỦ TỌA and "Nơi nhận" (./closing.ts). Always Vietnamese (a document sent upward).
 * Text comes from the catalogue (section "export.doc."); everything is written NFC, as entered.
 * See docs/export.md.
 */
import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, Table, TableLayoutType, TableRow, TextRun, WidthType } from "docx";
import { formatNumber } from "../messages/format";
import { hist, wb } from "../workbook/text";
import type { ClusterSummary } from "./clusterSummary";
import { recipients, signatures } from "./bienBan/closing";
import { headerBlock } from "./bienBan/header";
import { CONTENT_WIDTH, PAGE, cell, orBlank, para, rule, run, tx } from "./bienBan/parts";
import { isMidYear, nextYear, periodPhrase } from "./bienBan/period";

export { dateLine } from "./bienBan/header";
export { PAGE, CONTENT_WIDTH } from "./bienBan/parts";

/** dd/mm/yyyy for the body text. */
function shortDate(isoDate: string | undefined): string {
  const m = isoDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : tx("doc.blank");
}

/** The ranking table of the biên bản: the summary's columns up to Xếp loại (eligibility and awards follow in words; last period's columns stay in the .xlsx and CSV). */
export function documentTableColumns(s: ClusterSummary): number[] {
  const header = s.table[0]!;
  const skip = new Set([wb("head.eligible"), wb("head.award"), hist("head.prevTotal"), hist("head.prevRank"), hist("head.change")]);
  return header.map((_, i) => i).filter((i) => !skip.has(String(header[i])));
}

function rankingTable(s: ClusterSummary): Table {
  const cols = documentTableColumns(s);
  const header = s.table[0]!;
  const unitIndex = header.indexOf(wb("head.unit"));
  const bandIndex = header.indexOf(wb("head.band"));
  // Numbers and their bold two-line headers ("Tự chấm", "Tổng") need about 14.5 mm; the unit names get the rest.
  const widthOf = (i: number) => (i === 0 ? 640 : i === bandIndex ? 1300 : i === unitIndex ? 0 : 820);
  const fixed = cols.reduce((a, i) => a + widthOf(i), 0);
  const widths = cols.map((i) => (i === unitIndex ? CONTENT_WIDTH - fixed : widthOf(i)));
  const size = PAGE.tableSize;
  const cellText = (v: string | number, bold: boolean, align: "center" | "left" | "right") =>
    para([run(typeof v === "number" ? formatNumber(v, "vi-VN") : v, { bold, size })], { align, after: 0 });
  const rows = s.table.map(
    (row, r) =>
      new TableRow({
        tableHeader: r === 0,
        cantSplit: true,
        children: cols.map((i, k) => {
          const v = row[i]!;
          const align = r === 0 ? "center" : i === unitIndex || i === bandIndex ? "left" : typeof v === "number" ? "right" : "center";
          return cell([cellText(v, r === 0, align)], widths[k]!);
        }),
      }),
  );
  return new Table({ rows, width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED });
}

function bodyParagraphs(s: ClusterSummary): Paragraph[] {
  const mt = s.meeting;
  const p = (t: string, o: Parameters<typeof para>[1] = {}) => para(t, { indentFirst: true, ...o });
  const heading = (t: string) => para(t, { before: 120, style: { bold: true }, keepNext: true });
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
    p(tx("doc.tableTitle"), { style: { bold: true }, keepNext: true }),
  ];
  return out;
}

type P = (t: string, o?: Parameters<typeof para>[1]) => Paragraph;

function voteSection(s: ClusterSummary, p: P): Paragraph[] {
  const v = s.meeting.votes ?? {};
  const n = (x: number | undefined) => (x === undefined ? tx("doc.blank") : formatNumber(x, "vi-VN"));
  const pct = v.agree !== undefined && v.present ? ` (${formatNumber(Math.round((1000 * v.agree) / v.present) / 10, "vi-VN")}%)` : "";
  return [
    p(tx("doc.voteTitle"), { before: 120, style: { bold: true }, keepNext: true }),
    p(tx("doc.voteLine", { present: n(v.present), agree: n(v.agree), agreePct: pct, disagree: n(v.disagree), abstain: n(v.abstain) })),
  ];
}

/** Tổng kết only: award proposals (with ineligible units) and the next head and deputy. */
function awardsAndLeaders(s: ClusterSummary, p: P): Paragraph[] {
  const out: Paragraph[] = [p(tx("doc.awardsTitle"), { style: { bold: true }, keepNext: true })];
  for (const a of s.awards) {
    out.push(p(`- ${tx("doc.awardLine", { award: a.title, quota: a.quota, units: a.proposed.length ? a.proposed.join(", ") : tx("doc.none") })}`));
    if (a.vote) out.push(p(`- ${tx("doc.awardVote", { award: a.title, units: a.vote.units.join(", "), slots: a.vote.slots })}`));
  }
  if (s.ineligible.length > 0) {
    out.push(p(tx("doc.ineligibleTitle"), { keepNext: true }));
    for (const u of s.ineligible) out.push(p(`- ${tx("doc.ineligibleLine", { unit: u.unit, reason: u.reason })}`));
  }
  out.push(
    p(tx("doc.leadersTitle", { next: nextYear(s.period) }), { style: { bold: true }, keepNext: true }),
    p(`- ${tx("doc.head", { name: orBlank(s.meeting.nextHead) })}`),
    p(`- ${tx("doc.deputy", { name: orBlank(s.meeting.nextDeputy) })}`),
  );
  return out;
}

/**
 * After the table: the vote; for a tổng kết the awards and the next head/deputy (a sơ kết of part of a year
 * proposes no awards and elects nobody); other remarks; the closing line.
 */
function afterTable(s: ClusterSummary): Paragraph[] {
  const mt = s.meeting;
  const p: P = (t, o = {}) => para(t, { indentFirst: true, ...o });
  const midYear = isMidYear(s.period);
  const out: Paragraph[] = [...voteSection(s, p), ...(midYear ? [] : awardsAndLeaders(s, p))];
  if (mt.notes) {
    out.push(p(tx(midYear ? "doc.notesTitleMidYear" : "doc.notesTitle"), { style: { bold: true }, keepNext: true }));
    for (const line of mt.notes.split(/\r?\n/).filter((l) => l.trim() !== "")) out.push(p(line.trim()));
  }
  out.push(p(tx("doc.closing", { time: orBlank(mt.endTime) }), { before: 120, after: 240, keepNext: true }));
  return out;
}

/** The meeting's subject: "Họp tổng kết … năm 2025 của …", or "Họp sơ kết … 6 tháng đầu năm 2025 của …". */
export function subjectLine(s: ClusterSummary): string {
  const params = { period: periodPhrase(s.period) || tx("doc.blank"), cluster: s.clusterName || tx("doc.blank") };
  return tx(isMidYear(s.period) ? "doc.subjectMidYear" : "doc.subject", params);
}

/** Appendix I: the rule under the trích yếu is 1/3 to 1/2 of its (longest) line: here 2/5 of an estimate of that line. */
export function subjectRuleWidth(subject: string): number {
  const perChar = 130; // twips per character of 14 pt bold Times New Roman, on average
  const line = Math.min(CONTENT_WIDTH, subject.length * perChar);
  return Math.round(line * 0.4);
}

/** The page number, centred in the top margin, on every page but the first (titlePage). */
function pageNumberHeader(): Header {
  return new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: PAGE.headerSize })] })] });
}

export function bienBanDocument(s: ClusterSummary): Document {
  const subject = subjectLine(s);
  return new Document({
    creator: "ThiDua",
    title: `${tx("doc.title")} – ${subject}`,
    styles: { default: { document: { run: { font: PAGE.font, size: PAGE.bodySize } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...PAGE.margin, header: 567, footer: 720, gutter: 0 } },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: [
          headerBlock(s),
          para(tx("doc.title"), { align: "center", before: 360, after: 0, style: { bold: true }, keepNext: true }),
          para(subject, { align: "center", after: 0, style: { bold: true }, keepNext: true }),
          rule(subjectRuleWidth(subject), CONTENT_WIDTH),
          ...bodyParagraphs(s),
          rankingTable(s),
          ...afterTable(s),
          signatures(s),
          ...recipients(s),
        ],
      },
    ],
  });
}

/** The .docx bytes (works in Node and in the browser). */
export async function bienBanDocx(s: ClusterSummary): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(bienBanDocument(s)));
}
