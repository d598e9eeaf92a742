/** How a plan's cell and sheet settings look in exceljs: shared by the in-memory and the streaming writers. */
import type ExcelJS from "exceljs";
import type { CellPlan, SheetPlan } from "../workbook/plan";
import { pageSetup, toConditionalFormat, toExcelValidation } from "./sheetSettings";

const FILL: Partial<Record<CellPlan["role"], string>> = {
  header: "FFD9E1F2",
  input: "FFFFF2CC",
  group: "FFEDEDED",
};

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

/** Puts a planned cell's value or formula, number format, fill, font, alignment and protection on an exceljs cell. */
export function writeCell(cell: ExcelJS.Cell, c: CellPlan): void {
  cell.value = "formula" in c ? ({ formula: c.formula } as ExcelJS.CellFormulaValue) : (c.value ?? null);
  if (c.numFmt) cell.numFmt = c.numFmt;
  const fill = FILL[c.role];
  if (fill) cell.fill = solid(fill);
  if (c.bold) cell.font = { bold: true };
  if (c.wrap || c.indent) cell.alignment = { ...(c.wrap ? { wrapText: true } : {}), ...(c.indent ? { indent: c.indent } : {}), vertical: "top" };
  cell.protection = { locked: c.locked };
}

/** What exceljs's addWorksheet is told: visibility and frozen panes. */
export function worksheetOptions(sheet: SheetPlan): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    state: sheet.hidden ? "hidden" : "visible",
    views: sheet.freeze.rows || sheet.freeze.columns ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : [],
  };
}

/** The part of a worksheet both writers share: the objects exceljs's Worksheet and its streaming WorksheetWriter both have. */
export interface SheetTarget {
  pageSetup: Partial<ExcelJS.PageSetup>;
  addConditionalFormatting(cf: ExcelJS.ConditionalFormattingOptions): void;
  protect(password: string, options: Partial<ExcelJS.WorksheetProtection>): Promise<void>;
}

/** Print setup, conditional formats, data validations and protection (after the cells). */
export async function writeSheetSettings(ws: SheetTarget, sheet: SheetPlan): Promise<void> {
  if (sheet.print) ws.pageSetup = pageSetup(sheet.print);
  sheet.conditionalFormats.forEach((cf, i) => ws.addConditionalFormatting(toConditionalFormat(cf, i + 1)));
  // exceljs has worksheet.dataValidations (keyed by address or range) but does not declare it.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const dv of sheet.dataValidations) validations.add(dv.range, toExcelValidation(dv));
  if (sheet.protection.protect) {
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}
