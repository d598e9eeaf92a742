/**
 * Reads a scoring workbook (.xlsx, as ThiDua wrote it and Excel or LibreOffice saved it) through the
 * workbook contract: meta, units and entries (src/workbook/readBack.ts) from an exceljs workbook.
 * Formula cells give their cached result (or null when the file was never recalculated).
 */
import ExcelJS from "exceljs";
import type { RawValue } from "../domain/scoring/entryValue";
import { readCluster, type CellSource, type ClusterRead, type ReadResult } from "../workbook/readBack";

/** The value a cell shows: plain values as they are, formula cells their cached result (null if none). */
export function cellValue(cell: ExcelJS.Cell): RawValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      // cell.result, not value.result: exceljs drops a cached 0, false or "" from the value object.
      const r = cell.result as ExcelJS.CellFormulaValue["result"];
      if (r === undefined || r === null) return null;
      if (typeof r === "object") return "error" in r ? String((r as ExcelJS.CellErrorValue).error) : null;
      return (r as unknown) instanceof Date ? (r as unknown as Date).toISOString() : (r as RawValue);
    }
    if ("richText" in v) return (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join("");
    if ("text" in v) return String((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

/** A CellSource over an exceljs workbook (sheet names matched exactly, then case-insensitively, like Excel). */
export function workbookCells(wb: ExcelJS.Workbook): { read: CellSource; hasSheet: (name: string) => boolean; sheet: (name: string) => ExcelJS.Worksheet | undefined } {
  const sheet = (name: string) => wb.getWorksheet(name) ?? wb.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
  return {
    sheet,
    hasSheet: (name) => sheet(name) !== undefined,
    read: (name, row, col) => {
      const ws = sheet(name);
      return ws ? cellValue(ws.getCell(row, col)) : null;
    },
  };
}

export function readClusterWorkbook(wb: ExcelJS.Workbook): ReadResult<ClusterRead> {
  const { read, hasSheet } = workbookCells(wb);
  return readCluster(read, hasSheet);
}

export async function readClusterXlsx(data: Buffer | ArrayBuffer | Uint8Array): Promise<{ workbook: ExcelJS.Workbook; read: ReadResult<ClusterRead> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return { workbook, read: readClusterWorkbook(workbook) };
}
