/**
 * Units that appear in more than one cluster: the same identity (identityKey: NFC, case, spaces, tone-mark
 * placement folded) is a duplicate; names equal only without accents or punctuation (looseKey: "Hà Giang" /
 * "Ha Giang") are reported as possible duplicates to check by eye. Within one cluster nothing is flagged.
 */
import { identityKey, looseKey } from "../text/normalize";
import type { ClusterResults, Duplicate, UnitRef } from "./types";

function groupBy(refs: readonly UnitRef[], key: (r: UnitRef) => string): UnitRef[][] {
  const groups = new Map<string, UnitRef[]>();
  for (const r of refs) {
    const k = key(r);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.values()];
}

const inSeveralClusters = (g: readonly UnitRef[]) => new Set(g.map((r) => r.cluster)).size >= 2;

export function findDuplicates(clusters: readonly ClusterResults[]): Duplicate[] {
  const refs: UnitRef[] = clusters.flatMap((c, cluster) => c.units.map((unit) => ({ cluster, unit })));
  const exact = groupBy(refs, (r) => identityKey(r.unit.name)).filter(inSeveralClusters);
  const loose = groupBy(refs, (r) => looseKey(r.unit.name))
    .filter(inSeveralClusters)
    // Loose groups that are one exact group add nothing.
    .filter((g) => new Set(g.map((r) => identityKey(r.unit.name))).size >= 2);
  return [...exact.map((units) => ({ exact: true, units })), ...loose.map((units) => ({ exact: false, units }))];
}
