/**
 * The unit list as typed or pasted: one unit per line, or separated by tabs (a row pasted from Excel)
 * or semicolons. Names are compared after normalisation (src/domain/text/normalize.ts):
 * exact duplicates (same identityKey: "Hoà Bình" = "Hòa Bình", NFD = NFC, double spaces, case) block
 * the insert; near-duplicates (same looseKey, e.g. without diacritics, or one name is another with a
 * leading word such as "Tỉnh Hà Giang" / "Hà Giang") are only warnings.
 */
import { cleanText, identityKey, looseKey } from "../../../domain/text/normalize";

/** A repeated or look-alike unit: `index`/`firstIndex` are 1-based positions in the list. */
export interface UnitPair {
  readonly name: string;
  readonly index: number;
  readonly other: string;
  readonly firstIndex: number;
}

export interface UnitListAnalysis {
  /** Every name, cleaned (NFC, trimmed, single spaces), in the order given; empty entries dropped. */
  readonly names: readonly string[];
  /** Names whose identity key repeats an earlier one. */
  readonly duplicates: readonly UnitPair[];
  /** Different identities that look alike. */
  readonly nearDuplicates: readonly UnitPair[];
  /** The names without exact repeats (first occurrence kept): what an insert uses. */
  readonly unique: readonly string[];
}

export function splitUnitList(text: string): string[] {
  return text
    .split(/[\r\n\t;]+/u)
    .map(cleanText)
    .filter((s) => s !== "");
}

/** True when the shorter loose key is the longer one's ending after whole leading words, and has at least two words. */
function isWordSuffix(shorter: string, longer: string): boolean {
  if (shorter.length >= longer.length || !shorter.includes(" ")) return false;
  return longer.endsWith(` ${shorter}`);
}

export function analyseUnitList(text: string): UnitListAnalysis {
  const names = splitUnitList(text);
  const duplicates: UnitPair[] = [];
  const nearDuplicates: UnitPair[] = [];
  const firstByKey = new Map<string, number>();
  const distinct: { name: string; index: number; loose: string }[] = [];
  names.forEach((name, i) => {
    const key = identityKey(name);
    const first = firstByKey.get(key);
    if (first !== undefined) {
      duplicates.push({ name, index: i + 1, other: names[first], firstIndex: first + 1 });
      return;
    }
    firstByKey.set(key, i);
    const loose = looseKey(name);
    const alike = distinct.find((d) => d.loose === loose || isWordSuffix(d.loose, loose) || isWordSuffix(loose, d.loose));
    if (alike) nearDuplicates.push({ name, index: i + 1, other: alike.name, firstIndex: alike.index });
    distinct.push({ name, index: i + 1, loose });
  });
  return { names, duplicates, nearDuplicates, unique: distinct.map((d) => d.name) };
}
