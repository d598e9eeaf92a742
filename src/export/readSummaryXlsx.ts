/**
 * The summary .xlsx written by `thidua export --xlsx` (./summaryXlsx.ts) read back: the cluster and period
 * beside their labels, and the ranking table from its header row down. Texts lose the ' that kept a
 * formula-like name from running (as the CSV reader does).
 */
import type ExcelJS from "exceljs";
import { message, render } from "../messages/message";
import { cellValue } from "../xlsx/readClusterWorkbook";
import { isSummaryHeader } from "./resultsTable";
import type { SummaryCell } from "./summaryTable";

export interface SummaryXlsxRead {
  readonly sheet: string;
  readonly clusterName: string;
  readonly period: string;
  /** 1-based row of the table's header. */
  readonly headerRow: number;
  /** The header row, then every row below it. */
  readonly rows: SummaryCell[][];
}

const PREFIXED = /^''*[=+\-@\t\r]/;
const HEADER_SEARCH_ROWS = 20;

function rowCells(ws: ExcelJS.Worksheet, r: number): SummaryCell[] {
  const cells: SummaryCell[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const v = cellValue(ws.getCell(r, c));
    const s = typeof v === "number" ? v : v === null ? "" : String(v).normalize("NFC");
    cells.push(typeof s === "string" && PREFIXED.test(s) ? s.slice(1) : s);
  }
  return cells;
}

/** The text right of a label ("Cụm thi đua:") in the rows above the table; "" when absent. */
function besideLabel(rows: readonly SummaryCell[][], label: string): string {
  for (const row of rows) {
    const at = row.findIndex((c) => String(c).trim() === label);
    if (at >= 0) return String(row[at + 1] ?? "").trim();
  }
  return "";
}

export function readSummaryXlsx(workbook: ExcelJS.Workbook): SummaryXlsxRead | null {
  const name = render(message("export.xlsx.sheet"), "vi-VN");
  const ws = workbook.getWorksheet(name) ?? workbook.worksheets[0];
  if (!ws) return null;
  const top = Array.from({ length: Math.min(HEADER_SEARCH_ROWS, ws.rowCount) }, (_, i) => rowCells(ws, i + 1));
  const headerIndex = top.findIndex(isSummaryHeader);
  if (headerIndex < 0) return null;
  const rows = Array.from({ length: ws.rowCount - headerIndex }, (_, i) => rowCells(ws, headerIndex + 1 + i));
  const above = top.slice(0, headerIndex);
  return {
    sheet: ws.name,
    clusterName: besideLabel(above, render(message("export.xlsx.cluster"), "vi-VN")),
    period: besideLabel(above, render(message("export.xlsx.period"), "vi-VN")),
    headerRow: headerIndex + 1,
    rows,
  };
}
