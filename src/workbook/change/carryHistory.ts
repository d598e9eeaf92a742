/**
 * Lịch sử's inputs carried to a rebuilt plan (the pane's insert over a ThiDua workbook): each new unit takes the
 * earlier names and results of the old unit with the same identity (its name or one of its earlier names).
 * Results of an old unit that no new unit matches are not carried; insertPlan's undo snapshot still holds them.
 */
import type { ClusterHistory } from "../../domain/history/types";
import { identityKey } from "../../domain/text/normalize";

export function carryHistory(history: ClusterHistory, oldUnits: readonly string[], newUnits: readonly string[]): ClusterHistory {
  const byKey = new Map<string, number>();
  oldUnits.forEach((name, u) => {
    for (const n of [name, ...(history.units[u]?.aliases ?? [])]) if (!byKey.has(identityKey(n))) byKey.set(identityKey(n), u);
  });
  const units = newUnits.map((name) => {
    const u = byKey.get(identityKey(name));
    return u === undefined ? { aliases: [], results: [] } : history.units[u]!;
  });
  return { periods: history.periods, units };
}
