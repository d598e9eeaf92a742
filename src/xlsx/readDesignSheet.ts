/**
 * Reads the Thiết kế tiêu chí sheet of an .xlsx file (as ThiDua wrote it and Excel or LibreOffice saved it) and
 * builds the template it describes (src/domain/template/design): the findings name their cells.
 */
import ExcelJS from "exceljs";
import { DESIGN_SHEET, noDesignSheet, readDesign, type DesignRead } from "../domain/template/design";
import { cellValue } from "./readClusterWorkbook";

function designWorksheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.getWorksheet(DESIGN_SHEET) ?? wb.worksheets.find((w) => w.name.toLowerCase() === DESIGN_SHEET.toLowerCase());
}

export function readDesignWorkbook(wb: ExcelJS.Workbook): DesignRead {
  const ws = designWorksheet(wb);
  if (!ws) return { ok: false, findings: noDesignSheet() };
  return readDesign((row, column) => {
    const v = cellValue(ws.getCell(row, column));
    return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : null;
  }, ws.rowCount);
}
