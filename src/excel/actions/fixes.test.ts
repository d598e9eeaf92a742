import fc from "fast-check";
import { actionsHost, contents, insertRequest } from "../../../test/support/excel-fake/actionsKit";
import { SHEET } from "../../workbook/buildPlan";
import type { CellFix } from "./types";
import { message } from "../../messages/message";

async function inserted() {
  const host = actionsHost();
  await host.actions.insert(insertRequest());
  return host;
}

describe("applyFixes", () => {
  it("writes only the confirmed cells (restoring a formula on a locked cell), keeps protection, and undo restores the typed values", async () => {
    const { fake, actions } = await inserted();
    const entry = fake.state.sheet(SHEET.entry)!;
    entry.type("D4", "8,5");
    entry.type("D5", "9,25");
    entry.type("D1", "Hà Giang");
    const before = contents(fake.state);
    const report = await actions.validate();
    const chosen = report.fixes.filter((f) => f.cell === "D4" || f.cell === "D1"); // D5 not confirmed
    expect(chosen).toHaveLength(2);
    const syncs = fake.syncCount;
    const r = await actions.applyFixes(chosen);
    expect(fake.syncCount - syncs).toBe(3); // read, unprotect, write
    expect(r).toMatchObject({ cellsWritten: 2, undoable: true, summary: { id: "actions.fixes.done", params: { count: 2 } } });
    expect(entry.valueAt("D4")).toBe(8.5);
    expect(entry.valueAt("D5")).toBe("9,25");
    expect(entry.formulaAt("D1")).toBe("='Đơn vị'!$B$2");
    expect(entry.protected).toBe(true);
    expect(await actions.lastUndo()).toMatchObject({ label: { id: "actions.undo.label.fixes", params: { count: 2 } }, cells: 2 });

    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
    expect(entry.valueAt("D4")).toBe("8,5");
  });

  it("stops kindly on a sheet protected with a password, naming it; nothing changes", async () => {
    const { fake, actions } = await inserted();
    const entry = fake.state.sheet(SHEET.entry)!;
    entry.type("D4", "8,5");
    entry.protectOptions = { password: "x" };
    const before = contents(fake.state);
    const fix: CellFix = { sheet: SHEET.entry, cell: "D4", current: "8,5", value: 8.5, message: message("fix.convertToNumber", { number: 8.5 }) };
    await expect(actions.applyFixes([fix])).rejects.toMatchObject({ kind: "protected", userMessage: { id: "actions.error.protected", params: { sheet: SHEET.entry } } });
    expect(contents(fake.state)).toEqual(before);
  });

  it("names a missing sheet and a bad address; an empty list writes nothing", async () => {
    const { fake, actions } = await inserted();
    const m = message("fix.convertToNumber", { number: 1 });
    await expect(actions.applyFixes([{ sheet: "Không có", cell: "A1", current: null, value: 1, message: m }])).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "actions.error.sheetMissing", params: { sheet: "Không có" } } });
    await expect(actions.applyFixes([{ sheet: SHEET.entry, cell: "D", current: null, value: 1, message: m }])).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "actions.error.badCell" } });
    const before = contents(fake.state);
    expect(await actions.applyFixes([])).toMatchObject({ cellsWritten: 0, undoable: false });
    expect(contents(fake.state)).toEqual(before);
  });

  it("property: applyFixes then undoLast is the identity on cell values and formulas", async () => {
    const { fake, actions } = await inserted();
    const entry = fake.state.sheet(SHEET.entry)!;
    const inputCell = fc.record({ col: fc.integer({ min: 4, max: 9 }), row: fc.constantFrom(4, 5, 6, 8, 9) });
    const content = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom("8,5", "1.0", "TRUE", "Đạt", "=1+1", "'x", ""), fc.double({ min: 0, max: 20, noNaN: true }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(inputCell, content, content), { minLength: 1, maxLength: 6 }), async (cases) => {
        for (const [{ col, row }, was] of cases) entry.type(`${String.fromCharCode(64 + col)}${row}`, was);
        const before = contents(fake.state);
        const fixes: CellFix[] = cases.map(([{ col, row }, , next]) => ({
          sheet: SHEET.entry,
          cell: `${String.fromCharCode(64 + col)}${row}`,
          current: null,
          ...(typeof next === "string" && next.startsWith("=") ? { formula: next } : { value: next }),
          message: message("fix.convertToNumber", { number: 0 }),
        }));
        await actions.applyFixes(fixes);
        await actions.undoLast();
        expect(contents(fake.state)).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });
});
