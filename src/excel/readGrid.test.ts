import { FakeExcel } from "./fake";
import { syntheticTemplate, unitNames } from "../../test/support/excel-fake/fixtures";
import type { EntryInput } from "../domain/scoring/input";
import { loadStandardTemplate } from "../templates";
import { buildPlan, SHEET, workbookLayout } from "../workbook/buildPlan";
import { fillEntries } from "../workbook/fillEntries";
import { applyPlan } from "./applyPlan";
import { readGrid } from "./readGrid";

const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái", "Phú Thọ"];
const strip = (es: readonly EntryInput[]) =>
  es.map(({ unit, criterion, self, cluster }) => ({ unit, criterion, ...(self !== undefined ? { self } : {}), ...(cluster !== undefined ? { cluster } : {}) }));
const byKey = (a: { unit: string; criterion: string }, b: { unit: string; criterion: string }) =>
  a.criterion.localeCompare(b.criterion) || a.unit.localeCompare(b.unit);

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel().install();
});
afterEach(() => fake.uninstall());

describe("readGrid", () => {
  const t = loadStandardTemplate("blank-100");
  const entries: EntryInput[] = [
    { unit: "Hà Giang", criterion: "I.1", self: 18.5, cluster: 18 },
    { unit: "Tuyên Quang", criterion: "I.1", self: 20 },
    { unit: "Vĩnh Phúc", criterion: "II.2", self: "Đạt", cluster: "Không đạt" },
    { unit: "Yên Bái", criterion: "III.2", cluster: 2 },
    { unit: "Phú Thọ", criterion: "T.2", self: 2, cluster: 4 },
    { unit: "Phú Thọ", criterion: "C.2", self: "8,5" }, // text a user typed: kept as text
    { unit: "Hà Giang", criterion: "DK.1", self: "Đạt" },
  ];

  it("returns the entries that were written (round trip with fillEntries), in ONE sync, with their cells", async () => {
    const plan = buildPlan(t, { name: "Cụm", period: "2025", units: UNITS });
    const filled = fillEntries(plan, t, UNITS, entries);
    expect(filled.unmatched).toEqual([]);
    await applyPlan(fake.run, filled.plan);
    const before = fake.syncCount;
    const r = await readGrid(fake.run, workbookLayout(t, UNITS.length), { plan: filled.plan });
    expect(fake.syncCount - before).toBe(1);
    expect(r.syncs).toBe(1);
    expect(strip(r.entries).sort(byKey)).toEqual(strip(entries).sort(byKey));
    expect(r.units).toEqual(UNITS);
    expect(r.overwritten).toEqual([]);
    expect(r.codeMismatches).toEqual([]);
    const hg = r.entries.find((e) => e.unit === "Hà Giang" && e.criterion === "I.1")!;
    expect(hg.where).toEqual({ self: { sheet: SHEET.entry, cell: "D4" }, cluster: { sheet: SHEET.entry, cell: "E4" } });
  });

  it("round-trips every cell of a 20 units × 30 criteria grid", async () => {
    const tt = syntheticTemplate(3, 10);
    const units = unitNames(20);
    const L = workbookLayout(tt, units.length);
    const all: EntryInput[] = [];
    L.nodes.filter((c) => c.children.length === 0).forEach((c, i) =>
      units.forEach((u, k) => all.push({ unit: u, criterion: c.code, self: (i + k) % 3, ...(k % 2 ? { cluster: "N/A" } : {}) })),
    );
    const filled = fillEntries(buildPlan(tt, { name: "C", period: "2025", units }), tt, units, all);
    await applyPlan(fake.run, filled.plan);
    const r = await readGrid(fake.run, L);
    expect(strip(r.entries).sort(byKey)).toEqual(strip(all).sort(byKey));
  });

  it("detects a value typed over a formula cell and gives the formula to restore", async () => {
    const plan = buildPlan(t, { name: "Cụm", period: "2025", units: UNITS });
    await applyPlan(fake.run, plan);
    const pts = fake.state.sheet(SHEET.points)!;
    const expected = pts.formulaAt("F4");
    pts.type("F4", 20); // someone unprotected Điểm and typed the points
    const r = await readGrid(fake.run, workbookLayout(t, UNITS.length), { plan });
    expect(r.overwritten).toEqual([{ sheet: SHEET.points, cell: "F4", formula: expected, found: 20 }]);
  });

  it("without the plan, checks the unit-name formulas of Chấm điểm", async () => {
    const plan = buildPlan(t, { name: "Cụm", period: "2025", units: UNITS });
    await applyPlan(fake.run, plan);
    fake.state.sheet(SHEET.entry)!.type("F1", "Tuyên Quang");
    const r = await readGrid(fake.run, workbookLayout(t, UNITS.length));
    expect(r.overwritten).toEqual([{ sheet: SHEET.entry, cell: "F1", formula: "='Đơn vị'!$B$3", found: "Tuyên Quang" }]);
  });

  it('reads sheets written with "keep both" names', async () => {
    fake.state.addSheet(SHEET.entry);
    const plan = fillEntries(buildPlan(t, { name: "Cụm", period: "2025", units: UNITS }), t, UNITS, entries).plan;
    const a = await applyPlan(fake.run, plan, { onConflict: "keepBoth" });
    if (a.status !== "applied") throw new Error("not applied");
    const r = await readGrid(fake.run, workbookLayout(t, UNITS.length), { plan, sheetNames: a.sheetNames });
    expect(strip(r.entries).sort(byKey)).toEqual(strip(entries).sort(byKey));
    expect(r.overwritten).toEqual([]);
    expect(r.entries[0]!.where!.self!.sheet).toBe("Chấm điểm (2)");
  });
});
