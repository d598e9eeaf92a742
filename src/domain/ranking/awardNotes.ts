/**
 * What the ranking reports say about awards beyond each unit's line: one note per vote (the units that
 * share the rank, bounded), then what the units not chosen get from the lower awards; and the units
 * whose gate is awaiting a decision. Used by the CLI report and the pane's ranking view.
 */
import { message, type Message } from "../../messages/message";
import type { ClusterResult, UnitResult } from "../cluster";
import type { AwardOutcome, AwardStep } from "./awards";
import { unitList } from "./unitList";

/** The award column's steps: the first award, then what those not chosen get (slots = among: a place each). */
export function awardSteps(a: AwardOutcome): AwardStep[] {
  if (a.status === "proposed") return [{ awardId: a.awardId, title: a.title, slots: 1, among: 1 }];
  return [{ awardId: a.awardId, title: a.title, slots: a.slots, among: a.contenders.length }, ...a.fallback];
}

/** One note per vote group, in rank order, each followed by what its units not chosen get. */
export function voteNotes(r: ClusterResult): Message[] {
  const seen = new Set<AwardOutcome>();
  const out: Message[] = [];
  for (const i of r.order) {
    const u = r.units[i]!;
    const a = u.award;
    if (a?.status !== "needsVote" || seen.has(a)) continue;
    seen.add(a);
    const first = a.contenders.slice(0, 6).map((j) => r.units[j]!.name);
    out.push(message("award.needsVote", { units: unitList(first, a.contenders.length, false), rank: u.rank, slots: a.slots, award: a.title }));
    let previous = a.title;
    for (const s of a.fallback) {
      out.push(
        s.slots === s.among
          ? message("award.fallbackAll", { previous, award: s.title })
          : message("award.fallbackVote", { among: s.among, previous, slots: s.slots, award: s.title }),
      );
      previous = s.title;
    }
  }
  return out;
}

/** Units (rank order) whose gate is awaiting a decision, with the note to show. */
export function pendingNotes(r: ClusterResult): { readonly unit: UnitResult; readonly note: Message }[] {
  return r.order.map((i) => r.units[i]!).flatMap((u) => (u.pendingGates.length > 0 ? [{ unit: u, note: message("award.gatePending", { codes: u.pendingGates.join(", ") }) }] : []));
}
