/**
 * Writes a WorkbookPlan (src/workbook/plan.ts) as an .xlsx file with exceljs.
 * Formulas are written without cached results: Excel (and LibreOffice) compute them on open.
 */
import ExcelJS from "exceljs";
import type { CellPlan, ConditionalFormatPlan, DataValidationPlan, PrintPlan, SheetPlan, WorkbookPlan } from "../workbook/plan";

const FILL: Partial<Record<CellPlan["role"], string>> = {
  header: "FFD9E1F2",
  input: "FFFFF2CC",
  group: "FFEDEDED",
};

function solid(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

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
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? "hidden" : "visible",
    views: sheet.freeze.rows || sheet.freeze.columns ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : [],
  });
  for (const [col, width] of Object.entries(sheet.columnWidths)) ws.getColumn(col).width = width;
  for (const [address, c] of sheet.cells) {
    const cell = ws.getCell(address);
    cell.value = "formula" in c ? ({ formula: c.formula } as ExcelJS.CellFormulaValue) : (c.value ?? null);
    if (c.numFmt) cell.numFmt = c.numFmt;
    const fill = FILL[c.role];
    if (fill) cell.fill = solid(fill);
    if (c.bold) cell.font = { bold: true };
    if (c.wrap || c.indent) cell.alignment = { ...(c.wrap ? { wrapText: true } : {}), ...(c.indent ? { indent: c.indent } : {}), vertical: "top" };
    cell.protection = { locked: c.locked };
  }
  for (const m of sheet.merges) ws.mergeCells(m);
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

/** A4, fitted to one page wide (as many pages tall as needed), titles repeated. */
export function pageSetup(p: PrintPlan): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(p.repeatRows ? { printTitlesRow: p.repeatRows } : {}),
    ...(p.repeatColumns ? { printTitlesColumn: p.repeatColumns } : {}),
    ...(p.area ? { printArea: p.area } : {}),
  };
}

const CF_STYLE: Record<ConditionalFormatPlan["style"], { fill: string; font: string }> = {
  error: { fill: "FFFFC7CE", font: "FF9C0006" },
  warning: { fill: "FFFFEB9C", font: "FF9C5700" },
};

export function toConditionalFormat(cf: ConditionalFormatPlan, priority: number): ExcelJS.ConditionalFormattingOptions {
  const look = CF_STYLE[cf.style];
  return {
    ref: cf.ranges.join(" "),
    rules: [
      {
        type: "expression",
        priority,
        formulae: [cf.formula],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: look.fill } }, font: { color: { argb: look.font } } },
      },
    ],
  };
}

export function toExcelValidation(dv: DataValidationPlan): ExcelJS.DataValidation {
  const common = {
    allowBlank: dv.allowBlank,
    showInputMessage: true,
    promptTitle: dv.prompt.title,
    prompt: dv.prompt.text,
    showErrorMessage: true,
    errorTitle: dv.error.title,
    error: dv.error.text,
    errorStyle: dv.errorStyle,
  };
  const r = dv.rule;
  switch (r.type) {
    case "list":
      return { ...common, type: "list", formulae: [`"${r.values.map(String).join(",")}"`] };
    case "decimal":
    case "whole":
      return r.max === undefined
        ? { ...common, type: r.type, operator: "greaterThanOrEqual", formulae: [r.min] }
        : { ...common, type: r.type, operator: "between", formulae: [r.min, r.max] };
    case "custom":
      return { ...common, type: "custom", formulae: [r.formula] };
  }
}

/** The plan as .xlsx bytes. */
export async function renderPlan(plan: WorkbookPlan): Promise<Buffer> {
  const wb = await planToWorkbook(plan);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes the plan to an .xlsx file. */
export async function renderPlanToFile(plan: WorkbookPlan, path: string): Promise<void> {
  const wb = await planToWorkbook(plan);
  await wb.xlsx.writeFile(path);
}
