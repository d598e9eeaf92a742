/** Sheet names and the fixed labels the workbook shows (texts from the one catalogue, section "wb."). */
import type { UnitResult } from "../domain/cluster";
import type { AwardOutcome } from "../domain/ranking/awards";
import type { Criterion } from "../domain/template/model";
import { message, render } from "../messages/message";
import { hist, WORKBOOK_LOCALE, wb } from "./text";

export const SHEET = {
  criteria: wb("sheet.criteria"),
  units: wb("sheet.units"),
  entry: wb("sheet.entry"),
  points: wb("sheet.points"),
  ranking: wb("sheet.ranking"),
  summary: wb("sheet.summary"),
  meta: "_ThiDua",
} as const;

/** Lịch sử: results of earlier periods (only in workbooks whose template looks back or that were given history). */
export const HISTORY_SHEET = hist("sheet.name");

/** Shown for a unit without a band (value outside every band, or a failed gate with gateEffect "unclassified"). */
export const UNCLASSIFIED = render(message("band.unclassified"), WORKBOOK_LOCALE);
export const ELIGIBLE_YES = wb("label.yes");
export const ELIGIBLE_NO = wb("label.no");
/** Shown in Đủ điều kiện while a gate is awaiting a decision (neither Đạt nor Không đạt). */
export const ELIGIBLE_PENDING = wb("label.pending");
/** Outcome of one award rule for a unit (per-award columns on Xếp hạng). */
export const AWARD_PROPOSED = wb("label.proposed");
export const AWARD_VOTE = wb("label.vote");
/** Outcome for the members of a group who were not chosen in a vote for a higher award, when they all fit. */
export const AWARD_NOT_CHOSEN = wb("label.forNotChosen");
/** The award column of a unit whose gate is awaiting a decision. */
export const AWARD_GATE_PENDING = wb("label.gatePending");

/** Đủ điều kiện for a unit: Có, Không (a gate failed) or Chờ xác nhận (a gate awaiting a decision). */
export function eligibilityLabel(u: Pick<UnitResult, "eligible" | "pendingGates">): string {
  if (!u.eligible) return ELIGIBLE_NO;
  return u.pendingGates.length > 0 ? ELIGIBLE_PENDING : ELIGIBLE_YES;
}

/** What the Đề nghị khen thưởng column shows for a domain award outcome (the first award, then what those not chosen get). */
export function awardLabel(a: AwardOutcome | null): string {
  if (a === null) return "";
  if (a.status === "proposed") return a.title;
  const step = (title: string, slots: number, among: number) => (slots === among ? title : wb("label.voteSlots", { award: title, slots }));
  return [step(a.title, a.slots, a.contenders.length), ...a.fallback.map((s) => step(s.title, s.slots, s.among))].join(wb("label.otherwise"));
}

/** The award column of a unit: its award outcome, or that a gate is awaiting a decision. */
export function unitAwardLabel(u: Pick<UnitResult, "award" | "pendingGates">): string {
  return u.pendingGates.length > 0 ? AWARD_GATE_PENDING : awardLabel(u.award);
}
/** Max characters of template JSON per cell in _ThiDua (Excel's cell limit is 32 767). */
export const JSON_CHUNK = 30000;

export const KIND_LABEL: Record<Criterion["kind"], string> = {
  scored: wb("kind.scored"),
  bonus: wb("kind.bonus"),
  penalty: wb("kind.penalty"),
  gate: wb("kind.gate"),
};
