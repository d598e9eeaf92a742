/**
 * Writes a WorkbookPlan (src/workbook/plan.ts) as an .xlsx file with exceljs: streamed row by row for
 * files (streamPlan.ts), or as an exceljs Workbook for callers that add more (planToWorkbook).
 * Formulas are written without cached results: Excel (and LibreOffice) compute them on open.
 */
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { SheetPlan, WorkbookPlan } from "../workbook/plan";
import { worksheetOptions, writeCell, writeSheetSettings } from "./cellStyle";
import { streamPlanToBuffer } from "./streamPlan";

/** Builds the exceljs workbook for a plan (exposed for tests and for callers that add more). */
export async function planToWorkbook(plan: WorkbookPlan): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ThiDua";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) await renderSheet(wb, sheet);
  for (const d of plan.definedNames) wb.definedNames.add(d.ref, d.name);
  return wb;
}

async function renderSheet(wb: ExcelJS.Workbook, sheet: SheetPlan): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
  for (const [col, width] of Object.entries(sheet.columnWidths)) ws.getColumn(col).width = width;
  for (const [address, c] of sheet.cells) writeCell(ws.getCell(address), c);
  for (const m of sheet.merges) ws.mergeCells(m);
  await writeSheetSettings(ws, sheet);
}

/** The plan as .xlsx bytes (streamed: see streamPlan.ts). */
export async function renderPlan(plan: WorkbookPlan): Promise<Buffer> {
  return streamPlanToBuffer({ sheets: plan.sheets, definedNames: () => plan.definedNames });
}

/** Writes the plan to an .xlsx file (streamed, then its charts added). */
export async function renderPlanToFile(plan: WorkbookPlan, path: string): Promise<void> {
  await writeFile(path, await renderPlan(plan));
}
