import type { CellFix } from "../../../excel/actions/types";
import { t, type Locale } from "../../i18n/strings";
import { cellLabel } from "./cells";
import { formatCellValue } from "./formatCellValue";

/** "Chấm điểm!F12: "88,25" → 88,25" (a restored formula shows as "=…"). */
export function fixChangeText(fix: CellFix, locale: Locale): string {
  return t(locale, "check.fixes.change", {
    location: cellLabel(fix),
    current: formatCellValue(fix.current, locale),
    next: formatCellValue(fix.formula ?? fix.value, locale),
  });
}
