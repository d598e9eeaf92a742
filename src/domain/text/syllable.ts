/**
 * Does a text read as Vietnamese (or plain ASCII)? Used to tell legacy-font or wrongly decoded text
 * ("Hßa", "Hoäi", "Há»™i") from real names: every word must be ASCII, or a Vietnamese syllable
 * (consonants, one of the language's vowel groups, a final consonant, at most one tone mark). Loose on
 * consonants (place names such as "Krông", "Đắk" pass); strict on vowels and letters.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Vowel groups of Vietnamese syllables (glides included), without tone marks. */
const NUCLEI = [
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "oo", "ôô", "ôi", "ơi",
  "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
  "iêu", "oai", "oao", "oay", "oeo", "uây", "uêu", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu",
].sort((a, b) => b.length - a.length);

const SYLLABLE = new RegExp(`^(qu|gi|[bcdđfghjklmnpqrstvwxz]*)(${NUCLEI.join("|")})(ch|nh|ng|c|h|k|m|n|p|t)?$`, "u");

/** Vowel groups that end in a glide or are open ("ai", "ưa", "iêu"): no final consonant follows. */
const OPEN_NUCLEI = new Set(["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ua", "ui", "ưa", "ưi", "ưu",
  "iêu", "oai", "oao", "oay", "oeo", "uây", "uêu", "uôi", "uya", "uyu", "ươi", "ươu", "yêu"]);

/** Vietnamese spelling: "nh"/"ch" only after a, ê, i, y ("anh", "ếch", "inh", "uých"); "ng"/"c" never after i, y ("inh", not "ing"). */
function finalFits(nucleus: string, final: string): boolean {
  if (final === "") return true;
  if (OPEN_NUCLEI.has(nucleus)) return false;
  const last = nucleus.at(-1)!;
  if (final === "nh" || final === "ch") return "aêiy".includes(last);
  if (final === "ng" || final === "c") return !"iy".includes(last);
  return true;
}

/** A syllable ending in a stop (c, ch, p, t, k) takes only the sắc or nặng tone, or none. */
const STOP_FINAL = /(?:c|ch|k|p|t)$/u;
const FLAT_TONES = /[\u0300\u0303\u0309]/u;

/**
 * Separators between words: white space, digits, ASCII and typographic punctuation. Not the no-break
 * space: UTF-8 "à" read as Windows-1258 ends in one ("hĂ\u00A0").
 */
const SEPARATORS = /(?:[^\S\u00A0]|[\p{Nd}!-/:-@[-`{-~\u2013\u2014\u2018\u2019\u201C\u201D\u2026\u2022])+/u;

/** True when a word (no separators) is ASCII letters or one Vietnamese syllable in any case. */
export function isPlausibleWord(word: string): boolean {
  if (/^[A-Za-z]*$/.test(word)) return true;
  if (/\p{Ll}\p{Lu}/u.test(word)) return false; // "xÝn": a capital after a small letter
  const d = word.normalize("NFD").toLocaleLowerCase("vi");
  const tones = d.match(TONE_MARKS)?.length ?? 0;
  if (tones > 1) return false;
  const bare = d.replace(TONE_MARKS, "").normalize("NFC");
  const m = SYLLABLE.exec(bare);
  if (!m) return false;
  const final = m[3] ?? "";
  return finalFits(m[2]!, final) && !(STOP_FINAL.test(final) && FLAT_TONES.test(d));
}

/** The words of a text that are neither ASCII nor Vietnamese syllables. */
export function implausibleWords(s: string): string[] {
  return s.split(SEPARATORS).filter((w) => w !== "" && !isPlausibleWord(w));
}
