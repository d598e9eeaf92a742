/**
 * The summary .xlsx made ready to print (issue 16): one font (Times New Roman) in every written cell, numbers
 * shown as the biên bản writes them (97, 92,5: no trailing zeros; Excel shows the decimal comma in a vi-VN
 * Windows), A4 landscape one page wide, and a page header (cluster – period) and footer (Trang 1/2).
 */
import type ExcelJS from "exceljs";
import { message, render } from "../messages/message";
import { pageSetup } from "../xlsx/sheetSettings";

export const FONT = "Times New Roman";

/** "0", "0.0", "0.00"…: as many decimals as the value needs, at most `precision` (97 → "0", 92.5 → "0.0"). */
export function numberFormatFor(value: number, precision: number): string {
  for (let d = 0; d < precision; d++) {
    const scaled = value * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return d === 0 ? "0" : `0.${"0".repeat(d)}`;
  }
  return precision > 0 ? `0.${"0".repeat(precision)}` : "0";
}

/** Every cell with a value gets the one font (size and weight kept): no Calibri left from Excel's default style. */
export function oneFont(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cell.font = { size: 12, ...cell.font, name: FONT };
    });
  });
}

const UNIT_WIDTH = { min: 30, max: 44 };
const LINE_HEIGHT_PT = 15.75;

/**
 * The unit column as wide as its longest name (30–44 characters); a longer name wraps, and its row is made tall
 * enough for its lines (LibreOffice and Excel do not grow a row that was never measured).
 */
export function fitUnitColumn(ws: ExcelJS.Worksheet, column: number, firstRow: number, lastRow: number): void {
  let longest = 0;
  for (let r = firstRow; r <= lastRow; r++) longest = Math.max(longest, String(ws.getCell(r, column).value ?? "").length);
  const width = Math.min(UNIT_WIDTH.max, Math.max(UNIT_WIDTH.min, longest + 2));
  ws.getColumn(column).width = width;
  for (let r = firstRow; r <= lastRow; r++) {
    const lines = Math.ceil(String(ws.getCell(r, column).value ?? "").length / (width - 2));
    if (lines > 1) ws.getRow(r).height = lines * LINE_HEIGHT_PT;
  }
}

/** Excel's header/footer codes: "&" in a name is written "&&". */
const escapeCodes = (s: string) => s.normalize("NFC").replace(/&/g, "&&");

export function printSetup(ws: ExcelJS.Worksheet, cluster: string, period: string, titleRow: number): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    ...pageSetup({ orientation: "landscape", repeatRows: `${titleRow}:${titleRow}` }),
    margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  const page = render(message("export.xlsx.pageFooter"), "vi-VN");
  ws.headerFooter = {
    oddHeader: `&C&"${FONT},Regular"&11${escapeCodes(cluster)}${period ? ` – ${escapeCodes(period)}` : ""}`,
    oddFooter: `&C&"${FONT},Regular"&11${page}`,
  };
}
