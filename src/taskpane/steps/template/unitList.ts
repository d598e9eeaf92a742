/**
 * The unit list as typed or pasted: one unit per line, or separated by tabs (a row pasted from Excel)
 * or semicolons; a numbering column (STT), a header row and blank lines are left out
 * (src/domain/text/nameList.ts). Names are compared after normalisation (src/domain/text/normalize.ts):
 * exact duplicates (same identityKey: "Hoà Bình" = "Hòa Bình", NFD = NFC, double spaces, case, invisible
 * characters) block the insert; near-duplicates (src/domain/text/nearDuplicates.ts) are only warnings,
 * and so are names typed with a legacy font (with their conversion), invisible characters and look-alike
 * letters from another alphabet (src/domain/text/hygiene.ts).
 */
import { nameIssues } from "../../../domain/text/hygiene";
import type { LegacyEncoding } from "../../../domain/text/legacy/detect";
import { namesOfText, type ListedName } from "../../../domain/text/nameList";
import { findNearDuplicates, type NearReason } from "../../../domain/text/nearDuplicates";
import { identityKey } from "../../../domain/text/normalize";

/** A repeated or look-alike unit: `index`/`firstIndex` are 1-based positions in the list. */
export interface UnitPair {
  readonly name: string;
  readonly index: number;
  readonly other: string;
  readonly firstIndex: number;
  /** Why two different names look alike (near-duplicates only). */
  readonly reason?: NearReason;
}

/** A name typed with a legacy font or read in the wrong encoding, and its Unicode conversion. */
export interface LegacyName {
  readonly line: number;
  readonly from: string;
  readonly to: string;
  readonly encoding: LegacyEncoding;
}

/** A name at its line in the text. */
export interface NameAtLine {
  readonly line: number;
  readonly name: string;
}

export interface UnitListAnalysis {
  /** Every name, cleaned (NFC, trimmed, single spaces, no invisible characters), in the order given. */
  readonly names: readonly string[];
  /** Names whose identity key repeats an earlier one. */
  readonly duplicates: readonly UnitPair[];
  /** Different identities that look alike. */
  readonly nearDuplicates: readonly UnitPair[];
  /** The names without exact repeats (first occurrence kept): what an insert uses. */
  readonly unique: readonly string[];
  /** Names typed with a legacy font (TCVN3, VNI) or read in the wrong encoding. */
  readonly legacy: readonly LegacyName[];
  /** Names that held invisible characters (removed in `names`). */
  readonly invisible: readonly NameAtLine[];
  /** Names mixing Latin with Cyrillic or Greek letters. */
  readonly mixedAlphabets: readonly NameAtLine[];
}

export function splitUnitList(text: string): string[] {
  return namesOfText(text).names.map((n) => n.name);
}

function duplicatesOf(names: readonly string[]): UnitPair[] {
  const firstByKey = new Map<string, number>();
  const out: UnitPair[] = [];
  names.forEach((name, i) => {
    const first = firstByKey.get(identityKey(name));
    if (first === undefined) firstByKey.set(identityKey(name), i);
    else out.push({ name, index: i + 1, other: names[first]!, firstIndex: first + 1 });
  });
  return out;
}

function issuesOf(listed: readonly ListedName[]) {
  const legacy: LegacyName[] = [];
  const invisible: NameAtLine[] = [];
  const mixedAlphabets: NameAtLine[] = [];
  const issues = nameIssues(listed.map((n) => n.raw));
  listed.forEach((n, i) => {
    for (const issue of issues[i]!) {
      if (issue.kind === "legacy") legacy.push({ line: n.line, from: n.raw.trim(), to: issue.legacy.converted.trim(), encoding: issue.legacy.encoding });
      if (issue.kind === "invisible") invisible.push({ line: n.line, name: n.name });
      if (issue.kind === "mixedAlphabets") mixedAlphabets.push({ line: n.line, name: n.name });
    }
  });
  return { legacy, invisible, mixedAlphabets };
}

export function analyseUnitList(text: string): UnitListAnalysis {
  const listed = namesOfText(text).names;
  const names = listed.map((n) => n.name);
  const duplicates = duplicatesOf(names);
  const repeated = new Set(duplicates.map((d) => d.index - 1));
  const nearDuplicates = findNearDuplicates(names).map((p) => ({
    name: names[p.index]!,
    index: p.index + 1,
    other: names[p.firstIndex]!,
    firstIndex: p.firstIndex + 1,
    reason: p.reason,
  }));
  const unique = names.filter((_, i) => !repeated.has(i));
  return { names, duplicates, nearDuplicates, unique, ...issuesOf(listed) };
}
