/**
 * The roll-up of several clusters' results (docs/rollup.md): one row per unit of every cluster (clusters in
 * input order, units in their cluster's rank order), a cross-cluster rank where templates agree, the quotas
 * across clusters with the units over them, and the units found in two clusters. Pure.
 */
import { cleanText } from "../text/normalize";
import { compareTemplates, competitionRanks, groupOfCluster, rankingValue } from "./compare";
import { findDuplicates } from "./duplicates";
import { checkQuotas } from "./quotas";
import type { ClusterResults, QuotaRule, Rollup, RollupRow, UnitRef } from "./types";

/**
 * Units best first across clusters: by rank in cluster; at equal rank, units of clusters whose totals are
 * compared by their value (highest first), each comparison group together; then cluster and list order.
 */
export function crossClusterOrder(refs: readonly UnitRef[], groupOf: readonly (number | null)[]): UnitRef[] {
  const groupKey = (r: UnitRef) => groupOf[r.cluster] ?? groupOf.length + r.cluster;
  const value = (r: UnitRef) => (groupOf[r.cluster] === null ? 0 : (rankingValue(r.unit) ?? -Infinity));
  return [...refs].sort((a, b) => (a.unit.rank ?? Infinity) - (b.unit.rank ?? Infinity) || groupKey(a) - groupKey(b) || value(b) - value(a) || a.cluster - b.cluster);
}

function crossRanks(refs: readonly UnitRef[], groupOf: readonly (number | null)[], groupCount: number): Map<UnitRef, number | null> {
  const ranks = new Map<UnitRef, number | null>();
  for (let k = 0; k < groupCount; k++) {
    const members = refs.filter((r) => groupOf[r.cluster] === k);
    competitionRanks(members.map((r) => rankingValue(r.unit))).forEach((rank, i) => ranks.set(members[i]!, rank));
  }
  return ranks;
}

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function rollup(clusters: readonly ClusterResults[], rules: readonly QuotaRule[]): Rollup {
  const comparison = compareTemplates(clusters);
  const groupOf = groupOfCluster(comparison, clusters.length);
  const refs: UnitRef[] = clusters.flatMap((c, cluster) => c.units.map((unit) => ({ cluster, unit })));
  const ranks = crossRanks(refs, groupOf, comparison.groups.length);
  const quotas = checkQuotas(rules, crossClusterOrder(refs, groupOf));
  // Keyed by cluster and place in it: the duplicates and quotas hold UnitRef objects of their own.
  const key = (r: UnitRef) => `${r.cluster}:${clusters[r.cluster]!.units.indexOf(r.unit)}`;
  const over = new Map<string, string[]>();
  for (const q of quotas) for (const r of q.proposed.slice(q.cap)) addTo(over, key(r), q.rule.text);
  const duplicates = findDuplicates(clusters);
  const alsoIn = new Map<string, string[]>();
  for (const d of duplicates.filter((x) => x.exact)) {
    for (const r of d.units) for (const other of new Set(d.units.filter((o) => o.cluster !== r.cluster).map((o) => clusters[o.cluster]!.clusterName))) addTo(alsoIn, key(r), other);
  }
  const rows: RollupRow[] = refs.map((r) => ({ ...r, crossRank: ranks.get(r) ?? null, alsoIn: alsoIn.get(key(r)) ?? [], overQuota: over.get(key(r)) ?? [] }));
  const periods = [...new Set(clusters.flatMap((c) => (c.period === null || cleanText(c.period) === "" ? [] : [cleanText(c.period)])))];
  return { clusters, rows, comparison, quotas, duplicates, periods };
}
