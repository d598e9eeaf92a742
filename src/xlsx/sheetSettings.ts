/** Print setup, conditional formats and data validations of a planned sheet, as exceljs options. */
import type ExcelJS from "exceljs";
import type { ConditionalFormatPlan, DataValidationPlan, PrintPlan } from "../workbook/plan";

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
    ...(p.area ? { printArea: absoluteRows(p.area) } : {}),
  };
}

/**
 * exceljs writes a print area "A1:L57" as "$A1:$L57" (it adds "$" before each corner only), and LibreOffice
 * reads such a half-relative range as no print area at all; "A$1:L$57" comes out whole ("$A$1:$L$57").
 */
export function absoluteRows(area: string): string {
  return area.replace(/([A-Z]+)\$?(\d+)/g, "$1$$$2");
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
