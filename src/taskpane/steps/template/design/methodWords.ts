/** How a proposed criterion is scored, in the clerk's words of the design sheet's drop-down (pane language). */
import type { Criterion } from "../../../../domain/template/model";
import { formatNumber } from "../../../../messages/format";
import { catalogueLocale, type Locale, t } from "../../../i18n/strings";

export function methodWords(locale: Locale, c: Criterion): string {
  const m = c.method ?? { type: "manual" as const };
  const n = (x: number) => formatNumber(x, catalogueLocale(locale));
  switch (m.type) {
    case "manual":
    case "passFail":
    case "ratio":
    case "relativeToBest":
      return t(locale, `design.method.${m.type}`);
    case "levels":
      return t(locale, "design.method.levels", { levels: m.levels.map((l) => `${n(l.points)} (${l.label})`).join("; ") });
    case "perCount": {
      const method = t(locale, m.mode === "deductFromMax" ? "design.method.deduct" : "design.method.accumulate", { per: n(m.per) });
      return m.cap === undefined ? method : t(locale, "design.method.cap", { method, cap: n(m.cap) });
    }
  }
}

/** "điểm thưởng" for a bonus criterion whose parent is not one (shown once per subtree); empty otherwise. */
export function kindWords(locale: Locale, c: Criterion, parent: Criterion | null): string {
  if (c.kind === "scored" || parent?.kind === c.kind) return "";
  return t(locale, `design.kind.${c.kind}`);
}
