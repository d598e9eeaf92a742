/**
 * Award proposals: rules in the template's order (most prestigious first), units in rank order,
 * one award per unit, ineligible units skipped. When units sharing a rank straddle a quota
 * boundary none of them is proposed automatically: they are flagged "needs a vote" (bình xét)
 * with the number of places left, and are not considered for lower awards.
 */
import type { Template } from "../template/model";
import { quotaSize } from "./quota";

export interface AwardCandidate {
  readonly rank: number;
  readonly value: number;
  readonly band: string | null;
  readonly eligible: boolean;
}

export type AwardOutcome =
  | { readonly status: "proposed"; readonly awardId: string; readonly title: string }
  | { readonly status: "needsVote"; readonly awardId: string; readonly title: string; readonly slots: number; readonly contenders: readonly number[] };

export function allocateAwards(t: Template, units: readonly AwardCandidate[]): (AwardOutcome | null)[] {
  const outcome: (AwardOutcome | null)[] = units.map(() => null);
  const eligibleCount = units.filter((u) => u.eligible).length;
  for (const rule of t.awards) {
    const quota = quotaSize(rule.quota, units.length, eligibleCount);
    const candidates = units
      .map((u, i) => ({ u, i }))
      .filter(({ u, i }) =>
        outcome[i] === null && u.eligible &&
        (rule.minScore === undefined || u.value >= rule.minScore) &&
        (rule.bands === undefined || (u.band !== null && rule.bands.includes(u.band))),
      )
      .sort((a, b) => a.u.rank - b.u.rank || a.i - b.i);
    let given = 0;
    let k = 0;
    while (k < candidates.length && given < quota) {
      const rank = candidates[k]!.u.rank;
      const group: number[] = [];
      while (k < candidates.length && candidates[k]!.u.rank === rank) group.push(candidates[k++]!.i);
      if (given + group.length <= quota) {
        for (const i of group) outcome[i] = { status: "proposed", awardId: rule.id, title: rule.title };
        given += group.length;
      } else {
        const slots = quota - given;
        for (const i of group) outcome[i] = { status: "needsVote", awardId: rule.id, title: rule.title, slots, contenders: group };
        given = quota;
      }
    }
  }
  return outcome;
}
