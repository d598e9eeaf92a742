/**
 * Which clusters' totals can be compared: only clusters scored on the same criteria (same templateHash).
 * A cluster read from an export (no hash) or alone with its template is not compared, with the reason.
 */
import type { ClusterResults, Comparison, UnitResults } from "./types";

export function compareTemplates(clusters: readonly ClusterResults[]): Comparison {
  const byHash = new Map<string, number[]>();
  clusters.forEach((c, i) => {
    if (c.template.hash === null) return;
    const list = byHash.get(c.template.hash);
    if (list) list.push(i);
    else byHash.set(c.template.hash, [i]);
  });
  const groups = [...byHash.entries()].filter(([, members]) => members.length >= 2).map(([hash, members]) => ({ hash, templateTitle: clusters[members[0]!]!.template.title, clusters: members }));
  const compared = new Set(groups.flatMap((g) => g.clusters));
  const notCompared = clusters.flatMap((c, i) => (compared.has(i) ? [] : [{ cluster: i, reason: c.template.hash === null ? ("noTemplateHash" as const) : ("templateDiffers" as const) }]));
  return { groups, notCompared };
}

/** What units are compared on across clusters: the % of own maximum where the template ranks by it, else the total. */
export function rankingValue(u: UnitResults): number | null {
  return u.percent ?? u.total;
}

/** Competition ranks (1, 2, 2, 4) of the values, highest first; null values get null. */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : 1 + values.filter((w) => w !== null && w > v).length));
}

/** For every cluster, the index of its comparison group (or null when not compared). */
export function groupOfCluster(comparison: Comparison, clusterCount: number): (number | null)[] {
  const of: (number | null)[] = Array.from({ length: clusterCount }, () => null);
  comparison.groups.forEach((g, k) => g.clusters.forEach((c) => (of[c] = k)));
  return of;
}
