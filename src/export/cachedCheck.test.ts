import { demoWorkbook } from "../cli/commands/demo";
import type { RawValue } from "../domain/scoring/entryValue";
import { workbookLayout } from "../workbook/layout";
import { addr } from "../workbook/plan";
import { checkCachedRanking } from "./cachedCheck";

const { template, result } = demoWorkbook();
const layout = workbookLayout(template, result.units.length);
const key = (sheet: string, row: number, col: number) => `${sheet}!${addr(col, row)}`;

/** What a recalculated Xếp hạng shows: every checked cell with the domain's value (read off a check against "?"). */
function recalculated(): Map<string, RawValue> {
  const all = checkCachedRanking(() => "?", layout, result);
  if (all.status !== "mismatch") throw new Error("expected every cell to differ from ?");
  return new Map(all.mismatches.map((m) => [`${m.sheet}!${m.cell}`, m.expected === "" ? null : m.expected]));
}
const source = (cells: Map<string, RawValue>) => (sheet: string, row: number, col: number) => cells.get(key(sheet, row, col)) ?? null;

describe("checkCachedRanking", () => {
  it("a recalculated sheet that agrees: ok; one edited value: a mismatch naming the cell", () => {
    const cells = recalculated();
    expect(checkCachedRanking(source(cells), layout, result).status).toBe("ok");
    const total = key("Xếp hạng", layout.rankingRow(0), layout.rankingCols.total);
    cells.set(total, 12);
    const edited = checkCachedRanking(source(cells), layout, result);
    expect(edited.status === "mismatch" && edited.mismatches.map((m) => [m.cell, m.found])).toEqual([[total.split("!")[1], 12]]);
  });

  it("regression: after merge, stale cached results (a kept 0, totals dropped) were compared: dozens of false 'edited formula' lines", () => {
    const cells = recalculated();
    // As merge left a workbook Excel had saved: results dropped, except those exceljs kept (the zeros).
    const dropped = new Set([...cells].filter(([, v]) => v !== 0).map(([k]) => k));
    for (const k of dropped) cells.set(k, null);
    const check = checkCachedRanking(source(cells), layout, result, (sheet, row, col) => dropped.has(key(sheet, row, col)));
    expect(check.status).toBe("notRecalculated");
  });

  it("a value typed over a formula (a constant, not an uncalculated formula) is still a mismatch", () => {
    const cells = recalculated();
    const rank = key("Xếp hạng", layout.rankingRow(1), layout.rankingCols.rank);
    cells.set(rank, null);
    const check = checkCachedRanking(source(cells), layout, result, () => false);
    expect(check.status === "mismatch" && check.mismatches.map((m) => m.cell)).toEqual([rank.split("!")[1]]);
  });
});
