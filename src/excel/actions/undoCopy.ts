/**
 * Before undo deletes or replaces sheets holding scores typed since the operation, it keeps a copy: a new,
 * plain sheet ("Điểm lưu khi hoàn tác") listing every such score with its unit, criterion, column and the
 * cell it was in, the score as typed (text stays text). No formula points at the deleted sheets, so the copy
 * stays readable after they are gone. Queued only: it goes out with undo's write batch.
 */
import { message, render } from "../../messages/message";
import { WORKBOOK_LOCALE } from "../../workbook/text";
import { boxAddress, columnWidthRanges, excelText } from "../cells";
import { freeSheetName } from "../../workbook/freeSheetName";
import type { SheetInfo } from "./readBook";
import type { TypedScore } from "./types";

const text = (id: Parameters<typeof message>[0], params = {}) => render(message(id, params), WORKBOOK_LOCALE);

/** Column widths in characters: unit, criterion, column, score, former cell. */
const COPY_WIDTHS = { A: 30, B: 12, C: 12, D: 12, E: 22 };

/** The copy sheet's name: the base name, or "… (2)", "… (3)" when taken. */
export function copySheetName(sheets: readonly SheetInfo[]): string {
  return freeSheetName(text("undo.copy.sheet"), sheets.map((s) => s.name));
}

/** The rows of the copy: a header, then one line per typed score (unit order as in the sheet). */
export function copyRows(scores: readonly TypedScore[], label: string, at: string): (string | number | boolean)[][] {
  const head = ["undo.copy.head.unit", "undo.copy.head.criterion", "undo.copy.head.column", "undo.copy.head.value", "undo.copy.head.cell"] as const;
  const rows: (string | number | boolean)[][] = [[text("undo.copy.title", { label, at }), "", "", "", ""], head.map((h) => text(h))];
  for (const s of scores) {
    const column = s.column ? text(s.column === "self" ? "undo.copy.self" : "undo.copy.cluster") : "";
    const value = typeof s.value === "string" ? excelText(s.value) : s.value;
    rows.push([excelText(s.unit ?? ""), excelText(s.criterion ?? s.label ?? ""), column, value, excelText(`${s.sheet}!${s.cell}`)]);
  }
  return rows;
}

/** Queues the copy sheet (visible, after the others). Returns its name. */
export function queueCopySheet(ctx: Excel.RequestContext, sheets: readonly SheetInfo[], scores: readonly TypedScore[], label: string, at: string): string {
  const name = copySheetName(sheets);
  const ws = ctx.workbook.worksheets.add(name);
  const rows = copyRows(scores, label, at);
  ws.getRange(boxAddress({ r0: 1, c0: 1, r1: rows.length, c1: 5 })).formulas = rows;
  ws.getRange("A2:E2").format.font.bold = true;
  for (const w of columnWidthRanges(COPY_WIDTHS)) ws.getRange(w.address).format.columnWidth = w.points;
  return name;
}
