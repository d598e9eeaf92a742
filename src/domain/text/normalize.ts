/**
 * Vietnamese text identity: unit names and criterion codes are compared after
 * NFC, trimming, collapsing white space, folding case, and making the old and new
 * tone-mark placements equal ("Hoà" = "Hòa", "Thuỷ" = "Thủy", "hoè" = "hòe").
 */

const TONES = "\u0300\u0301\u0303\u0309\u0323"; // huyền, sắc, ngã, hỏi, nặng (combining)
const LETTER = /\p{L}/u;

/** NFC, trimmed, inner white space (incl. NBSP, tabs, new lines) collapsed to one space. */
export function cleanText(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * Moves a tone mark written on the second vowel of a word-final "oa", "oe", "uy"
 * (old style: hoà, hoè, thuỷ) onto the first vowel (new style: hòa, hòe, thủy).
 * "quý" keeps its mark on y: in "qu" the u is part of the consonant.
 * Works on NFD text; returns NFC.
 */
export function unifyToneMarks(s: string): string {
  const d = s.normalize("NFD");
  const re = new RegExp(`([oOuU])([aAeEyY])([${TONES}])(?!\\p{M})(?!\\p{L})`, "gu");
  const out = d.replace(re, (whole, v1: string, v2: string, tone: string, offset: number) => {
    const pair = (v1 + v2).toLowerCase();
    if (pair !== "oa" && pair !== "oe" && pair !== "uy") return whole;
    const before = offset > 0 ? d[offset - 1] : "";
    if ((v1 === "u" || v1 === "U") && (before === "q" || before === "Q")) return whole;
    return v1 + tone + v2;
  });
  return out.normalize("NFC");
}

const keyCache = new Map<string, string>();
const KEY_CACHE_LIMIT = 20000;

/** The identity key of a unit name or code: equal keys mean "the same unit". Memoised: grids repeat names. */
export function identityKey(s: string): string {
  const cached = keyCache.get(s);
  if (cached !== undefined) return cached;
  const key = unifyToneMarks(cleanText(s)).toLocaleLowerCase("vi");
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(s, key);
  return key;
}

/** A looser key (no diacritics, đ → d, no punctuation) for spotting near-duplicates. */
export function looseKey(s: string): string {
  return identityKey(s)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const collator = new Intl.Collator("vi", { sensitivity: "base", numeric: true });

/** Vietnamese alphabetical order (a ă â b c d đ e ê …). */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(cleanText(a), cleanText(b));
}

/** True when the string has at least one letter (used to tell names from stray numbers). */
export function hasLetter(s: string): boolean {
  return LETTER.test(s);
}
