/**
 * Names that look the same but are different text: Cyrillic or Greek letters that look like Latin ones
 * ("Нà Nội" with a Cyrillic Н), invisible characters, spaces ("SơnLa" / "Sơn La"), full-width forms.
 */
import { stripInvisible } from "./invisible";
import { looseKey } from "./normalize";

/** Cyrillic and Greek letters drawn like a Latin letter. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  "а": "a", "в": "b", "е": "e", "ё": "ë", "һ": "h", "і": "i", "ј": "j", "ӏ": "l", "о": "o", "р": "p", "с": "c", "ѕ": "s", "у": "y", "х": "x", "ԁ": "d",
  "А": "A", "В": "B", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M", "О": "O", "Р": "P", "С": "C", "Ѕ": "S", "Т": "T", "У": "Y", "Х": "X",
  "α": "a", "ο": "o", "ν": "v", "ρ": "p", "ι": "i", "κ": "k", "υ": "u",
  "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
};
const LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join("")}]`, "gu");

/** The text with look-alike letters replaced by the Latin letter they look like (NFKC first). */
export function latinLookalike(s: string): string {
  return s.normalize("NFKD").replace(LOOKALIKE, (ch) => LOOKALIKES[ch]!).normalize("NFKC");
}

/** True when a word mixes Latin letters with Cyrillic or Greek ones ("Нà" with a Cyrillic Н). */
export function mixesAlphabets(s: string): boolean {
  return s.split(/\s+/u).some((w) => /\p{Script=Latin}/u.test(w) && /[\p{Script=Cyrillic}\p{Script=Greek}]/u.test(w));
}

/** Equal for names a reader cannot tell apart: looseKey after look-alikes, invisible characters and spaces. */
export function lookalikeKey(s: string): string {
  return looseKey(latinLookalike(stripInvisible(s))).replace(/ /g, "");
}
