/**
 * File names of the handouts: "Tự chấm - 01 - Hòa Bình.xlsx". Diacritics are kept (NFC): every current
 * system and mail client handles them, and the cluster head recognises the units. Windows-safe: the
 * characters < > : " / \ | ? * and control characters become "-", no trailing dot or space, the unit
 * part is cut at 80 characters; the number in front keeps names unique and the cluster's order.
 */
import { cleanText } from "../../domain/text/normalize";
import { ht } from "./handoutLayout";

// Windows' forbidden characters and the control characters (\p{Cc}).
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}]/gu;

export function safeUnitPart(unit: string): string {
  const cleaned = cleanText(unit).replace(FORBIDDEN, "-").replace(/-{2,}/g, "-");
  const cut = [...cleaned].slice(0, 80).join("");
  return cut.replace(/[. ]+$/u, "").replace(/^[. ]+/u, "") || "don-vi";
}

/** index is 0-based; count decides the zero padding (01…12, 001…120). */
export function handoutFileName(unit: string, index: number, count: number): string {
  const width = Math.max(2, String(count).length);
  return `${ht("sheet.main")} - ${String(index + 1).padStart(width, "0")} - ${safeUnitPart(unit)}.xlsx`.normalize("NFC");
}
