/**
 * Formulas that scale (issue 14), on the plan of every standard template:
 * - no formula takes one argument per unit (regression: each relativeToBest "best" cell was MAX(0, one reference
 *   per unit), past Excel's 255 arguments and 8,192 characters, LibreOffice's Err:512 at 500 units);
 * - the live ranking does no pass over every unit per unit: no COUNTIF/COUNTIFS/exact MATCH in Xếp hạng's rank,
 *   line and award columns, the ranked list or Tổng hợp's table (regression: n² work per typed score).
 */
import fc from "fast-check";
import { loadStandardTemplate, standardTemplateIds } from "../templates";
import { buildPlan, SHEET, workbookLayout } from "./buildPlan";
import type { WorkbookPlan } from "./plan";
import { summarySheetLayout } from "./summarySheetLayout";

const unitNames = (n: number) => Array.from({ length: n }, (_, i) => `Đơn vị ${i + 1}`);

/** The largest number of arguments of any one function call in a formula (string literals ignored). */
function maxArguments(formula: string): number {
  const f = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/\{[^}]*\}/g, "0");
  const stack: number[] = [];
  let max = 0;
  for (const ch of f) {
    if (ch === "(") stack.push(1);
    else if (ch === "," && stack.length > 0) stack[stack.length - 1]!++;
    else if (ch === ")") max = Math.max(max, stack.pop() ?? 0);
  }
  return max;
}

function formulas(plan: WorkbookPlan, sheet?: string): { at: string; formula: string; col: number; row: number }[] {
  const out: { at: string; formula: string; col: number; row: number }[] = [];
  for (const s of plan.sheets) {
    if (sheet !== undefined && s.name !== sheet) continue;
    for (const [a, c] of s.cells) {
      if (!("formula" in c)) continue;
      const m = /^([A-Z]+)(\d+)$/.exec(a)!;
      const col = [...m[1]!].reduce((x, ch) => x * 26 + ch.charCodeAt(0) - 64, 0);
      out.push({ at: `${s.name}!${a}`, formula: c.formula, col, row: Number(m[2]) });
    }
  }
  return out;
}

describe("formulas that scale", () => {
  it.each(standardTemplateIds)("%s: no formula grows with the number of units (10 vs 300 units)", (id) => {
    const t = loadStandardTemplate(id);
    const longestOf = (fs: { formula: string }[]) => fs.reduce((m, f) => Math.max(m, f.formula.length), 0);
    const longest = (n: number) => longestOf(formulas(buildPlan(t, { name: "x", period: "2025", units: unitNames(n) })));
    const big = formulas(buildPlan(t, { name: "x", period: "2025", units: unitNames(300) }));
    expect(big.filter((f) => maxArguments(f.formula) > 30).map((f) => f.at)).toEqual([]);
    // Only the digits of row and column numbers may grow.
    expect(longestOf(big)).toBeLessThanOrEqual(longest(10) + 60);
  });

  it("the argument counter counts what it should", () => {
    expect(maxArguments('MAX(0,A1,B1,IF(C1="a,b",1,2))')).toBe(4);
    fc.assert(fc.property(fc.integer({ min: 1, max: 400 }), (k) => maxArguments(`MAX(${Array(k).fill("A1").join(",")})`) === k));
  });

  it.each(standardTemplateIds)("%s: ranking, ranked list and Tổng hợp table make no pass over every unit per unit", (id) => {
    const t = loadStandardTemplate(id);
    const n = 40;
    const plan = buildPlan(t, { name: "x", period: "2025", units: unitNames(n) });
    const C = workbookLayout(t, n).rankingCols;
    const S = summarySheetLayout(t, n);
    // The % chain's COUNTIFS run only for units sharing a shown % with another exact share (rare; see awardFormulas.ts).
    const perUnit = [...formulas(plan, SHEET.ranking).filter((f) => f.col !== C.shownPercent && f.col < C.bandsBlock), ...formulas(plan, SHEET.summary).filter((f) => f.row > S.headerRow && f.row <= S.line(n))];
    const passes = perUnit.filter((f) => /COUNTIFS?\(|SUMPRODUCT\(|MATCH\([^()]*,0\)/.test(f.formula)).map((f) => `${f.at}: ${f.formula}`);
    expect(passes).toEqual([]);
  });
});
