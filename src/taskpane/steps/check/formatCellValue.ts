/** A cell's content as the fix list shows it: numbers in the user's locale, text in quotes, formulas as typed. */
import { formatNumber } from "../../../messages/format";
import { catalogueLocale, t, type Locale } from "../../i18n/strings";

export function formatCellValue(value: string | number | boolean | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || value === "") return t(locale, "check.fixes.emptyValue");
  if (typeof value === "number") return formatNumber(value, catalogueLocale(locale));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value.startsWith("=") ? value : t(locale, "check.fixes.text", { text: value });
}
