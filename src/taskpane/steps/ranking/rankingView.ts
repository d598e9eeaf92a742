/** What the Xếp hạng step shows, derived from the domain's ClusterResult (pure: no locale, no React). */
import type { ClusterResult } from "../../../domain/cluster";
import type { AwardOutcome } from "../../../domain/ranking/awards";
import { lookBackNotes } from "../../../domain/history/lookBackNotes";
import { pendingNotes, voteNotes } from "../../../domain/ranking/awardNotes";
import { roundTo } from "../../../domain/round";
import { countBySeverity } from "../../../domain/validation/finding";
import type { Message } from "../../../messages/message";

export interface RankingRow {
  readonly rank: number;
  readonly unit: string;
  readonly total: number;
  /** % of the unit's own maximum when the template ranks by it (to `decimals`), else null. */
  readonly percent: number | null;
  /** Decimals to show the % with: the precision, more where that is what separates two units. */
  readonly decimals: number;
  /** A gate is awaiting a decision: no award is proposed yet. */
  readonly pending: boolean;
  readonly band: string | null;
  readonly eligible: boolean;
  readonly award: AwardOutcome | null;
}

export interface RankingView {
  /** Best first. */
  readonly rows: readonly RankingRow[];
  /** Tied units (best first) and how the tie was broken, or that it is shared. */
  readonly ties: readonly { readonly unit: string; readonly tie: Message }[];
  /** One "Cần bình xét" message per group of units sharing a rank across an award quota, then what those not chosen get. */
  readonly votes: readonly Message[];
  /** Units whose gate is awaiting a decision (rank order). */
  readonly pending: readonly { readonly unit: string; readonly note: Message }[];
  /** Units that miss an award rule's look-back at earlier periods (Lịch sử), one note per unit and rule. */
  readonly lookBack: readonly { readonly unit: string; readonly note: Message }[];
  /** Units not eligible for awards and why (rank order). */
  readonly ineligible: readonly { readonly unit: string; readonly reasons: readonly Message[] }[];
  /** Error findings in the data the ranking was made from: > 0 means the ranking is provisional. */
  readonly errors: number;
  /** Score cells left empty that count 0 (bonus and penalty items excepted): > 0 also means provisional. */
  readonly unscored: number;
  /** Whether the template has bands at all (without, no unit is classified: "not set", not "unclassified"). */
  readonly hasBands: boolean;
  readonly percent: boolean;
  /** Decimals to show (the template's precision). */
  readonly precision: number;
}

export function rankingView(r: ClusterResult): RankingView {
  const ordered = r.order.map((i) => r.units[i]!);
  const percent = r.template.rankBy === "percentOfOwnMax";
  return {
    rows: ordered.map((u) => ({
      rank: u.rank,
      unit: u.name,
      total: u.final.total,
      percent: percent ? roundTo(u.exactValue, u.shownDecimals) : null,
      decimals: u.shownDecimals,
      pending: u.pendingGates.length > 0,
      band: u.band,
      eligible: u.eligible,
      award: u.award,
    })),
    ties: ordered.flatMap((u) => (u.tie ? [{ unit: u.name, tie: u.tie }] : [])),
    votes: voteNotes(r),
    pending: pendingNotes(r).map(({ unit, note }) => ({ unit: unit.name, note })),
    lookBack: lookBackNotes(r).map(({ unit, note }) => ({ unit: unit.name, note })),
    ineligible: ordered.filter((u) => !u.eligible).map((u) => ({ unit: u.name, reasons: u.ineligibleReasons })),
    errors: countBySeverity(r.findings).error,
    unscored: r.findings.filter((f) => f.code === "entry.missing").length,
    hasBands: r.template.bands.length > 0,
    percent,
    precision: r.template.precision,
  };
}
