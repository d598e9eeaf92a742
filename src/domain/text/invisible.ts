/**
 * Characters that take no space on screen: zero-width space/joiners, word joiner, byte-order mark, soft
 * hyphen, direction marks and invisible operators. Pasted from the web or Word, they make "Sơn\u200BLa" and
 * "SơnLa" (or "Sơn\u200B La" and "Sơn La") two different units that look the same.
 */
const INVISIBLE_CHARS = "\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF";
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, "gu");
const HAS_INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, "u");

/** The text without invisible characters. */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, "");
}

/** True when the text holds an invisible character. */
export function hasInvisible(s: string): boolean {
  return HAS_INVISIBLE.test(s);
}
