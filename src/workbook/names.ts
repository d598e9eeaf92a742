/** Sheet names and the fixed Vietnamese labels the workbook shows. */
import type { AwardOutcome } from "../domain/ranking/awards";
import type { Criterion } from "../domain/template/model";

export const SHEET = {
  criteria: "Tiêu chí",
  units: "Đơn vị",
  entry: "Chấm điểm",
  points: "Điểm",
  ranking: "Xếp hạng",
  meta: "_ThiDua",
} as const;

/** Shown for a unit without a band (value outside every band, or a failed gate with gateEffect "unclassified"). */
export const UNCLASSIFIED = "Không xếp loại";
export const ELIGIBLE_YES = "Có";
export const ELIGIBLE_NO = "Không";
/** Outcome of one award rule for a unit (per-award columns on Xếp hạng). */
export const AWARD_PROPOSED = "Đề xuất";
export const AWARD_VOTE = "Bình xét";

/** What the Đề xuất khen thưởng column shows for a domain award outcome. */
export function awardLabel(a: AwardOutcome | null): string {
  if (a === null) return "";
  return a.status === "proposed" ? a.title : `${a.title} – ${AWARD_VOTE} (còn ${a.slots} suất)`;
}
/** Max characters of template JSON per cell in _ThiDua (Excel's cell limit is 32 767). */
export const JSON_CHUNK = 30000;

export const KIND_LABEL: Record<Criterion["kind"], string> = {
  scored: "Chấm điểm",
  bonus: "Điểm cộng",
  penalty: "Điểm trừ",
  gate: "Điều kiện",
};

