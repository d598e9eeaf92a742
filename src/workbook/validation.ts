/** Data validation (drop-downs, prompts, error texts) of the input cells, per scoring method. */
import { FAIL_TOKEN, NA_TOKENS, PASS_TOKEN } from "../domain/scoring/entryValue";
import type { Criterion } from "../domain/template/model";
import { formatNumber } from "../domain/text/numbers";
import { countWorth, type CountWorth } from "../domain/scoring/countLimit";
import { message, render } from "../messages/message";
import { addr, type DataValidationPlan, type ValidationRule } from "./plan";
import type { SheetBuilder } from "./sheetBuilder";
import { naTest, num } from "./formulas";
import { WORKBOOK_LOCALE, wb } from "./text";

const naTokens = NA_TOKENS.join(" / ");
const levelsText = (levels: readonly { points: number; label: string }[]) =>
  levels.map((l) => `${formatNumber(l.points, WORKBOOK_LOCALE)} (${l.label})`).join("; ");

/** How a criterion is scored, in words (the Cách chấm column of Tiêu chí). */
export function methodText(c: Criterion): string {
  if (c.children.length > 0) return wb("method.group");
  const m = c.method ?? { type: "manual" as const };
  let s: string;
  switch (m.type) {
    case "manual":
      s = c.step !== null ? wb("method.manualStep", { max: c.max, step: c.step }) : wb("method.manual", { max: c.max });
      break;
    case "passFail":
      s = wb("method.passFail", { pass: PASS_TOKEN, fail: FAIL_TOKEN });
      break;
    case "levels":
      s = wb("method.levels", { levels: levelsText(m.levels) });
      break;
    case "perCount":
      s =
        (m.cap !== undefined ? wb("method.perCountCap", { per: m.per, cap: m.cap }) : wb("method.perCount", { per: m.per })) +
        wb(m.mode === "deductFromMax" ? "method.deduct" : "method.accumulate");
      break;
    case "ratio":
      s = wb("method.ratio");
      break;
    case "relativeToBest":
      s = wb("method.relativeToBest");
      break;
  }
  return c.naAllowed ? wb("method.na", { method: s, tokens: naTokens }) : s;
}

const signed = (v: number) => `${v < 0 ? "−" : "+"}${formatNumber(Math.abs(v), WORKBOOK_LOCALE)}`;

/** "I.3: nhập số lần, không phải điểm (mỗi lần −0,5 điểm, tối đa −1,5 điểm): số nguyên từ 0 đến 3." */
export function countText(code: string, w: CountWorth): string {
  const params = { code, per: signed(w.perCount), limit: signed(w.limit), maxCount: w.maxCount ?? 0 };
  return render(message(w.maxCount === null ? "undo.dv.countOpen" : "undo.dv.count", params), WORKBOOK_LOCALE);
}

/** Number formats of a count row: its maximum reads "3 điểm" and its entries "2 lần", so nobody types points there. */
export const COUNT_MAX_FORMAT = 'General" điểm"';
export const COUNT_ENTRY_FORMAT = 'General" lần"';

/** Marks a count row (perCount) of an entry sheet: the maximum cell and the input cells get the formats above. */
export function markCountRow(sheet: SheetBuilder, c: Criterion, row: number, maxCol: number, inputCols: readonly number[]): void {
  if (c.method?.type !== "perCount") return;
  const max = sheet.cells.get(addr(maxCol, row));
  if (max) sheet.set(maxCol, row, { ...max, numFmt: COUNT_MAX_FORMAT });
  for (const col of inputCols) {
    const cell = sheet.cells.get(addr(col, row));
    if (cell) sheet.set(col, row, { ...cell, numFmt: COUNT_ENTRY_FORMAT });
  }
}

/** Data validation for one leaf's input row (all units, self and cluster). */
export function leafValidation(leaf: Criterion, range: string, topLeft: string): DataValidationPlan {
  const m = leaf.method ?? { type: "manual" as const };
  const na = leaf.naAllowed;
  const naValues = na ? [...NA_TOKENS] : [];
  const naNote = na ? wb("dv.naNote", { tokens: naTokens }) : "";
  let rule: ValidationRule;
  let title: string;
  let text: string;
  let errorStyle: DataValidationPlan["errorStyle"] = "stop";
  const numeric = (cond: string): ValidationRule => ({ type: "custom", formula: `IF(ISNUMBER(${topLeft}),${cond},${naTest(topLeft)})` });
  const code = leaf.code;
  switch (m.type) {
    case "passFail":
      rule = { type: "list", values: [PASS_TOKEN, FAIL_TOKEN, ...naValues] };
      title = wb("dv.passFail.title");
      text = wb("dv.passFail.text", { code, pass: PASS_TOKEN, fail: FAIL_TOKEN });
      break;
    case "levels":
      rule = { type: "list", values: [...m.levels.map((l) => l.points), ...naValues] };
      title = wb("dv.levels.title");
      text = wb("dv.levels.text", { code, levels: levelsText(m.levels) });
      break;
    case "perCount": {
      // A count, not points: whole numbers up to the count where the cap is reached (more changes nothing).
      // Past it Excel warns and lets the clerk keep a real count (5 late reports are a fact, the cap holds).
      const w = countWorth(leaf)!;
      if (w.maxCount !== null) errorStyle = "warning";
      const upTo = w.maxCount === null ? "" : `,${topLeft}<=${w.maxCount}`;
      rule = na ? numeric(`AND(${topLeft}>=0,${topLeft}=INT(${topLeft})${upTo})`) : { type: "whole", min: 0, ...(w.maxCount === null ? {} : { max: w.maxCount }) };
      title = wb("dv.count.title");
      text = countText(code, w);
      break;
    }
    case "ratio":
    case "relativeToBest":
      rule = na ? numeric(`${topLeft}>=0`) : { type: "decimal", min: 0 };
      title = wb("dv.percent.title");
      text = wb("dv.percent.text", { code });
      break;
    case "manual":
    default:
      rule = na ? numeric(`AND(${topLeft}>=0,${topLeft}<=${num(leaf.max)})`) : { type: "decimal", min: 0, max: leaf.max };
      title = wb("dv.points.title");
      text = leaf.step !== null ? wb("dv.points.textStep", { code, max: leaf.max, step: leaf.step }) : wb("dv.points.text", { code, max: leaf.max });
      break;
  }
  return {
    range,
    rule,
    allowBlank: true,
    prompt: { title, text: (text + naNote).slice(0, 255) },
    error: { title: wb("dv.error.title"), text: wb("dv.error.text", { text, na: naNote }).slice(0, 255) },
    errorStyle,
  };
}
