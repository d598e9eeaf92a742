/** Data validation (drop-downs, prompts, error texts) of the input cells, per scoring method. */
import { FAIL_TOKEN, NA_TOKENS, PASS_TOKEN } from "../domain/scoring/entryValue";
import type { Criterion } from "../domain/template/model";
import { formatNumber } from "../domain/text/numbers";
import { type DataValidationPlan, type ValidationRule } from "./plan";
import { naTest, num } from "./formulas";

export function methodText(c: Criterion): string {
  const n = (x: number) => formatNumber(x, "vi-VN");
  if (c.children.length > 0) return "Nhóm (cộng các tiêu chí con, không quá điểm tối đa)";
  const m = c.method ?? { type: "manual" as const };
  let s: string;
  switch (m.type) {
    case "manual":
      s = `Nhập điểm từ 0 đến ${n(c.max)}${c.step !== null ? `, bước ${n(c.step)}` : ""}`;
      break;
    case "passFail":
      s = `${PASS_TOKEN} / ${FAIL_TOKEN}`;
      break;
    case "levels":
      s = `Chọn một mức: ${m.levels.map((l) => `${n(l.points)} (${l.label})`).join("; ")}`;
      break;
    case "perCount":
      s =
        `Nhập số lần; ${n(m.per)} điểm mỗi lần${m.cap !== undefined ? `, tối đa ${n(m.cap)}` : ""}` +
        (m.mode === "deductFromMax" ? "; trừ dần từ điểm tối đa" : "; cộng dồn");
      break;
    case "ratio":
      s = "Nhập % hoàn thành chỉ tiêu; điểm = tối đa × %";
      break;
    case "relativeToBest":
      s = "Nhập % hoàn thành chỉ tiêu; so với đơn vị dẫn đầu cụm";
      break;
  }
  return c.naAllowed ? `${s}; được nhập ${NA_TOKENS.join(" / ")}` : s;
}

/** Data validation for one leaf's input row (all units, self and cluster). */
export function leafValidation(leaf: Criterion, range: string, topLeft: string): DataValidationPlan {
  const m = leaf.method ?? { type: "manual" as const };
  const n = (x: number) => formatNumber(x, "vi-VN");
  const na = leaf.naAllowed;
  const naTokens = na ? [...NA_TOKENS] : [];
  const naNote = na ? ` Không áp dụng: nhập ${NA_TOKENS.join(" / ")}.` : "";
  let rule: ValidationRule;
  let title: string;
  let text: string;
  const numeric = (cond: string): ValidationRule => ({ type: "custom", formula: `IF(ISNUMBER(${topLeft}),${cond},${naTest(topLeft)})` });
  switch (m.type) {
    case "passFail":
      rule = { type: "list", values: [PASS_TOKEN, FAIL_TOKEN, ...naTokens] };
      title = "Đạt / Không đạt";
      text = `${leaf.code}: chọn ${PASS_TOKEN} hoặc ${FAIL_TOKEN}.`;
      break;
    case "levels":
      rule = { type: "list", values: [...m.levels.map((l) => l.points), ...naTokens] };
      title = "Chọn mức điểm";
      text = `${leaf.code}: ${m.levels.map((l) => `${n(l.points)} (${l.label})`).join("; ")}.`;
      break;
    case "perCount":
      rule = na ? numeric(`AND(${topLeft}>=0,${topLeft}=INT(${topLeft}))`) : { type: "whole", min: 0 };
      title = "Nhập số lần";
      text = `${leaf.code}: số nguyên từ 0 trở lên; ${n(m.per)} điểm mỗi lần.`;
      break;
    case "ratio":
    case "relativeToBest":
      rule = na ? numeric(`${topLeft}>=0`) : { type: "decimal", min: 0 };
      title = "Nhập % hoàn thành";
      text = `${leaf.code}: % hoàn thành chỉ tiêu (80 = 80 %).`;
      break;
    case "manual":
    default:
      rule = na ? numeric(`AND(${topLeft}>=0,${topLeft}<=${num(leaf.max)})`) : { type: "decimal", min: 0, max: leaf.max };
      title = "Nhập điểm";
      text = `${leaf.code}: điểm từ 0 đến ${n(leaf.max)}${leaf.step !== null ? `, bước ${n(leaf.step)}` : ""}.`;
      break;
  }
  return {
    range,
    rule,
    allowBlank: true,
    prompt: { title, text: (text + naNote).slice(0, 255) },
    error: { title: "Giá trị không hợp lệ", text: `${text}${naNote} Để trống nếu chưa chấm.`.slice(0, 255) },
    errorStyle: "stop",
  };
}

