/**
 * The consolidated roll-up as an .xlsx of values (docs/rollup.md, "Outputs"): sheet "Tổng hợp khối" (title,
 * period, the table of every unit: ./rollupTable.ts) and sheet "Chỉ tiêu" (per quota across clusters, its units
 * in order, within or beyond it). Texts NFC with the ' prefix for formula-like text (safeText); printed like the
 * summary .xlsx (one font, A4 landscape one page wide, header row repeated). Every text is in one tone-mark style.
 */
import ExcelJS from "exceljs";
import type { Rollup } from "../domain/rollup/types";
import { applyToneStyle, type ToneStyle } from "../domain/text/toneStyle";
import { quotaRows, rollupRows, rx } from "./rollupTable";
import type { SummaryCell } from "./summaryTable";
import { fitUnitColumn, numberFormatFor, oneFont, printSetup } from "./summaryPrint";
import { safeText } from "./summaryXlsx";

const BORDER = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } } as const;
const BOLD = { bold: true, name: "Times New Roman", size: 12 };
/** Totals and % are rounded by each cluster's template (at most 4 decimals where % separates two units). */
const MAX_DECIMALS = 4;

/** Writes `rows` (header first) from row `first`; returns the row after the table. */
function writeTable(ws: ExcelJS.Worksheet, rows: readonly (readonly SummaryCell[])[], first: number): number {
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      const cell = ws.getCell(first + r, c + 1);
      cell.value = typeof v === "number" ? v : safeText(v);
      cell.border = BORDER;
      cell.alignment = { vertical: "middle", wrapText: true, ...(r === 0 ? { horizontal: "center" } : {}) };
      if (r === 0) cell.font = BOLD;
      if (r > 0 && typeof v === "number") cell.numFmt = numberFormatFor(v, MAX_DECIMALS);
    });
  });
  // Headers such as "Xếp hạng trong cụm" take two lines: LibreOffice and Excel do not grow a row for wrapped text on their own.
  ws.getRow(first).height = 33;
  return first + rows.length;
}

function title(ws: ExcelJS.Worksheet, row: number, text: string, width: number, size = 14): void {
  ws.mergeCells(row, 1, row, width);
  const cell = ws.getCell(row, 1);
  cell.value = safeText(text);
  cell.font = { ...BOLD, size };
  cell.alignment = { horizontal: "center", wrapText: true };
}

function tableSheet(book: ExcelJS.Workbook, r: Rollup): void {
  const ws = book.addWorksheet(rx("doc.sheet"));
  const rows = rollupRows(r);
  const width = rows[0]!.length;
  title(ws, 1, rx("doc.title"), width);
  const period = r.periods.join(", ");
  if (period !== "") title(ws, 2, rx("doc.period", { period }), width, 12);
  const first = 4;
  writeTable(ws, rows, first);
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 28;
  for (let c = 4; c <= width; c++) ws.getColumn(c).width = 12;
  ws.getColumn(width - 1).width = 26;
  ws.getColumn(width).width = 32;
  fitUnitColumn(ws, 3, first + 1, first + rows.length - 1);
  oneFont(ws);
  printSetup(ws, rx("doc.sheet"), period, first);
}

function quotaSheet(book: ExcelJS.Workbook, r: Rollup): void {
  const ws = book.addWorksheet(rx("doc.quotaSheet"));
  let row = 1;
  if (r.quotas.length === 0) ws.getCell(row, 1).value = rx("doc.noQuota");
  for (const q of r.quotas) {
    const { title: line, rows } = quotaRows(r, q);
    ws.getCell(row, 1).value = safeText(line);
    ws.getCell(row, 1).font = BOLD;
    row = writeTable(ws, rows, row + 1) + 1;
  }
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 28;
  ws.getColumn(3).width = 30;
  for (let c = 4; c <= 6; c++) ws.getColumn(c).width = 14;
  oneFont(ws);
  printSetup(ws, rx("doc.quotaSheet"), r.periods.join(", "), 2);
}

/** Every text cell, header and footer in one tone-mark style. */
function toneTexts(book: ExcelJS.Workbook, style: ToneStyle): void {
  book.eachSheet((ws) => {
    // Only cells holding a string: a merged cell's other cells show the first cell's value and are left alone.
    ws.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.String && (cell.value = applyToneStyle(cell.value as string, style)))));
    const hf = ws.headerFooter;
    if (hf.oddHeader) hf.oddHeader = applyToneStyle(hf.oddHeader, style);
    if (hf.oddFooter) hf.oddFooter = applyToneStyle(hf.oddFooter, style);
  });
}

export function rollupWorkbook(r: Rollup, style: ToneStyle = "new"): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = "ThiDua";
  tableSheet(book, r);
  quotaSheet(book, r);
  toneTexts(book, style);
  return book;
}

export async function rollupXlsx(r: Rollup, style: ToneStyle = "new"): Promise<Uint8Array> {
  return new Uint8Array(await rollupWorkbook(r, style).xlsx.writeBuffer());
}
