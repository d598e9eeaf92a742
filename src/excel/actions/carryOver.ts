/**
 * Where the entered scores of an existing ThiDua workbook land when the template is inserted again:
 * matched like fillEntries/refreshPlan (criterion code and unit identityKey). Pure.
 */
import type { EntryInput } from "../../domain/scoring/input";
import type { Template } from "../../domain/template/model";
import { entryPlacer } from "../../workbook/fillEntries";
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
  const place = entryPlacer(t, units);
  let kept = 0;
  let moved = 0;
  const orphaned: EntryInput[] = [];
  for (const e of entries) {
    const at = place(e);
    if (!at) {
      orphaned.push(e);
      continue;
    }
    // The self and cluster cells of a unit move together: comparing the self cell is enough.
    if (e.where?.self?.cell === addr(at.selfCol, at.row)) kept++;
    else moved++;
  }
  return { kept, moved, orphaned };
}
