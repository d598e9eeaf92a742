/**
 * Xếp hạng's last-period columns in the pane: the preview engine shows them live from Lịch sử, and rank keeps them
 * (rebuilt with them when the workbook has Lịch sử; a sheet built before they existed is whole without them).
 */
import type { ClusterHistory } from "../../domain/history/types";
import { loadStandardTemplate } from "../../templates";
import { WorkbookEngine } from "../../preview/engine";
import { buildPlan, HISTORY_SHEET, SHEET, workbookLayout } from "../../workbook/buildPlan";
import { historyLayout } from "../../workbook/historyLayout";
import { addr } from "../../workbook/plan";
import { applyPlan } from "../applyPlan";
import { FakeExcel } from "../fake";
import { createExcelActions } from ".";

const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc"];
const t = loadStandardTemplate("blank-100");
const L = workbookLayout(t, UNITS.length);
const H = historyLayout(t, UNITS.length);
const P = L.rankingCols.previous;

/** A workbook built with earlier results (`thidua build --history`; no rule looks back), in the fake with the engine. */
async function builtWithHistory() {
  const fake = new FakeExcel();
  const engine = new WorkbookEngine(fake.state);
  fake.afterSync = () => void engine.recalculate();
  fake.state.addSheet("Sheet1");
  const history: ClusterHistory = { periods: ["2025"], units: UNITS.map((_, u) => ({ results: u === 0 ? [{ total: 80, rank: 3, band: null, award: null }] : [] })) };
  const res = await applyPlan(fake.run, buildPlan(t, { name: "Cụm 3", period: "2026", units: UNITS, history }), { isSetSupported: fake.isSetSupported });
  if (res.status !== "applied") throw new Error(res.status);
  const actions = createExcelActions(fake.run, { isSetSupported: fake.isSetSupported, now: () => new Date("2026-03-01T08:00:00Z") });
  return { fake, engine, actions, rk: fake.state.sheet(SHEET.ranking)! };
}

const previousOf = (rk: { valueAt(a: string): unknown }, u: number) => [P.total, P.rank, P.change].map((c) => rk.valueAt(addr(c, L.rankingRow(u))));

describe("Xếp hạng's last-period columns in the pane", () => {
  it("the preview engine shows last period's total and rank and the places gained beside each unit, blank without a result", async () => {
    const { fake, engine, rk } = await builtWithHistory();
    engine.recalculate();
    const rankNow = rk.valueAt(addr(L.rankingCols.rank, L.rankingRow(0)));
    expect(rankNow).toBe(1);
    expect(previousOf(rk, 0)).toEqual([80, 3, 2]);
    expect(previousOf(rk, 1)).toEqual(["", "", ""]);
    fake.state.sheet(HISTORY_SHEET)!.type(addr(H.cols.period(0).rank, H.row(1)), 1);
    engine.recalculate();
    expect(previousOf(rk, 1)).toEqual(["", 1, 0]);
  });

  it("rank restores one of them typed over (the workbook has Lịch sử though no rule looks back)", async () => {
    const { actions, rk } = await builtWithHistory();
    const formula = rk.formulaAt(addr(P.change, 2));
    expect(String(formula)).toMatch(/^=IF\(ISNUMBER\('Lịch sử'!/);
    rk.type(addr(P.change, 2), 1);
    const r = await actions.rank();
    expect(r.write.summary.id).toBe("actions.rank.restored");
    expect(rk.formulaAt(addr(P.change, 2))).toBe(formula);
  });

  it("rank finds a Xếp hạng built before they existed (nothing headed there) whole and writes nothing", async () => {
    const { actions, rk } = await builtWithHistory();
    for (const c of [P.total, P.rank, P.change]) for (let r = 1; r <= UNITS.length + 1; r++) rk.cells.delete(`${r},${c}`);
    const r = await actions.rank();
    expect(r.write).toMatchObject({ cellsWritten: 0, summary: { id: "actions.rank.upToDate" } });
    expect(rk.formulaAt(addr(P.total, 2))).toBe("");
  });
});
