/**
 * A criteria change in words, for the pane's preview and the CLI: one line per scored criterion that changes
 * (kept unchanged ones are left out), one line per score without a place. Catalogue messages only.
 */
import { message, type Message } from "../../../messages/message";
import type { RawValue } from "../../scoring/entryValue";
import type { CriteriaChange, CriterionChange, Difference } from "./criteriaChange";
import type { ScoreFate } from "./scoreFates";

function differenceText(d: Difference, c: CriterionChange): Message {
  return d === "max" ? message("change.difference.max", { old: c.old!.max, new: c.next!.max }) : message(`change.difference.${d}`);
}

function statusText(c: CriterionChange): Message {
  if (c.status === "renamed") return message("change.status.renamed", { from: c.old!.code, to: c.next!.code });
  if (c.status === "removed" && c.removedAs === "nowGroup") return message("change.reason.nowGroup");
  return message(`change.status.${c.status}`);
}

/** The changes worth showing: everything but criteria kept exactly as they were. */
export function changedCriteria(change: CriteriaChange): CriterionChange[] {
  return change.criteria.filter((c) => c.status !== "kept" || c.differences.length > 0);
}

/** "I.3 Tiêu chí 3: giữ nguyên, tối đa 20 → 15". */
export function criterionLine(c: CriterionChange): Message {
  const shown = c.next ?? c.old!;
  const parts = [statusText(c), ...c.differences.map((d) => differenceText(d, c))];
  const status = parts.reduce((all, p) => message("change.joined", { first: all, next: p }));
  return message("change.criterionLine", { code: (c.old ?? shown).code, title: shown.title, status });
}

const shownValue = (v: RawValue): string | number => (v === undefined || v === null || v === "" ? "–" : typeof v === "number" ? v : String(v));

/** "Tuyên Quang – C.2 Mô hình…: Tự chấm 1,5, Cụm chấm – (Tiêu chí không còn trong mẫu mới)". */
export function orphanLine(o: Extract<ScoreFate, { status: "orphaned" }>): Message {
  return message("change.orphanLine", {
    unit: o.entry.unit,
    code: o.old?.code ?? o.entry.criterion,
    title: o.old?.title ?? "",
    self: shownValue(o.entry.self),
    cluster: shownValue(o.entry.cluster),
    reason: message(`change.reason.${o.reason}`),
  });
}
