import fc from "fast-check";
import type { ClusterHistory, PastResult } from "../domain/history/types";
import type { RawValue } from "../domain/scoring/entryValue";
import { parseTemplate } from "../domain/template/parse";
import { loadStandardTemplate } from "../templates";
import { buildPlan, HISTORY_SHEET } from "./buildPlan";
import { changedHistoryInputs, historyInputs } from "./historyInputs";
import { historyLayout } from "./historyLayout";
import { addr } from "./plan";
import { readHistory } from "./readHistory";

const base = loadStandardTemplate("blank-100").input as unknown as Record<string, unknown>;
const parsed = parseTemplate({ ...base, id: "h", awards: [{ id: "co", title: "Cờ thi đua", quota: { count: 1 }, previous: { periods: 3, bands: ["Xuất sắc"] } }] });
if (!parsed.ok) throw new Error("template");
const t = parsed.template;
const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc"];
const periods = historyLayout(t, UNITS.length).periods;

const past: fc.Arbitrary<PastResult | null> = fc.option(
  fc.record({ total: fc.option(fc.integer({ min: 0, max: 100 })), rank: fc.option(fc.integer({ min: 1, max: 3 })), band: fc.option(fc.constantFrom("Xuất sắc", "Tốt")), award: fc.option(fc.constantFrom("Cờ thi đua", "Bằng khen")) }),
);
const historyArb: fc.Arbitrary<ClusterHistory> = fc.record({
  periods: fc.array(fc.constantFrom("2025", "2024", "2023", ""), { minLength: periods, maxLength: periods }),
  units: fc.array(fc.record({ aliases: fc.array(fc.constantFrom("Hà Tây", "Hoà Bình"), { maxLength: 2 }), results: fc.array(past, { minLength: periods, maxLength: periods }) }), { minLength: 3, maxLength: 3 }),
}).map((h) => ({ ...h, units: h.units.map((u) => ({ ...u, results: u.results.map((r) => (r && Object.values(r).every((v) => v === null) ? null : r)) })) }));

/** The Lịch sử cells of the plan built with `h`, as a sheet holding them. */
function sheetOf(h: ClusterHistory): Map<string, RawValue> {
  const sheet = buildPlan(t, { name: "Cụm", period: "2026", units: UNITS, history: h }).sheets.find((s) => s.name === HISTORY_SHEET)!;
  return new Map([...sheet.cells].flatMap(([a, c]) => ("value" in c ? [[a, c.value as RawValue]] : [])));
}
const reader = (cells: Map<string, RawValue>) => (row: number, col: number) => cells.get(addr(col, row)) ?? null;

describe("Lịch sử's input cells for a history", () => {
  it("are the plan's input cells, all of them, with its values", () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const cells = sheetOf(h);
        const inputs = historyInputs(t, UNITS.length, h);
        for (const i of inputs) expect(cells.get(addr(i.col, i.row)) ?? null).toEqual(i.value);
        const planned = buildPlan(t, { name: "Cụm", period: "2026", units: UNITS, history: h }).sheets.find((s) => s.name === HISTORY_SHEET)!;
        const inputCells = [...planned.cells].filter(([, c]) => c.role === "input").map(([a]) => a);
        expect(new Set(inputs.map((i) => addr(i.col, i.row)))).toEqual(new Set(inputCells));
      }),
      { numRuns: 30 },
    );
  });

  it("a sheet built with a history holds it: nothing to change", () => {
    fc.assert(fc.property(historyArb, (h) => expect(changedHistoryInputs(t, UNITS.length, h, reader(sheetOf(h)))).toEqual([])));
  });

  it("writing the changed cells into a sheet holding one history makes it read as the other", () => {
    fc.assert(
      fc.property(historyArb, historyArb, (before, after) => {
        const cells = sheetOf(before);
        for (const i of changedHistoryInputs(t, UNITS.length, after, reader(cells))) cells.set(addr(i.col, i.row), i.value);
        expect(readHistory(t, UNITS.length, reader(cells))).toEqual(readHistory(t, UNITS.length, reader(sheetOf(after))));
      }),
    );
  });

  it("leaves a cell that already reads the same alone, however it is typed", () => {
    const h: ClusterHistory = { periods: ["2025", "2024", "2023"], units: UNITS.map(() => ({ aliases: [], results: [{ total: 90, rank: 1, band: "Xuất sắc", award: null }, null, null] })) };
    const H = historyLayout(t, UNITS.length);
    const cells = sheetOf(h);
    cells.set(addr(H.cols.period(0).total, H.row(0)), "90"); // typed as text
    cells.set(addr(H.cols.period(0).band, H.row(1)), "Xuất sắc"); // as it was
    expect(changedHistoryInputs(t, UNITS.length, h, reader(cells))).toEqual([]);
    cells.set(addr(H.cols.period(0).total, H.row(2)), 89);
    expect(changedHistoryInputs(t, UNITS.length, h, reader(cells)).map((i) => [i.row, i.col, i.value])).toEqual([[H.row(2), H.cols.period(0).total, 90]]);
  });
});
