/** Sheet names and the fixed labels the workbook shows (texts from the one catalogue, section "wb."). */
import type { AwardOutcome } from "../domain/ranking/awards";
import type { Criterion } from "../domain/template/model";
import { message, render } from "../messages/message";
import { WORKBOOK_LOCALE, wb } from "./text";

export const SHEET = {
  criteria: wb("sheet.criteria"),
  units: wb("sheet.units"),
  entry: wb("sheet.entry"),
  points: wb("sheet.points"),
  ranking: wb("sheet.ranking"),
  summary: wb("sheet.summary"),
  meta: "_ThiDua",
} as const;

/** Shown for a unit without a band (value outside every band, or a failed gate with gateEffect "unclassified"). */
export const UNCLASSIFIED = render(message("band.unclassified"), WORKBOOK_LOCALE);
export const ELIGIBLE_YES = wb("label.yes");
export const ELIGIBLE_NO = wb("label.no");
/** Outcome of one award rule for a unit (per-award columns on Xếp hạng). */
export const AWARD_PROPOSED = wb("label.proposed");
export const AWARD_VOTE = wb("label.vote");

/** What the Đề nghị khen thưởng column shows for a domain award outcome. */
export function awardLabel(a: AwardOutcome | null): string {
  if (a === null) return "";
  return a.status === "proposed" ? a.title : wb("label.voteSlots", { award: a.title, slots: a.slots });
}
/** Max characters of template JSON per cell in _ThiDua (Excel's cell limit is 32 767). */
export const JSON_CHUNK = 30000;

export const KIND_LABEL: Record<Criterion["kind"], string> = {
  scored: wb("kind.scored"),
  bonus: wb("kind.bonus"),
  penalty: wb("kind.penalty"),
  gate: wb("kind.gate"),
};
