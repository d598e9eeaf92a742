/**
 * Different names a reader may take for the same unit: equal without diacritics ("Hà Giang" / "Ha Giang"),
 * one is the other with leading words ("Tỉnh Hà Giang" / "Hà Giang"), or they look the same on screen
 * (Cyrillic or Greek look-alike letters, invisible characters, a missing or doubled space). Warnings only:
 * names with the same identityKey are the same unit, not near-duplicates.
 */
import { lookalikeKey } from "./confusables";
import { identityKey, looseKey } from "./normalize";

export type NearReason = "diacritics" | "leadingWords" | "lookalike";

export interface NearDuplicate {
  /** 0-based positions in the list: `index` looks like the earlier `firstIndex`. */
  readonly index: number;
  readonly firstIndex: number;
  readonly reason: NearReason;
}

/** True when the shorter loose key is the longer one's ending after whole leading words, and has at least two words. */
function isWordSuffix(shorter: string, longer: string): boolean {
  if (shorter.length >= longer.length || !shorter.includes(" ")) return false;
  return longer.endsWith(` ${shorter}`);
}

function reasonBetween(a: { loose: string; look: string }, b: { loose: string; look: string }): NearReason | null {
  if (a.loose === b.loose) return "diacritics";
  if (a.look === b.look) return "lookalike";
  if (isWordSuffix(a.loose, b.loose) || isWordSuffix(b.loose, a.loose)) return "leadingWords";
  return null;
}

/** For each name after the first of its identity, the first earlier distinct name it looks like. */
export function findNearDuplicates(names: readonly string[]): NearDuplicate[] {
  const seen = new Set<string>();
  const distinct: { index: number; loose: string; look: string }[] = [];
  const out: NearDuplicate[] = [];
  names.forEach((name, index) => {
    const key = identityKey(name);
    if (seen.has(key)) return;
    seen.add(key);
    const me = { index, loose: looseKey(name), look: lookalikeKey(name) };
    for (const d of distinct) {
      const reason = reasonBetween(d, me);
      if (reason) {
        out.push({ index, firstIndex: d.index, reason });
        break;
      }
    }
    distinct.push(me);
  });
  return out;
}
