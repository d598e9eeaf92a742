import { actionsHost, contents, insertRequest } from "../../../test/support/excel-fake/actionsKit";
import { SHEET, workbookLayout } from "../../workbook/buildPlan";
import { addr } from "../../workbook/plan";

async function inserted() {
  const host = actionsHost();
  await host.actions.insert(insertRequest());
  return host;
}

describe("validate", () => {
  it("reads in two syncs (the used ranges, then the scores and formulas by rows), writes nothing, and turns findings and typed-over formulas into fixes", async () => {
    const { fake, actions } = await inserted();
    const entry = fake.state.sheet(SHEET.entry)!;
    entry.type("D4", "8,5"); // typed as text: the domain's text-number finding, with a convert fix
    entry.type("E4", 12);
    entry.type("D1", "Hà Giang"); // a formula typed over
    const before = contents(fake.state);
    const syncs = fake.syncCount;
    const report = await actions.validate();
    expect(fake.syncCount - syncs).toBe(2);
    expect(contents(fake.state)).toEqual(before);

    const text = report.findings.find((f) => f.code === "entry.textNumber");
    expect(text?.where).toEqual({ sheet: SHEET.entry, cell: "D4" });
    expect(report.fixes).toContainEqual(expect.objectContaining({ sheet: SHEET.entry, cell: "D4", current: "8,5", value: 8.5 }));
    expect(report.overwritten).toContainEqual({ sheet: SHEET.entry, cell: "D1", formula: "='Đơn vị'!$B$2", found: "Hà Giang" });
    expect(report.fixes).toContainEqual(expect.objectContaining({ sheet: SHEET.entry, cell: "D1", current: "Hà Giang", formula: "='Đơn vị'!$B$2", message: { id: "actions.fix.restoreFormula", params: { formula: "='Đơn vị'!$B$2" } } }));
    expect(report.result.units.map((u) => u.name)).toEqual(["Hà Giang", "Tuyên Quang", "Vĩnh Phúc"]);
    expect(report.codeMismatches).toEqual([]);
  });

  it("links every 'no score entered' warning to the unit's Tự chấm cell on the criterion's row (empty cells are not read)", async () => {
    const { actions } = await inserted();
    const report = await actions.validate();
    const missing = report.findings.filter((f) => f.code === "entry.missing");
    const t = report.result.template;
    const L = workbookLayout(t, 3);
    const required = t.leaves.filter((l) => l.kind !== "bonus" && l.kind !== "penalty");
    expect(missing).toHaveLength(3 * required.length);
    const hg = missing.filter((f) => f.unit === "Tuyên Quang").map((f) => f.where);
    expect(hg).toEqual(required.map((l) => ({ sheet: SHEET.entry, cell: addr(L.selfEntryCol(1), L.nodeRow(L.nodes.indexOf(l))) })));
  });

  it("finds formulas typed over on Điểm too", async () => {
    const { fake, actions } = await inserted();
    const points = fake.state.sheet(SHEET.points)!;
    const formulaCell = [...points.cells.entries()].find(([, c]) => c.formula !== null)!;
    const [r, c] = formulaCell[0].split(",").map(Number) as [number, number];
    const address = addr(c, r);
    const formula = formulaCell[1].formula;
    points.type(address, 7);
    const report = await actions.validate();
    expect(report.overwritten).toContainEqual({ sheet: SHEET.points, cell: address, formula, found: 7 });
  });

  it("says the workbook is not a ThiDua workbook, with the reader's reason", async () => {
    const { actions } = actionsHost();
    await expect(actions.validate()).rejects.toMatchObject({ kind: "notThiDua", userMessage: { id: "actions.error.notThiDua", params: { detail: { id: "wb.readBack.noMeta" } } } });
  });

  it("reports rows whose criterion code was changed", async () => {
    const { fake, actions } = await inserted();
    fake.state.sheet(SHEET.entry)!.type("A4", "X.9");
    const report = await actions.validate();
    expect(report.codeMismatches).toEqual([{ cell: "A4", expected: "I.1", found: "X.9" }]);
  });
});
