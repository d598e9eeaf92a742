/**
 * The cluster summary as a small .xlsx of VALUES (no formulas): title, cluster and period, the ranking
 * table (the same columns and header texts as the CSV, docs/export-csv.md), award proposals per award
 * rule, ineligible units and next year's head/deputy. Texts are NFC, and a text Excel could take for a
 * formula (=, +, -, @, tab, CR first) gets the same leading ' as in the CSV (csv.ts NEEDS_PREFIX).
 * Ready to print (./summaryPrint.ts): one font, numbers as in the biên bản, A4 landscape one page wide, header and footer.
 */
import ExcelJS from "exceljs";
import { message, render, type Params } from "../messages/message";
import type { exportTexts } from "../messages/exportTexts";
import { wb } from "../workbook/text";
import type { ClusterSummary } from "./clusterSummary";
import { NEEDS_PREFIX } from "./csv";
import type { SummaryCell } from "./summaryTable";
import { fitUnitColumn, numberFormatFor, oneFont, printSetup } from "./summaryPrint";
import { addCharts } from "../xlsx/chart/addCharts";
import type { ChartPlan } from "../workbook/plan";
import { CHART_PAGE_BREAK_AFTER, SUMMARY_CHART_ROWS, summaryChart } from "./summaryChart";

type XlsxTextId = Extract<keyof typeof exportTexts, `xlsx.${string}`>;
const tx = (id: XlsxTextId, params: Params = {}) => render(message(`export.${id}`, params), "vi-VN");

/** A text cell's content: NFC, with the ' prefix when it could run as a formula. */
export function safeText(text: string): string {
  const nfc = text.normalize("NFC");
  return NEEDS_PREFIX.test(nfc) ? `'${nfc}` : nfc;
}

const safe = (v: SummaryCell): string | number => (typeof v === "number" ? v : safeText(v));

/** The workbook, and the chart its .xlsx carries under the ranking table (rows kept free for it). */
export function summaryWorkbook(s: ClusterSummary, precision: number): { book: ExcelJS.Workbook; chart: ChartPlan | null } {
  const book = new ExcelJS.Workbook();
  book.creator = "ThiDua";
  const ws = book.addWorksheet(tx("xlsx.sheet"));
  const header = s.table[0]!;
  const width = header.length;
  const bold = { bold: true, name: "Times New Roman", size: 12 };
  const plain = { name: "Times New Roman", size: 12 };

  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = tx("xlsx.title");
  ws.getCell(1, 1).font = { ...bold, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: "center" };
  ws.getCell(2, 2).value = tx("xlsx.cluster");
  ws.getCell(2, 3).value = safeText(s.clusterName);
  ws.getCell(3, 2).value = tx("xlsx.period");
  ws.getCell(3, 3).value = safeText(s.period);

  const first = 5;
  s.table.forEach((row, r) => {
    row.forEach((v, c) => {
      const cell = ws.getCell(first + r, c + 1);
      cell.value = safe(v);
      cell.font = r === 0 ? bold : plain;
      cell.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } };
      cell.alignment = { vertical: "middle", wrapText: true, ...(r === 0 ? { horizontal: "center" } : {}) };
      if (r > 0 && typeof v === "number") cell.numFmt = c === 0 || header[c] === wb("head.rank") ? "0" : numberFormatFor(v, precision);
    });
  });
  let r = first + s.table.length + 1;
  const chart = summaryChart(s, ws.name, first, r);
  if (chart) {
    if (s.table.length - 1 > CHART_PAGE_BREAK_AFTER) ws.getRow(r - 1).addPageBreak();
    r += SUMMARY_CHART_ROWS + 2;
  }
  const line = (label: string, value: string, labelBold = false) => {
    ws.getCell(r, 2).value = label;
    ws.getCell(r, 2).font = labelBold ? bold : plain;
    if (value !== "") {
      ws.mergeCells(r, 3, r, width);
      ws.getCell(r, 3).value = safeText(value);
      ws.getCell(r, 3).alignment = { wrapText: true, vertical: "top" };
    }
    r++;
  };
  const title = (text: string) => {
    ws.getCell(r, 1).value = text;
    ws.getCell(r, 1).font = bold;
    r++;
  };
  title(tx("xlsx.awards"));
  for (const a of s.awards) {
    line(a.title, `${tx("xlsx.quota")}: ${a.quota}`, true);
    line(tx("xlsx.proposed"), a.proposed.length ? a.proposed.join(", ") : tx("xlsx.none"));
    line(tx("xlsx.vote"), a.vote ? tx("xlsx.voteSlots", { units: a.vote.units.join(", "), slots: a.vote.slots }) : tx("xlsx.none"));
  }
  r++;
  title(tx("xlsx.ineligible"));
  if (s.ineligible.length === 0) line(tx("xlsx.none"), "");
  for (const u of s.ineligible) line(safeText(u.unit), u.reason);
  r++;
  title(tx("xlsx.leaders"));
  line(tx("xlsx.head"), s.meeting.nextHead ?? "");
  line(tx("xlsx.deputy"), s.meeting.nextDeputy ?? "");

  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 30;
  for (let c = 3; c <= width; c++) ws.getColumn(c).width = 11;
  ws.getColumn(width).width = 28;
  fitUnitColumn(ws, header.indexOf(wb("head.unit")) + 1, first + 1, first + s.table.length - 1);
  oneFont(ws);
  printSetup(ws, s.clusterName, s.period, first);
  return { book, chart };
}

/** The .xlsx bytes. */
export async function summaryXlsx(s: ClusterSummary, precision: number): Promise<Uint8Array> {
  const { book, chart } = summaryWorkbook(s, precision);
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return addCharts(bytes, [{ name: book.worksheets[0]!.name, charts: chart ? [chart] : [] }]);
}
