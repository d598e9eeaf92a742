/**
 * Xếp hạng's last-period columns: written only in a workbook with Lịch sử, right of everything else on the sheet so
 * that no column moves (workbookLayout needs no "has history" flag), reading Lịch sử's unit rows like Tổng hợp.
 */
import type { ClusterHistory } from "../../domain/history/types";
import type { Template } from "../../domain/template/model";
import { parseTemplate } from "../../domain/template/parse";
import { loadStandardTemplate, standardTemplateIds } from "../../templates";
import { buildPlan, HISTORY_SHEET, SHEET, workbookLayout } from "../buildPlan";
import { historyLayout } from "../historyLayout";
import { addr, columnLetter, type CellPlan, type WorkbookPlan } from "../plan";
import { summarySheetLayout } from "../summarySheetLayout";

const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc"];
const HISTORY: ClusterHistory = { periods: ["2025"], units: UNITS.map(() => ({ results: [] })) };

const ranking = (plan: WorkbookPlan) => plan.sheets.find((s) => s.name === SHEET.ranking)!;
const build = (t: Template, history?: ClusterHistory) => buildPlan(t, { name: "Cụm 3", period: "2026", units: UNITS, ...(history ? { history } : {}) });
const formulaOf = (c: CellPlan | undefined) => (c && "formula" in c ? c.formula : undefined);

function lookingBack(): Template {
  const base = loadStandardTemplate("blank-100").input as unknown as Record<string, unknown>;
  const r = parseTemplate({ ...base, id: "blank-100-history", awards: [{ id: "co", title: "Cờ thi đua", quota: { count: 1 }, previous: { periods: 3, bands: ["Xuất sắc"] } }] });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.template;
}

describe("Xếp hạng: last period's total, rank and change", () => {
  it("reads each unit's row of Lịch sử (last period's total and rank, the change), blank without a number there", () => {
    const t = loadStandardTemplate("blank-100");
    const sh = ranking(build(t, HISTORY));
    const L = workbookLayout(t, UNITS.length);
    const H = historyLayout(t, UNITS.length);
    const P = L.rankingCols.previous;
    const at = (col: number, u: number) => sh.cells.get(addr(col, L.rankingRow(u)));
    const h = (col: number, u: number) => `'${HISTORY_SHEET}'!$${columnLetter(col)}$${H.row(u)}`;
    expect([P.total, P.rank, P.change].map((c) => sh.cells.get(addr(c, 1)))).toEqual(
      ["Tổng điểm kỳ trước", "Hạng kỳ trước", "Tăng/giảm bậc"].map((value) => expect.objectContaining({ value, role: "header" })),
    );
    for (const u of [0, 2]) {
      expect(formulaOf(at(P.total, u))).toBe(`IF(ISNUMBER(${h(H.cols.period(0).total, u)}),${h(H.cols.period(0).total, u)},"")`);
      expect(formulaOf(at(P.rank, u))).toBe(`IF(ISNUMBER(${h(H.cols.period(0).rank, u)}),${h(H.cols.period(0).rank, u)},"")`);
      expect(formulaOf(at(P.change, u))).toBe(`IF(ISNUMBER(${h(H.cols.rankChange, u)}),${h(H.cols.rankChange, u)},"")`);
    }
    expect([P.total, P.rank, P.change].map((c) => at(c, 1)?.numFmt)).toEqual([at(L.rankingCols.total, 1)?.numFmt, "0", "+0;-0;0"]);
    expect([P.total, P.rank, P.change].map((c) => sh.columnWidths[columnLetter(c)])).toEqual([10, 10, 10]);
    expect(sh.cells.get(addr(P.total, L.rankingRow(UNITS.length)))).toBeUndefined();
  });

  it("Tổng hợp reads the same Lịch sử cells, by the unit on each line", () => {
    const t = loadStandardTemplate("blank-100");
    const summary = build(t, HISTORY).sheets.find((s) => s.name === SHEET.summary)!;
    const S = summarySheetLayout(t, UNITS.length, true);
    const H = historyLayout(t, UNITS.length);
    const range = `'${HISTORY_SHEET}'!$${columnLetter(H.cols.rankChange)}$${H.row(0)}:$${columnLetter(H.cols.rankChange)}$${H.row(UNITS.length - 1)}`;
    expect(formulaOf(summary.cells.get(addr(S.cols.previous!.change, S.line(1))))).toMatch(new RegExp(`^IF\\(ISNUMBER\\(INDEX\\(${range.replace(/[$()]/g, "\\$&")},.+\\)\\),INDEX\\(.+\\),""\\)$`));
  });

  it("only with Lịch sử: given earlier results or a rule that looks back; without it the sheet has no such cells", () => {
    const has = (plan: WorkbookPlan, t: Template) => ranking(plan).cells.has(addr(workbookLayout(t, UNITS.length).rankingCols.previous.rank, 2));
    const blank = loadStandardTemplate("blank-100");
    expect([has(build(blank), blank), has(build(blank, HISTORY), blank), has(build(lookingBack()), lookingBack())]).toEqual([false, true, true]);
  });

  it.each(standardTemplateIds)("%s: moves no column (the plan without Lịch sử is the plan with it minus three columns), after an empty column", (id) => {
    const t = loadStandardTemplate(id);
    const P = workbookLayout(t, UNITS.length).rankingCols.previous;
    const without = ranking(build(t));
    const withIt = ranking(build(t, HISTORY));
    const mine = (a: string) => [P.total, P.rank, P.change].map(columnLetter).includes(a.replace(/\d+$/, ""));
    expect(new Map([...withIt.cells].filter(([a]) => !mine(a)))).toEqual(without.cells);
    // On the rows they take (header and units), nothing at or right of the empty column before them.
    const unitRows = [...without.cells.keys()].filter((a) => Number(/\d+$/.exec(a)![0]) <= UNITS.length + 1);
    const used = unitRows.map((a) => [...a.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0));
    expect(Math.max(...used)).toBe(P.total - 2);
    expect(without.charts).toEqual(withIt.charts);
  });
});
