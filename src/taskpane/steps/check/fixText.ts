import type { CellFix } from "../../../excel/actions/types";
import { message } from "../../../messages/message";
import { t, tm, type Locale } from "../../i18n/strings";
import { cellPlaceCapitalised } from "../../i18n/cellPlace";
import { formatCellValue } from "./formatCellValue";

/** "Ô F12 trang Chấm điểm: "88,25" → 88,25" (a restored formula shows as "=…"). */
export function fixChangeText(fix: CellFix, locale: Locale): string {
  return t(locale, "check.fixes.change", {
    location: cellPlaceCapitalised(locale, fix),
    current: formatCellValue(fix.current, locale),
    next: formatCellValue(fix.formula ?? fix.value, locale),
  });
}

/** "Cách sửa này thay đổi điểm…" for a fix that writes another number than the cell means; null for text → number or a restored formula. */
export function fixScoreNote(fix: CellFix, locale: Locale): string | null {
  return fix.keepsValue !== true && fix.formula === undefined ? tm(locale, message("undo.fix.changesScore")) : null;
}
