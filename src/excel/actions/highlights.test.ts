import { actionsHost, contents, insertRequest } from "../../../test/support/excel-fake/actionsKit";
import { SHEET } from "../../workbook/buildPlan";
import { isPaneMark } from "./highlights";
import { PANE_SHEET } from "./paneSheet";

async function inserted() {
  const host = actionsHost();
  await host.actions.insert(insertRequest());
  return host;
}

describe("showHighlights / clearHighlights", () => {
  it("adds pane-owned marks, replaces them, and clears only them: the user's formats and conditional formats stay", async () => {
    const { fake, actions } = await inserted();
    const entry = fake.state.sheet(SHEET.entry)!;
    // The user's own: a fill on D4, a colour scale over D4:I20 and a custom rule on E4.
    entry.ensure(4, 4).fill = "#00FF00";
    entry.conditionalFormats.push({ id: "{user-1}", type: "ColorScale", range: "D4:I20", formula: "" });
    entry.conditionalFormats.push({ id: "{user-2}", range: "E4", formula: "=E4>10", fill: "#0000FF" });
    const userCfs = entry.conditionalFormats.filter((c) => c.id.startsWith("{user"));
    const templateCfs = [...entry.conditionalFormats];
    const cellsBefore = contents(fake.state, [PANE_SHEET]);

    await actions.showHighlights([
      { sheet: SHEET.entry, cell: "D4", severity: "error" },
      { sheet: SHEET.entry, cell: "E4", severity: "warning" },
      { sheet: SHEET.entry, cell: "E4", severity: "error" }, // error wins on the same cell
    ]);
    const ours = () => entry.conditionalFormats.filter((c) => isPaneMark(c.formula));
    expect(ours().map((c) => [c.range, c.fill])).toEqual([
      ["D4", "#FFC7CE"],
      ["E4", "#FFC7CE"],
    ]);
    expect(entry.cell(4, 4)!.fill).toBe("#00FF00");
    expect(entry.protected).toBe(true);
    expect(contents(fake.state, [PANE_SHEET])).toEqual(cellsBefore);

    await actions.showHighlights([{ sheet: SHEET.entry, cell: "F5", severity: "warning" }]);
    expect(ours().map((c) => [c.range, c.fill])).toEqual([["F5", "#FFEB9C"]]);
    expect(entry.conditionalFormats.filter((c) => !isPaneMark(c.formula))).toEqual(templateCfs);

    await actions.clearHighlights();
    expect(entry.conditionalFormats).toEqual(templateCfs);
    expect(userCfs.every((u) => entry.conditionalFormats.includes(u))).toBe(true);
    expect(entry.cell(4, 4)!.fill).toBe("#00FF00");
    expect(entry.protected).toBe(true);
    // Nothing left to clear: one read only.
    const syncs = fake.syncCount;
    await actions.clearHighlights();
    expect(fake.syncCount - syncs).toBe(1);
  });

  it("marks are not undo operations: the last undo record stays", async () => {
    const { actions } = await inserted();
    const before = await actions.lastUndo();
    await actions.showHighlights([{ sheet: SHEET.entry, cell: "D4", severity: "error" }]);
    expect(await actions.lastUndo()).toEqual(before);
  });

  it("fails on a missing sheet and kindly on a password-protected one, changing nothing", async () => {
    const { fake, actions } = await inserted();
    await expect(actions.showHighlights([{ sheet: "Không có", cell: "A1", severity: "error" }])).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "actions.error.sheetMissing" } });
    const entry = fake.state.sheet(SHEET.entry)!;
    entry.protectOptions = { password: "x" };
    const cfs = [...entry.conditionalFormats];
    await expect(actions.showHighlights([{ sheet: SHEET.entry, cell: "D4", severity: "error" }])).rejects.toMatchObject({ kind: "protected", userMessage: { params: { sheet: SHEET.entry } } });
    expect(entry.conditionalFormats).toEqual(cfs);
    expect(entry.protected).toBe(true);
  });

  it("recognises its marks whatever spacing or case Excel returns", () => {
    expect(isPaneMark('=ISTEXT("ThiDua:error")')).toBe(true);
    expect(isPaneMark('= istext( "ThiDua:warning" )')).toBe(true);
    expect(isPaneMark("=E4>10")).toBe(false);
    expect(isPaneMark(undefined)).toBe(false);
  });
});

describe("the fake mimics office-js#2180", () => {
  it("rejects loading custom rule formulas through a collection that holds another type", async () => {
    const { fake } = await inserted();
    fake.state.sheet(SHEET.entry)!.conditionalFormats.push({ id: "{user-1}", type: "ColorScale", range: "D4:I20", formula: "" });
    const ctx = fake.context();
    const cfs = ctx.workbook.worksheets.getItem(SHEET.entry).getRange("D4").conditionalFormats;
    cfs.load("items/id,items/custom/rule/formula");
    await expect(ctx.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
  });
});
