/**
 * Formulas are written without cached results, so the workbook must say "recalculate everything on open"
 * (calcPr fullCalcOnLoad), as planToWorkbook's `calcProperties.fullCalcOnLoad` does. exceljs's streaming
 * WorkbookWriter writes an empty calcProperties and has no option for it: this writer's workbook part is
 * written the same way with the flag set.
 */
import type ExcelJS from "exceljs";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WorkbookXform = require("exceljs/lib/xlsx/xform/book/workbook-xform") as new () => { prepare(model: unknown): void; toXml(model: unknown): string };

interface WriterInternals {
  addWorkbook(): Promise<void>;
  readonly zip: { append(data: string, options: { name: string }): void };
  readonly _worksheets: unknown[];
  readonly _definedNames: { readonly model: unknown };
  readonly views: unknown;
}

export function recalculateOnOpen(writer: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const w = writer as unknown as WriterInternals;
  w.addWorkbook = () => {
    const model = {
      worksheets: w._worksheets.filter(Boolean),
      definedNames: w._definedNames.model,
      views: w.views,
      properties: {},
      calcProperties: { fullCalcOnLoad: true },
    };
    const xform = new WorkbookXform();
    xform.prepare(model);
    w.zip.append(xform.toXml(model), { name: "/xl/workbook.xml" });
    return Promise.resolve();
  };
}
