/**
 * What is wrong with names as typed, before they are used: legacy-font or wrongly decoded text (with its
 * Unicode conversion, shown to the user before anything changes), invisible characters (removed by
 * cleanText), and letters from another alphabet that look Latin. And the conversion of a whole pasted
 * list, cell by cell, keeping its layout (numbering, tabs, lines). Names of one list are judged together:
 * they come from one file or paste, typed in one font.
 */
import { mixesAlphabets } from "./confusables";
import { hasInvisible } from "./invisible";
import { detectLegacyList, type LegacyText } from "./legacy/detect";

export type NameIssue =
  | { readonly kind: "legacy"; readonly legacy: LegacyText }
  | { readonly kind: "invisible" }
  | { readonly kind: "mixedAlphabets" };

/** The problems of each name of a list as typed (raw, before cleaning). */
export function nameIssues(raws: readonly string[]): NameIssue[][] {
  const legacy = detectLegacyList(raws);
  return raws.map((raw, i) => {
    const issues: NameIssue[] = [];
    const found = legacy[i];
    if (found) issues.push({ kind: "legacy", legacy: found });
    else if (hasInvisible(raw)) issues.push({ kind: "invisible" });
    if (mixesAlphabets(raw)) issues.push({ kind: "mixedAlphabets" });
    return issues;
  });
}

/** A list (lines of cells separated by tabs or semicolons) with every legacy cell converted to Unicode. */
export function convertLegacyList(text: string): string {
  const parts = text.split(/(\r\n|\r|\n|\t|;)/u);
  const cells = parts.filter((_, i) => i % 2 === 0);
  const found = detectLegacyList(cells);
  return parts.map((p, i) => (i % 2 === 1 ? p : (found[i / 2]?.converted ?? p))).join("");
}
