/**
 * The tone-mark style chosen in Xuất ("hòa" / "hoà"), kept in the workbook beside the set's meeting details:
 * in the pane sheet's record of the current set (thiduaSet.ts, cell S1), as `{"set": " (2)", "toneStyle": "old"}`.
 * It belongs to that set: a new insert records a new set, with the default style, as its Tổng hợp starts empty.
 */
import type { ToneStyle } from "../../domain/text/toneStyle";
import { SHEET } from "../../workbook/names";
import { savedToneStyleIn, setRecordText } from "../../workbook/paneRecord";
import { PANE_SHEET } from "./paneSheet";
import { hasSheet, type BookRead } from "./readBook";
import { SET_RECORD_CELL, sheetNameIn } from "./thiduaSet";

/** The suffix of the set `book` was read from ("" or " (2)"). */
const suffixOf = (book: BookRead): string => sheetNameIn(book, SHEET.meta).slice(SHEET.meta.length);

/** The style saved for the set `book` was read from, or null when none was saved (or the record is another set's). */
export function savedToneStyle(book: BookRead): ToneStyle | null {
  return savedToneStyleIn(book.setRecord, suffixOf(book));
}

/** Queues saving the style for the set `book` was read from; creates the pane sheet unless `paneExists`. */
export function saveToneStyle(ctx: Excel.RequestContext, book: BookRead, style: ToneStyle, paneExists: boolean): void {
  const sheets = ctx.workbook.worksheets;
  const pane = paneExists ? sheets.getItem(PANE_SHEET) : sheets.add(PANE_SHEET);
  if (!paneExists) pane.visibility = "VeryHidden";
  pane.getRange(SET_RECORD_CELL).values = [[setRecordText(suffixOf(book), style)]];
}

export const paneSheetExists = (book: BookRead): boolean => hasSheet(book, PANE_SHEET) !== undefined;
