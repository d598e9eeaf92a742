/**
 * Award proposals: rules in the template's order (most prestigious first), units in rank order, one
 * award per unit. Only units that may be proposed take part (eligible: no failed gate and no gate
 * awaiting a decision).
 *
 * Units sharing a rank form a group that is never split by the ranking: for each rule, in rank order,
 * a group takes as many of the places left as it has members still without an award. When the places
 * left are fewer than those members, the group is put to a vote (bình xét) for them; the members who lose
 * that vote are still the group's, at the group's rank: they come first in line, before every unit ranked
 * below them, for the next rule (where they may all fit, or vote again for fewer places).
 *
 * Rules that look back (`previous`) are met or not per unit, so a group is also one record: units sharing a
 * rank whose earlier periods meet different look-back conditions are separate groups, the better record first.
 */
import type { Template } from "../template/model";
import type { AwardRule } from "../template/schema";
import { lookBackRecord, meetsLookBack } from "../history/lookBack";
import type { UnitHistory } from "../history/types";
import { quotaSize } from "./quota";

export interface AwardCandidate {
  readonly rank: number;
  /** The value minScore is compared with (the ranking value as shown). */
  readonly value: number;
  readonly band: string | null;
  /** May be proposed: no failed gate and no gate awaiting a decision. */
  readonly eligible: boolean;
  /** Results of earlier periods, most recent first (rules with `previous` look at them). */
  readonly history?: UnitHistory;
}

/** What the members of a group still without an award get from one rule: `slots` places among `among` members. */
export interface AwardStep {
  readonly awardId: string;
  readonly title: string;
  readonly slots: number;
  readonly among: number;
}

export type AwardOutcome =
  | { readonly status: "proposed"; readonly awardId: string; readonly title: string }
  | {
      readonly status: "needsVote";
      readonly awardId: string;
      readonly title: string;
      readonly slots: number;
      /** Indexes of the units sharing the rank (one array shared by the whole group). */
      readonly contenders: readonly number[];
      /** For the members who lose the vote, rule by rule: a place for each (slots = among) or another vote. */
      readonly fallback: readonly AwardStep[];
    };

interface Group {
  readonly members: number[];
  left: number;
  readonly steps: AwardStep[];
}

/**
 * Candidate groups, best first: units sharing a rank, split by their record (lookBackRecord) where the template
 * has rules that look back — the part meeting more of those rules' conditions first (see docs/template-format.md).
 */
function rankGroups(t: Template, units: readonly AwardCandidate[]): Group[] {
  const byKey = new Map<string, { rank: number; record: number; members: number[] }>();
  units.forEach((u, i) => {
    if (!u.eligible) return;
    const record = lookBackRecord(t.awards, u.history ?? []);
    const key = `${u.rank}/${record}`;
    const group = byKey.get(key);
    if (group) group.members.push(i);
    else byKey.set(key, { rank: u.rank, record, members: [i] });
  });
  return [...byKey.values()].sort((a, b) => a.rank - b.rank || b.record - a.record).map(({ members }) => ({ members, left: members.length, steps: [] }));
}

/** The rule's conditions on this period alone: the value reaches minScore and the band is one of its bands. */
export function meetsScoreAndBand(rule: Pick<AwardRule, "minScore" | "bands">, u: Pick<AwardCandidate, "value" | "band">): boolean {
  return (rule.minScore === undefined || u.value >= rule.minScore) && (rule.bands === undefined || (u.band !== null && rule.bands.includes(u.band)));
}

function qualifies(rule: AwardRule, u: AwardCandidate): boolean {
  return meetsScoreAndBand(rule, u) && meetsLookBack(rule, u.history ?? []);
}

export function allocateAwards(t: Template, units: readonly AwardCandidate[]): (AwardOutcome | null)[] {
  const groups = rankGroups(t, units);
  const eligibleCount = units.filter((u) => u.eligible).length;
  for (const rule of t.awards) {
    let places = quotaSize(rule.quota, units.length, eligibleCount);
    for (const g of groups) {
      if (places <= 0) break;
      if (g.left === 0 || !qualifies(rule, units[g.members[0]!]!)) continue;
      const slots = Math.min(g.left, places);
      g.steps.push({ awardId: rule.id, title: rule.title, slots, among: g.left });
      g.left -= slots;
      places -= slots;
    }
  }
  const outcome: (AwardOutcome | null)[] = units.map(() => null);
  for (const g of groups) {
    const [first, ...rest] = g.steps;
    if (!first) continue;
    const o: AwardOutcome =
      first.slots === first.among
        ? { status: "proposed", awardId: first.awardId, title: first.title }
        : { status: "needsVote", awardId: first.awardId, title: first.title, slots: first.slots, contenders: g.members, fallback: rest };
    for (const i of g.members) outcome[i] = o;
  }
  return outcome;
}
