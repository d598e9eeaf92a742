/**
 * The words of the Thiết kế tiêu chí sheet (section "design.sheet." of the catalogue): the sheet is written in
 * Vietnamese (like the scoring workbook); it is read back in Vietnamese or English, compared after identity folding.
 */
import type { MessageId } from "../../../messages/catalogue";
import { message, render } from "../../../messages/message";
import type { designTexts } from "../../../messages/designTexts";
import { identityKey } from "../../text/normalize";
import type { Kind } from "../schema";

type DesignId = keyof typeof designTexts & `sheet.${string}`;
type SheetId = DesignId extends `sheet.${infer R}` ? R : never;

/** A sheet text in Vietnamese (the language the sheet is written in). */
export function sheetText(id: SheetId, params: Record<string, string | number> = {}): string {
  return render(message(`design.sheet.${id}` as MessageId, params), "vi-VN");
}

/** A sheet text in both languages (what a reader accepts). */
export function bothLanguages(id: SheetId): string[] {
  const m = message(`design.sheet.${id}` as MessageId);
  return [render(m, "vi-VN"), render(m, "en-US")];
}

/** One choice of a drop-down: the value it stands for and the catalogue id of its words. */
export interface Choice<V> {
  readonly value: V;
  readonly id: SheetId;
}

/** The drop-down's words, as written into the sheet. */
export function choiceWords<V>(choices: readonly Choice<V>[]): string[] {
  return choices.map((c) => sheetText(c.id));
}

export function wordOf<V>(choices: readonly Choice<V>[], value: V): string {
  const c = choices.find((x) => x.value === value);
  if (!c) throw new Error(`no word for ${String(value)}`);
  return sheetText(c.id);
}

/** The value a typed word stands for (either language, case and accents of tone placement folded), or undefined. */
export function valueOfWord<V>(choices: readonly Choice<V>[], typed: string): V | undefined {
  const key = identityKey(typed);
  return choices.find((c) => {
    const id = `design.sheet.${c.id}` as MessageId;
    return [render(message(id), "vi-VN"), render(message(id), "en-US")].some((w) => identityKey(w) === key);
  })?.value;
}

export type MethodWord = "manual" | "passFail" | "levels" | "deduct" | "accumulate" | "ratio" | "relativeToBest";

export const KINDS: readonly Choice<Kind>[] = [
  { value: "scored", id: "kind.scored" },
  { value: "bonus", id: "kind.bonus" },
  { value: "penalty", id: "kind.penalty" },
  { value: "gate", id: "kind.gate" },
];

export const METHODS: readonly Choice<MethodWord>[] = [
  { value: "manual", id: "method.manual" },
  { value: "passFail", id: "method.passFail" },
  { value: "levels", id: "method.levels" },
  { value: "deduct", id: "method.deduct" },
  { value: "accumulate", id: "method.accumulate" },
  { value: "ratio", id: "method.ratio" },
  { value: "relativeToBest", id: "method.relativeToBest" },
];

export const YES_NO: readonly Choice<boolean>[] = [
  { value: true, id: "yes" },
  { value: false, id: "no" },
];

export const RANK_BY: readonly Choice<"total" | "percentOfOwnMax">[] = [
  { value: "total", id: "rankBy.total" },
  { value: "percentOfOwnMax", id: "rankBy.percentOfOwnMax" },
];

export const GATE_EFFECT: readonly Choice<"ineligible" | "unclassified">[] = [
  { value: "ineligible", id: "gateEffect.ineligible" },
  { value: "unclassified", id: "gateEffect.unclassified" },
];

export const BAND_GAP: readonly Choice<"lowerBand" | "unclassified">[] = [
  { value: "lowerBand", id: "bandGap.lowerBand" },
  { value: "unclassified", id: "bandGap.unclassified" },
];

export const TIE_BY: readonly Choice<"criterion" | "penalty" | "bonus" | "selfTotal">[] = [
  { value: "criterion", id: "tie.criterion" },
  { value: "penalty", id: "tie.penalty" },
  { value: "bonus", id: "tie.bonus" },
  { value: "selfTotal", id: "tie.selfTotal" },
];

export const QUOTA_BASE: readonly Choice<"units" | "eligible">[] = [
  { value: "units", id: "base.units" },
  { value: "eligible", id: "base.eligible" },
];

export const ROUNDING: readonly Choice<"floor" | "round" | "ceil">[] = [
  { value: "floor", id: "rounding.floor" },
  { value: "round", id: "rounding.round" },
  { value: "ceil", id: "rounding.ceil" },
];
