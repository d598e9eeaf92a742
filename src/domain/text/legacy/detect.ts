/**
 * Finds text typed with a legacy Vietnamese font (TCVN3/ABC, VNI) or UTF-8 read in a Windows code page,
 * and what it says in Unicode. A text is flagged only when some of its words are neither ASCII nor
 * Vietnamese syllables and the decoded text reads entirely as Vietnamese: ordinary Unicode Vietnamese
 * and English names are never flagged.
 */
import { implausibleWords } from "../syllable";
import { decodeMojibake } from "./mojibake";
import { decodeTcvn3 } from "./tcvn3";
import { decodeVni } from "./vni";

export type LegacyEncoding = "tcvn3" | "vni" | "utf8AsWindows";

export interface LegacyText {
  readonly encoding: LegacyEncoding;
  /** The text as typed. */
  readonly original: string;
  /** The same text in Unicode (NFC). */
  readonly converted: string;
}

/** Zero-width characters (not the soft hyphen: in TCVN3 that byte is the letter ư). */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/gu;

/** Each word read again as UTF-8 (a text may mix typed and wrongly decoded words; a no-break space may be a byte of a letter). */
function decodeMojibakeWords(s: string): string {
  return s
    .split(/([ \t\r\n]+)/u)
    .map((w) => decodeMojibake(w) ?? w)
    .join("");
}

/** In the order ties are broken without other evidence: TCVN3 was the government's standard font table. */
const DECODERS: readonly [LegacyEncoding, (s: string) => string][] = [
  ["utf8AsWindows", decodeMojibakeWords],
  ["tcvn3", decodeTcvn3],
  ["vni", decodeVni],
];

/**
 * The readings of `text` that give Vietnamese, or [] when the text is fine as it is. Several readings:
 * the text alone cannot tell ("î" is "ợ" in TCVN3 and "ỵ" in VNI).
 */
export function legacyReadings(text: string): LegacyText[] {
  const s = text.replace(ZERO_WIDTH, "");
  if (implausibleWords(s).length === 0) return [];
  return DECODERS.map(([encoding, decode]) => ({ encoding, original: text, converted: decode(s) })).filter(
    (r) => r.converted !== s.normalize("NFC") && implausibleWords(r.converted).length === 0,
  );
}

/** The legacy encoding of `text` and its conversion, or null; among several readings, `preferred`'s. */
export function detectLegacy(text: string, preferred?: LegacyEncoding): LegacyText | null {
  const readings = legacyReadings(text);
  return readings.find((r) => r.encoding === preferred) ?? readings[0] ?? null;
}

/**
 * Each text of a list (unit names: one file, one paste, one font): a text that reads equally well in
 * two encodings takes the one the list's other legacy texts clearly use.
 */
export function detectLegacyList(texts: readonly string[]): (LegacyText | null)[] {
  const readings = texts.map(legacyReadings);
  const votes = new Map<LegacyEncoding, number>();
  for (const r of readings) if (r.length === 1) votes.set(r[0]!.encoding, (votes.get(r[0]!.encoding) ?? 0) + 1);
  const preferred = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return readings.map((r) => r.find((x) => x.encoding === preferred) ?? r[0] ?? null);
}
