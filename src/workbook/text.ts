/** Texts the workbook shows, from the one catalogue (section "wb."), in the workbook's language. */
import type { Locale } from "../messages/catalogue";
import { message, render, type Params } from "../messages/message";
import type { historyTexts } from "../messages/historyTexts";
import type { workbookTexts } from "../messages/workbookTexts";

export type WorkbookTextId = keyof typeof workbookTexts;

/** The workbook contract's language: sheet names and labels are Vietnamese (see docs/workbook-contract.md). */
export const WORKBOOK_LOCALE: Locale = "vi-VN";

export function wb(id: WorkbookTextId, params: Params = {}): string {
  return render(message(`wb.${id}`, params), WORKBOOK_LOCALE);
}

/** Texts of the Lịch sử sheet (section "history."), in the workbook's language. */
export function hist(id: keyof typeof historyTexts, params: Params = {}): string {
  return render(message(`history.${id}`, params), WORKBOOK_LOCALE);
}
