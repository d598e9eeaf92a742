/**
 * Reads the Thiết kế tiêu chí sheet of the open workbook (Office.js): one sync for the sheet, one for its used
 * range's values, then the same domain reader as the .xlsx file (src/domain/template/design): the template it
 * describes and the findings at their cells.
 */
import { DESIGN_SHEET, noDesignSheet, readDesign, type CellValue, type DesignRead } from "../domain/template/design";
import { withContext, type ExcelTarget } from "./applyPlan";
import { parseCell } from "./cells";

export interface DesignSheetRead {
  readonly read: DesignRead;
  readonly syncs: number;
}

export async function readDesignSheet(target: ExcelTarget, sheetName: string = DESIGN_SHEET): Promise<DesignSheetRead> {
  return withContext(target, async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name");
    await ctx.sync();
    const name = sheets.items.map((w) => w.name).find((n) => n.toLowerCase() === sheetName.toLowerCase());
    if (name === undefined) return { read: { ok: false, findings: noDesignSheet() }, syncs: 1 };
    const used = sheets.getItem(name).getUsedRange(true);
    used.load("address,values");
    await ctx.sync();
    const topLeft = parseCell(used.address.replace(/^.*!/, "").split(":")[0]!);
    // The office-addins rules lose track of the second sync after the early return above (as in ./readGrid.ts).
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    const values = used.values as unknown[][];
    const get = (row: number, column: number): CellValue => {
      const v = values[row - topLeft.row]?.[column - topLeft.col];
      return typeof v === "number" || typeof v === "boolean" ? v : typeof v === "string" && v !== "" ? v : null;
    };
    return { read: readDesign(get, topLeft.row + values.length - 1), syncs: 2 };
  });
}
