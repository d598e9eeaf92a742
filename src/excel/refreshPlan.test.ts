import { FakeExcel } from "./fake";
import { syntheticTemplate, unitNames } from "../../test/support/excel-fake/fixtures";
import type { EntryInput } from "../domain/scoring/input";
import type { CriterionInput } from "../domain/template/schema";
import { buildPlan, SHEET, workbookLayout } from "../workbook/buildPlan";
import { fillEntries } from "../workbook/fillEntries";
import { applyPlan } from "./applyPlan";
import { readGrid } from "./readGrid";
import { refreshPlan } from "./refreshPlan";

const units = unitNames(6);
const cluster = { name: "Cụm", period: "2025", units };
const strip = (es: readonly EntryInput[]) => es.map(({ unit, criterion, self, cluster: c }) => ({ unit, criterion, self, cluster: c })).sort((a, b) => `${a.criterion}|${a.unit}`.localeCompare(`${b.criterion}|${b.unit}`));

let fake: FakeExcel;
beforeEach(() => {
  fake = new FakeExcel().install();
});
afterEach(() => fake.uninstall());

describe("refreshPlan", () => {
  const previous = syntheticTemplate(3, 4);
  const leaves = previous.criteria.flatMap((g) => g.children);
  const entries: EntryInput[] = leaves.flatMap((c, i) => units.map((u, k) => ({ unit: u, criterion: c.code, self: (i + k) % 2, cluster: (i * k) % 3 })));

  async function seed() {
    const filled = fillEntries(buildPlan(previous, cluster), previous, units, entries);
    await applyPlan(fake.run, filled.plan);
  }
  /** Adds G3.9, removes G2.2, reverses the groups and the children of G1. */
  const changed = syntheticTemplate(3, 4, (cs: CriterionInput[]) => {
    const [g1, g2, g3] = cs as [CriterionInput, CriterionInput, CriterionInput];
    const ng1 = { ...g1, children: [...g1.children!].reverse() };
    const ng2 = { ...g2, children: g2.children!.filter((c) => c.code !== "G2.2") };
    const ng3 = { ...g3, children: [...g3.children!, { code: "G3.9", title: "Tiêu chí mới", max: 2 }] };
    return [ng3, ng2, ng1];
  });

  it("keeps every entry of a criterion that still exists after adding, removing and reordering", async () => {
    await seed();
    const r = await refreshPlan(fake.run, { previous, template: changed, cluster }, { onOrphans: "write" });
    expect(r.status).toBe("refreshed");
    expect(r.entries).toHaveLength(entries.length);
    const orphanCodes = new Set(r.orphans.map((o) => o.criterion));
    expect([...orphanCodes]).toEqual(["G2.2"]);
    expect(r.orphans).toHaveLength(units.length);
    expect(r.orphans[0]!.where!.self).toEqual({ sheet: SHEET.entry, cell: expect.any(String) });
    expect(r.kept).toBe(entries.length - units.length);
    // Read back with the new layout: every kept entry is in its new place.
    const back = await readGrid(fake.run, workbookLayout(changed, units.length));
    const keptEntries = entries.filter((e) => e.criterion !== "G2.2");
    expect(strip(back.entries)).toEqual(strip(keptEntries));
    // The new layout is in the sheet: G3 first.
    expect(fake.state.sheet(SHEET.entry)!.valueAt("A3")).toBe("G3");
  });

  it("by default writes nothing while some entries would have no place", async () => {
    await seed();
    const before = fake.syncCount;
    const r = await refreshPlan(fake.run, { previous, template: changed, cluster });
    expect(r.status).toBe("orphans");
    expect(r.applied).toBeNull();
    expect(fake.syncCount - before).toBe(1);
    expect(fake.state.sheet(SHEET.entry)!.valueAt("A3")).toBe("G1");
  });

  it("matches units by normalised name (identityKey) when the unit list is respelled", async () => {
    await seed();
    const respelled = { ...cluster, units: units.map((u) => `  ${u.toUpperCase()} `) };
    const added = syntheticTemplate(3, 4, (cs) => [...cs, { code: "G4", title: "Nhóm 4", max: 2, children: [{ code: "G4.1", title: "Mới", max: 2 }] } as CriterionInput]);
    const r = await refreshPlan(fake.run, { previous, template: added, cluster: respelled });
    expect(r.status).toBe("refreshed");
    expect(r.orphans).toEqual([]);
    expect(r.kept).toBe(entries.length);
  });

  it('refuses (without reading or writing) sheets written under "keep both" names', async () => {
    await seed();
    const r = await refreshPlan(fake.run, { previous, template: changed, cluster }, { sheetNames: { [SHEET.entry]: "Chấm điểm (2)" } });
    expect(r.status).toBe("renamedSheets");
    expect(r.syncs).toBe(0);
  });
});
