/**
 * Vietnamese text identity: unit names and criterion codes are compared after
 * NFC, removing invisible characters (zero-width, soft hyphen), trimming, collapsing white space,
 * folding case, and making the old and new tone-mark placements equal ("Hoà" = "Hòa", "Thuỷ" = "Thủy").
 */
import { stripInvisible } from "./invisible";
import { applyToneStyle } from "./toneStyle";

const LETTER = /\p{L}/u;

/** NFC, invisible characters removed, trimmed, inner white space (incl. NBSP, tabs, new lines) collapsed to one space. */
export function cleanText(s: string): string {
  return stripInvisible(s.normalize("NFC")).replace(/\s+/gu, " ").trim();
}

/** The newer tone-mark placement ("Hoà" → "Hòa", "Thuỷ" → "Thủy"), NFC: see toneStyle.ts. */
export function unifyToneMarks(s: string): string {
  return applyToneStyle(s, "new");
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
