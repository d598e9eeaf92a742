/** Synthetic templates for the Office.js renderer tests and bench (parsed with parseTemplate). */
import { parseTemplate } from "../../../src/domain/template/parse";
import type { Template } from "../../../src/domain/template/model";
import type { CriterionInput } from "../../../src/domain/template/schema";
import { loadStandardTemplate } from "../../../src/templates";

/** A leaf of a given flavour: manual points, pass/fail, levels, count, or % with N/A allowed. */
export function leaf(code: string, k: number): CriterionInput {
  const title = `Tiêu chí ${code}: thực hiện nhiệm vụ được giao đúng tiến độ`;
  switch (k % 5) {
    case 1:
      return { code, title, max: 2, method: { type: "passFail" } } as CriterionInput;
    case 2:
      return { code, title, max: 2, method: { type: "levels", levels: [{ points: 0, label: "Chưa đạt" }, { points: 1, label: "Đạt" }, { points: 2, label: "Tốt" }] } } as CriterionInput;
    case 3:
      return { code, title, max: 2, method: { type: "perCount", per: 0.5, cap: 2, mode: "deductFromMax" } } as CriterionInput;
    case 4:
      return { code, title, max: 2, method: { type: "ratio" }, naAllowed: true } as CriterionInput;
    default:
      return { code, title, max: 2 } as CriterionInput;
  }
}

/** groups × perGroup scored leaves (codes "G<g>.<k>"), plus the blank-100 bands/awards/tie-breaks adapted. */
export function syntheticTemplate(groups: number, perGroup: number, edit?: (criteria: CriterionInput[]) => CriterionInput[]): Template {
  const base = loadStandardTemplate("blank-100").input as unknown as Record<string, unknown>;
  let criteria: CriterionInput[] = [];
  for (let g = 1; g <= groups; g++) {
    const children: CriterionInput[] = [];
    for (let k = 1; k <= perGroup; k++) children.push(leaf(`G${g}.${k}`, k));
    criteria.push({ code: `G${g}`, title: `Nhóm ${g}`, max: 2 * perGroup, children } as CriterionInput);
  }
  if (edit) criteria = edit(criteria);
  const total = criteria.reduce((s, c) => s + (c.children ?? []).reduce((t, ch) => t + (ch.max ?? 0), 0), 0);
  for (const c of criteria) (c as { max?: number }).max = (c.children ?? []).reduce((t, ch) => t + (ch.max ?? 0), 0);
  const r = parseTemplate({ ...base, id: "synthetic", total, criteria, tieBreak: [{ by: "criterion", code: "G1" }, { by: "penalty" }], bonusCap: null, penaltyCap: null });
  if (!r.ok) throw new Error(`syntheticTemplate: ${JSON.stringify(r.errors).slice(0, 800)}`);
  return r.template;
}

export function unitNames(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `Đơn vị số ${i + 1}`);
}
