/**
 * Why a unit is not eligible for an award rule that looks back: the rule's other conditions hold (it may be
 * proposed, its score and band qualify) but one of the earlier periods falls short. Used by the CLI report and the pane.
 */
import { message, type Message } from "../../messages/message";
import type { ClusterResult, UnitResult } from "../cluster";
import { meetsScoreAndBand } from "../ranking/awards";
import type { AwardRule, LookBack } from "../template/schema";
import { lookBackShortfall, lookBackTarget } from "./lookBack";
import type { UnitHistory } from "./types";

function otherwiseQualifies(rule: AwardRule, u: UnitResult): boolean {
  return u.eligible && meetsScoreAndBand(rule, { value: u.rankValue, band: u.band });
}

/** The note for one rule, or null when the history meets it. */
export function lookBackNote(rule: AwardRule & { previous: LookBack }, history: UnitHistory): Message | null {
  const j = lookBackShortfall(rule.previous, history);
  if (j < 0) return null;
  const { field, labels } = lookBackTarget(rule.previous);
  const past = history[j];
  const shown = past?.[field]?.trim();
  const found = shown ? `“${shown}”` : message("history.note.noResult");
  return message("history.note.lookBackShort", { award: rule.title, labels: labels.map((l) => `“${l}”`).join(" / "), periods: rule.previous.periods, back: j + 1, found });
}

/** Units in rank order with, per look-back rule they would otherwise qualify for, the note saying which period falls short. */
export function lookBackNotes(r: ClusterResult): { readonly unit: UnitResult; readonly note: Message }[] {
  const rules = r.template.awards.filter((a): a is AwardRule & { previous: LookBack } => a.previous !== undefined);
  return r.order.flatMap((i) => {
    const u = r.units[i]!;
    return rules.flatMap((rule) => {
      const note = otherwiseQualifies(rule, u) ? lookBackNote(rule, u.history) : null;
      return note ? [{ unit: u, note }] : [];
    });
  });
}
