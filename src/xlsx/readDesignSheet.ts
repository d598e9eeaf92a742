/**
 * Reads the Thiết kế tiêu chí sheet of an .xlsx file (as ThiDua wrote it and Excel or LibreOffice saved it) and
 * builds the template it describes (src/domain/template/design): the findings name their cells.
 */
import ExcelJS from "exceljs";
import { designToTemplate, DESIGN_SHEET, readDesignGrid, type DesignFinding, type DesignResult } from "../domain/template/design";
import { cellName } from "../domain/template/design/layout";
import { message } from "../messages/message";
import { cellValue } from "./readClusterWorkbook";

export type DesignFileRead = { ok: true; result: DesignResult } | { ok: false; findings: DesignFinding[] };

function designWorksheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.getWorksheet(DESIGN_SHEET) ?? wb.worksheets.find((w) => w.name.toLowerCase() === DESIGN_SHEET.toLowerCase());
}

export function readDesignWorkbook(wb: ExcelJS.Workbook): DesignFileRead {
  const ws = designWorksheet(wb);
  if (!ws) {
    return { ok: false, findings: [{ severity: "error", row: 1, column: 1, cell: cellName(1, 1), message: message("design.sheet.finding.noSheet", { sheet: DESIGN_SHEET }) }] };
  }
  const read = readDesignGrid((row, column) => {
    const v = cellValue(ws.getCell(row, column));
    return typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : null;
  }, ws.rowCount);
  return read.ok ? { ok: true, result: designToTemplate(read.sheet) } : read;
}

/** The design of .xlsx bytes; throws only when the bytes are not an .xlsx file (the caller says so in words). */
export async function readDesignXlsx(data: Buffer | ArrayBuffer | Uint8Array): Promise<DesignFileRead> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return readDesignWorkbook(wb);
}
