/** What the Xếp hạng step shows, derived from the domain's ClusterResult (pure: no locale, no React). */
import type { ClusterResult } from "../../../domain/cluster";
import type { AwardOutcome } from "../../../domain/ranking/awards";
import { countBySeverity } from "../../../domain/validation/finding";
import { message, type Message } from "../../../messages/message";

export interface RankingRow {
  readonly rank: number;
  readonly unit: string;
  readonly total: number;
  /** % of the unit's own maximum when the template ranks by it, else null. */
  readonly percent: number | null;
  readonly band: string | null;
  readonly eligible: boolean;
  readonly award: AwardOutcome | null;
}

export interface RankingView {
  /** Best first. */
  readonly rows: readonly RankingRow[];
  /** Tied units (best first) and how the tie was broken, or that it is shared. */
  readonly ties: readonly { readonly unit: string; readonly tie: Message }[];
  /** One "Cần bình xét" message per group of units sharing a rank across an award quota. */
  readonly votes: readonly Message[];
  /** Units not eligible for awards and why (rank order). */
  readonly ineligible: readonly { readonly unit: string; readonly reasons: readonly Message[] }[];
  /** Error findings in the data the ranking was made from: > 0 means the ranking is provisional. */
  readonly errors: number;
  readonly percent: boolean;
  /** Decimals to show (the template's precision). */
  readonly precision: number;
}

export function rankingView(r: ClusterResult): RankingView {
  const ordered = r.order.map((i) => r.units[i]!);
  const percent = r.template.rankBy === "percentOfOwnMax";
  const votes: Message[] = [];
  const seen = new Set<string>();
  for (const u of ordered) {
    const a = u.award;
    if (a?.status !== "needsVote") continue;
    const key = `${a.awardId}:${a.contenders.join(",")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const units = a.contenders.map((j) => r.units[j]!.name).join(", ");
    votes.push(message("award.needsVote", { units, rank: u.rank, slots: a.slots, award: a.title }));
  }
  return {
    rows: ordered.map((u) => ({
      rank: u.rank,
      unit: u.name,
      total: u.final.total,
      percent: percent ? u.rankValue : null,
      band: u.band,
      eligible: u.eligible,
      award: u.award,
    })),
    ties: ordered.flatMap((u) => (u.tie ? [{ unit: u.name, tie: u.tie }] : [])),
    votes,
    ineligible: ordered.filter((u) => !u.eligible).map((u) => ({ unit: u.name, reasons: u.ineligibleReasons })),
    errors: countBySeverity(r.findings).error,
    percent,
    precision: r.template.precision,
  };
}
