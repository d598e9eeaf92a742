/**
 * Everything the documents sent upward need, from the domain's result: the ranking table (summaryRows),
 * award proposals per award rule (quota applied, units put to a vote), ineligible units with the reason,
 * plus cluster, period and the meeting. Pure; the .docx, .xlsx and the pane all render this.
 */
import type { ClusterResult } from "../domain/cluster";
import { quotaSize } from "../domain/ranking/quota";
import { render } from "../messages/message";
import type { Meeting } from "./meeting";
import { summaryRows, type SummaryCell } from "./summaryTable";

export interface AwardProposal {
  readonly id: string;
  readonly title: string;
  /** Places the quota allows for this cluster. */
  readonly quota: number;
  /** Units proposed, in rank order. */
  readonly proposed: readonly string[];
  /** Units tied across the quota boundary: the meeting votes (bình xét) on them for `slots` places. */
  readonly vote: { readonly units: readonly string[]; readonly slots: number } | null;
}

export interface ClusterSummary {
  readonly clusterName: string;
  readonly period: string;
  readonly templateTitle: string;
  /** Header row then one row per unit in rank order (summaryRows: … Xếp loại | Đủ điều kiện | Đề nghị khen thưởng). */
  readonly table: readonly (readonly SummaryCell[])[];
  readonly awards: readonly AwardProposal[];
  /** Units not eligible for awards, in rank order, with the reasons (vi-VN). */
  readonly ineligible: readonly { readonly unit: string; readonly reason: string }[];
  readonly meeting: Meeting;
}

export interface SummaryInfo {
  readonly clusterName: string;
  readonly period: string;
  readonly meeting?: Meeting;
}

export function clusterSummary(result: ClusterResult, info: SummaryInfo): ClusterSummary {
  const ordered = result.order.map((i) => result.units[i]!);
  const eligibleCount = result.units.filter((u) => u.eligible && u.pendingGates.length === 0).length;
  const awards = result.template.awards.map((rule): AwardProposal => {
    const proposed = ordered.filter((u) => u.award?.awardId === rule.id && u.award.status === "proposed").map((u) => u.name.normalize("NFC"));
    // Units whose place in this award depends on a vote: a vote for it, or a vote above whose units not chosen come here.
    const steps = new Map<unknown, number>();
    const voting = ordered.filter((u) => {
      const a = u.award;
      if (a?.status !== "needsVote") return false;
      const slots = a.awardId === rule.id ? a.slots : a.fallback.find((s) => s.awardId === rule.id)?.slots;
      if (slots !== undefined) steps.set(a, slots);
      return slots !== undefined;
    });
    const slots = [...steps.values()].reduce((sum, x) => sum + x, 0);
    return {
      id: rule.id,
      title: rule.title.normalize("NFC"),
      quota: quotaSize(rule.quota, result.units.length, eligibleCount),
      proposed,
      vote: voting.length > 0 ? { units: voting.map((u) => u.name.normalize("NFC")), slots } : null,
    };
  });
  return {
    clusterName: info.clusterName.normalize("NFC"),
    period: info.period.normalize("NFC"),
    templateTitle: result.template.title.normalize("NFC"),
    table: summaryRows(result),
    awards,
    ineligible: ordered
      .filter((u) => !u.eligible)
      .map((u) => ({ unit: u.name.normalize("NFC"), reason: u.ineligibleReasons.map((m) => render(m, "vi-VN")).join("; ") })),
    meeting: info.meeting ?? {},
  };
}

/** Index of a column of `table` by its header text. */
export function columnIndex(summary: ClusterSummary, header: string): number {
  return summary.table[0]!.indexOf(header);
}
