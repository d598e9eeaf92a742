/**
 * Where the entered scores of an existing ThiDua workbook land when the template is inserted again:
 * matched like fillEntries/refreshPlan (criterion code and unit identityKey). Pure.
 */
import type { EntryInput } from "../../domain/scoring/input";
import type { Template } from "../../domain/template/model";
import { cleanText, identityKey } from "../../domain/text/normalize";
import { workbookLayout } from "../../workbook/buildPlan";
import { addr } from "../../workbook/plan";

export interface CarryOver {
  /** Entries that land in the same cell as before. */
  readonly kept: number;
  /** Entries that land in another cell (unit order or criteria changed). */
  readonly moved: number;
  /** Entries with no place in the new workbook (unit or criterion gone). */
  readonly orphaned: readonly EntryInput[];
}

export function carryOver(entries: readonly EntryInput[], t: Template, units: readonly string[]): CarryOver {
  const L = workbookLayout(t, units.length);
  const unitIndex = new Map<string, number>();
  units.forEach((u, i) => {
    const k = identityKey(cleanText(u));
    if (!unitIndex.has(k)) unitIndex.set(k, i);
  });
  const leafRow = new Map<string, number>();
  L.nodes.forEach((c, i) => {
    if (c.children.length === 0 && !leafRow.has(c.key)) leafRow.set(c.key, L.nodeRow(i));
  });
  let kept = 0;
  let moved = 0;
  const orphaned: EntryInput[] = [];
  for (const e of entries) {
    const u = unitIndex.get(identityKey(e.unit));
    const row = leafRow.get(identityKey(e.criterion));
    if (u === undefined || row === undefined) {
      orphaned.push(e);
      continue;
    }
    // The self and cluster cells of a unit move together: comparing the self cell is enough.
    if (e.where?.self?.cell === addr(L.selfEntryCol(u), row)) kept++;
    else moved++;
  }
  return { kept, moved, orphaned };
}
