import { actionsHost, contents, insertRequest } from "../../../test/support/excel-fake/actionsKit";
import { SHEET } from "../../workbook/buildPlan";

async function inserted() {
  const host = actionsHost();
  await host.actions.insert(insertRequest());
  const entry = host.fake.state.sheet(SHEET.entry)!;
  entry.type("D4", 20);
  entry.type("F4", 10);
  return host;
}

describe("rank", () => {
  it("leaves a whole ranking tab alone (one read, no write) and evaluates the cluster", async () => {
    const { fake, actions } = await inserted();
    const before = contents(fake.state);
    const undo = await actions.lastUndo();
    const syncs = fake.syncCount;
    const r = await actions.rank();
    expect(fake.syncCount - syncs).toBe(1);
    expect(contents(fake.state)).toEqual(before);
    expect(r.sheet).toBe(SHEET.ranking);
    expect(r.write).toMatchObject({ cellsWritten: 0, undoable: false, summary: { id: "actions.rank.upToDate" } });
    expect(r.result.units.find((u) => u.name === "Hà Giang")!.rank).toBe(1);
    expect(await actions.lastUndo()).toEqual(undo);
  });

  it("restores typed-over formulas; undo puts the typed value back", async () => {
    const { fake, actions } = await inserted();
    const rk = fake.state.sheet(SHEET.ranking)!;
    const formula = rk.formulaAt("H2");
    expect(String(formula)).toMatch(/^=/);
    rk.type("H2", 1);
    const before = contents(fake.state);
    const r = await actions.rank();
    expect(r.write).toMatchObject({ undoable: true, summary: { id: "actions.rank.restored" } });
    expect(rk.formulaAt("H2")).toBe(formula);
    expect(rk.protected).toBe(true);
    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
  });

  it("creates a deleted ranking tab again with its names; undo deletes it again", async () => {
    const { fake, actions } = await inserted();
    const full = contents(fake.state);
    fake.state.sheets.splice(fake.state.sheets.findIndex((s) => s.name === SHEET.ranking), 1);
    const before = contents(fake.state);
    const r = await actions.rank();
    expect(r.write.summary.id).toBe("actions.rank.created");
    const again = contents(fake.state) as { sheets: { name: string }[] };
    expect(again.sheets.map((s) => s.name)).toContain(SHEET.ranking);
    expect((again as unknown as { names: unknown }).names).toEqual((full as { names: unknown }).names);
    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
  });

  it("is refused outside a ThiDua workbook", async () => {
    const { actions } = actionsHost();
    await expect(actions.rank()).rejects.toMatchObject({ kind: "notThiDua" });
  });
});
