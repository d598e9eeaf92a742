/** The undo offer names the sheets undo will delete (only visible ones, only when there are some); older journals still read. */
import { actionsHost, insertRequest } from "../../../test/support/excel-fake/actionsKit";
import { message } from "../../messages/message";
import { SHEET } from "../../workbook/buildPlan";
import { encodeColumn, PANE_SHEET } from "./paneSheet";
import type { BookRead } from "./readBook";
import { undoInfoOf } from "./undoRun";

const VISIBLE_CREATED = [SHEET.criteria, SHEET.units, SHEET.entry, SHEET.points, SHEET.ranking, SHEET.summary];

function bookWith(header: object, sheets: readonly { name: string; visibility: string }[]): BookRead {
  return {
    sheets: sheets.map((s) => ({ ...s, protected: false })),
    names: [],
    grids: new Map(),
    pane: { columns: [encodeColumn(header, { restore: [] })] },
    syncs: 1,
  };
}

describe("undo offer: the sheets undo deletes", () => {
  it("after insert, lists the visible sheets it created (not the hidden _ThiDua), and undo deletes exactly those", async () => {
    const { fake, actions } = actionsHost();
    await actions.insert(insertRequest());
    const info = await actions.lastUndo();
    expect([...(info?.createdSheets ?? [])].sort()).toEqual([...VISIBLE_CREATED].sort());
    expect(info?.createdSheets).not.toContain(SHEET.meta);
    await actions.undoLast();
    expect(fake.state.sheets.map((s) => s.name).filter((n) => n !== PANE_SHEET)).toEqual(["Sheet1"]);
  });

  it("after a write that created no sheet (Sửa ô), names none", async () => {
    const { fake, actions } = actionsHost();
    await actions.insert(insertRequest());
    fake.state.sheet(SHEET.entry)!.type("D4", "8,5");
    const fix = (await actions.validate()).fixes.filter((f) => f.cell === "D4");
    expect(fix).toHaveLength(1);
    await actions.applyFixes(fix);
    const info = await actions.lastUndo();
    expect(info).toMatchObject({ label: { id: "actions.undo.label.fixes" }, cells: 1 });
    expect(info).not.toHaveProperty("createdSheets");
  });

  it("after rank re-created a deleted ranking sheet, names that sheet only", async () => {
    const { fake, actions } = actionsHost();
    await actions.insert(insertRequest());
    fake.state.sheets.splice(fake.state.sheets.findIndex((s) => s.name === SHEET.ranking), 1);
    await actions.rank();
    expect((await actions.lastUndo())?.createdSheets).toEqual([SHEET.ranking]);
  });

  it("leaves out created sheets the user has since deleted or hidden, and uses the workbook's spelling", () => {
    const header = { v: 1, label: message("actions.undo.label.insert"), at: "2026-03-01T08:00:00.000Z", cells: 9, formatsLost: [], created: ["a", "B", "C", "_ThiDua"] };
    const info = undoInfoOf(bookWith(header, [{ name: "A", visibility: "Visible" }, { name: "B", visibility: "Hidden" }, { name: "_ThiDua", visibility: "VeryHidden" }]));
    expect(info?.createdSheets).toEqual(["A"]);
  });

  it("still reads a journal written before the created sheets were recorded (no sheet names)", () => {
    const old = { v: 1, label: message("actions.undo.label.insert"), at: "2026-03-01T08:00:00.000Z", cells: 42, formatsLost: [] };
    expect(undoInfoOf(bookWith(old, [{ name: "Tiêu chí", visibility: "Visible" }]))).toEqual({ label: old.label, at: old.at, cells: 42 });
  });
});
