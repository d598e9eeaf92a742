/**
 * Results of earlier periods (kỳ trước) as the award rules that look back need them. A unit's history is
 * most recent first: index 0 is the period just before this one. A null entry means the unit has no
 * result for that period (it had not joined the cluster, or nobody entered it).
 */

/** One unit's result in one earlier period, as the history sheet (Lịch sử) holds it. */
export interface PastResult {
  readonly total: number | null;
  readonly rank: number | null;
  /** The band (xếp loại) as it was written then. */
  readonly band: string | null;
  /** The award received (khen thưởng), as it was written then. */
  readonly award: string | null;
}

export type UnitHistory = readonly (PastResult | null)[];

/** The most earlier periods an award rule may require (the history sheet has at least that many). */
export const MAX_LOOK_BACK = 5;

/** Earlier results of a whole cluster, as the Lịch sử sheet is filled with them. */
export interface ClusterHistory {
  /** The earlier periods' labels (e.g. "2025"), most recent first. */
  readonly periods: readonly string[];
  /** Per unit, in the cluster's order: the names it had in earlier periods, and its results (most recent first). */
  readonly units: readonly { readonly aliases?: readonly string[]; readonly results: UnitHistory }[];
}
