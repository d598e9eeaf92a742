/**
 * A worksheet holding a pasted criteria table → the grid of cell texts the import reads, from A1 (so the
 * findings' rows are the sheet's). A merged area gives its text once, in its first cell (the others are
 * blank, as when the table is pasted); a cell indented with Excel's indent gets 4 leading spaces per step.
 */
import type ExcelJS from "exceljs";
import { cellValue } from "../../xlsx/readClusterWorkbook";

function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return "";
  const v = cellValue(cell);
  const text = v === null ? "" : String(v);
  const indent = cell.alignment?.indent ?? 0;
  return indent > 0 && text !== "" ? " ".repeat(4 * indent) + text : text;
}

export function gridOfWorksheet(ws: ExcelJS.Worksheet): string[][] {
  const grid: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c)));
    grid.push(cells);
  }
  return grid;
}
