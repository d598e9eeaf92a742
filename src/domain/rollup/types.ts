/**
 * The higher body's roll-up (issue #17, docs/rollup.md): every cluster's results side by side, quotas across
 * clusters, units that appear in two clusters. `ClusterResults` is what one cluster's file says (a scoring
 * workbook recomputed by the domain, or a summary export): src/export/readClusterResults.ts makes it, and it is
 * also the shape to import a previous period's results. Pure data, no I/O.
 */

/** Where a cluster's results were read from. */
export type ResultsSource = "workbook" | "summaryCsv" | "summaryXlsx";

/** What a unit's award column says: proposed outright, put to a vote (bình xét), waiting for a gate's decision, or nothing. */
export type ProposalStatus = "proposed" | "vote" | "pending" | "none";

/** One unit of one cluster, as its cluster ranked it. */
export interface UnitResults {
  readonly name: string;
  /** Final total (Tổng); null when the file has none. */
  readonly total: number | null;
  /** % of the unit's own maximum, for templates ranked by it (the ranking value then); else null. */
  readonly percent: number | null;
  /** Rank in its cluster (1, 2, 2, 4); null when the file has none. */
  readonly rank: number | null;
  /** Band (Xếp loại); null when unclassified. */
  readonly band: string | null;
  /** The award column as shown ("Cờ thi đua", "Bằng khen – Bình xét (còn 1 suất)", "Chờ xác nhận điều kiện"), "" when none. */
  readonly awardLabel: string;
  /** The award title proposed or voted on (the first one of the label); null when none. */
  readonly award: string | null;
  readonly awardStatus: ProposalStatus;
}

export interface TemplateIdentity {
  /** Template id (e.g. "blank-100"); null when the file does not say (CSV). */
  readonly id: string | null;
  readonly title: string | null;
  /** templateHash of the criteria (src/domain/merge/templateHash.ts); null when unknown (exports): totals are then not compared. */
  readonly hash: string | null;
}

/** One cluster's results: what `thidua rollup` reads from each file (and the history import reuses). */
export interface ClusterResults {
  /** The file as given on the command line. */
  readonly file: string;
  readonly source: ResultsSource;
  /** Cluster name (for a CSV, which holds none: the file name without its extension). */
  readonly clusterName: string;
  readonly period: string | null;
  readonly template: TemplateIdentity;
  /** Units in the cluster's rank order (best first). */
  readonly units: readonly UnitResults[];
}

/** A cross-cluster quota: at most `count` units, or at most `percent` % (rounded down) of the units proposed for the `of` awards. */
export interface QuotaRule {
  /** As typed, for messages and the report. */
  readonly text: string;
  readonly award: string;
  readonly cap: { readonly kind: "count"; readonly count: number } | { readonly kind: "share"; readonly percent: number; readonly of: readonly string[] };
}

/** A unit of the roll-up: its cluster (index into Rollup.clusters) and its results. */
export interface UnitRef {
  readonly cluster: number;
  readonly unit: UnitResults;
}

export interface QuotaCheck {
  readonly rule: QuotaRule;
  /** Units proposed for the `of` awards (share quotas only). */
  readonly base: number | null;
  readonly cap: number;
  /** Units proposed outright for the award, ranked by rank in cluster, then total where templates agree. */
  readonly proposed: readonly UnitRef[];
  /** max(0, proposed − cap): the last `excess` units of `proposed` are over the cap. */
  readonly excess: number;
}

/** The same unit (identityKey) in several clusters, or, when `exact` is false, names alike but for accents/punctuation (looseKey). */
export interface Duplicate {
  readonly exact: boolean;
  readonly units: readonly UnitRef[];
}

/** Why a cluster's totals are not compared with other clusters'. */
export type NotComparedReason = "noTemplateHash" | "templateDiffers";

export interface Comparison {
  /** Clusters whose totals are compared, grouped by template (same criteria hash), each with ≥ 2 clusters. */
  readonly groups: readonly { readonly hash: string; readonly templateTitle: string | null; readonly clusters: readonly number[] }[];
  readonly notCompared: readonly { readonly cluster: number; readonly reason: NotComparedReason }[];
}

/** One line of the consolidated table. */
export interface RollupRow extends UnitRef {
  /** Competition rank of the ranking value (total, or % where ranked by %) among the clusters of its template group; null when not compared. */
  readonly crossRank: number | null;
  /** Other clusters where the same unit appears (exact duplicates). */
  readonly alsoIn: readonly string[];
  /** Texts of the quotas this unit is over. */
  readonly overQuota: readonly string[];
}

export interface Rollup {
  readonly clusters: readonly ClusterResults[];
  /** Every unit of every cluster exactly once: clusters in input order, units in their cluster's rank order. */
  readonly rows: readonly RollupRow[];
  readonly comparison: Comparison;
  readonly quotas: readonly QuotaCheck[];
  readonly duplicates: readonly Duplicate[];
  /** The distinct periods named by the files (more than one deserves a look). */
  readonly periods: readonly string[];
}
