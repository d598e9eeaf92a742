/**
 * Where the tone mark goes in a word ending in "oa", "oe" or "uy": on the first vowel (the newer style,
 * "hòa", "khỏe", "thủy", the default) or on the second (the older style, "hoà", "khoẻ", "thuỷ"). Both are
 * correct; a document should use one. "quý" keeps its mark on y in both: in "qu" the u is part of the
 * consonant. Only a word-final pair moves: "hoàn", "khuỷu", "hoặc" are the same in both styles.
 */

export type ToneStyle = "new" | "old";
export const TONE_STYLES: readonly ToneStyle[] = ["new", "old"];

const TONES = "\u0300\u0301\u0303\u0309\u0323"; // huyền, sắc, ngã, hỏi, nặng (combining)
const PAIRS = new Set(["oa", "oe", "uy"]);

/** A word-final pair with the tone after the first vowel (new) or after the second (old), NFD. */
const NEW_PLACE = new RegExp(`([oOuU])([${TONES}])([aAeEyY])(?!\\p{M})(?!\\p{L})`, "gu");
const OLD_PLACE = new RegExp(`([oOuU])([aAeEyY])([${TONES}])(?!\\p{M})(?!\\p{L})`, "gu");

function movable(v1: string, v2: string, d: string, offset: number): boolean {
  if (!PAIRS.has((v1 + v2).toLowerCase())) return false;
  const before = offset > 0 ? d[offset - 1]! : "";
  return !(/[uU]/.test(v1) && /[qQ]/.test(before));
}

/** The text (NFC) with every word-final oa/oe/uy written in the chosen style. */
export function applyToneStyle(s: string, style: ToneStyle): string {
  const d = s.normalize("NFD");
  const out =
    style === "new"
      ? d.replace(OLD_PLACE, (whole, v1: string, v2: string, tone: string, offset: number) => (movable(v1, v2, d, offset) ? v1 + tone + v2 : whole))
      : d.replace(NEW_PLACE, (whole, v1: string, tone: string, v2: string, offset: number) => (movable(v1, v2, d, offset) ? v1 + v2 + tone : whole));
  return out.normalize("NFC");
}

/** Reads a style name ("new"/"old", also "mới"/"cũ"); null when it is neither. */
export function parseToneStyle(value: string): ToneStyle | null {
  const v = value.trim().toLowerCase().normalize("NFC");
  if (v === "new" || v === "mới" || v === "moi") return "new";
  if (v === "old" || v === "cũ" || v === "cu") return "old";
  return null;
}
