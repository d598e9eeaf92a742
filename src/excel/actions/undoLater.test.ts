/** Undo never overwrites later work: cells a fix or a merge wrote and that were changed since are listed and kept. */
import fc from "fast-check";
import { actionsHost, insertRequest, UNITS } from "../../../test/support/excel-fake/actionsKit";
import { compareVersions, EXCEL_API_MEMBERS, MANIFEST_EXCEL_API } from "../fake/requirements";
import { FakeExcel } from "../fake";
import { createExcelActions } from "./index";
import { message } from "../../messages/message";
import { SHEET } from "../../workbook/buildPlan";
import type { CellFix } from "./types";

async function inserted() {
  const host = actionsHost();
  await host.actions.insert(insertRequest());
  return host;
}

/** Inserts, types "8,5" (D4) and "9,25" (D5) and applies both fixes. */
async function fixedTwo() {
  const host = await inserted();
  const entry = host.fake.state.sheet(SHEET.entry)!;
  entry.type("D4", "8,5");
  entry.type("D5", "9,25");
  const fixes = (await host.actions.validate()).fixes.filter((f) => f.cell === "D4" || f.cell === "D5");
  expect(fixes).toHaveLength(2);
  await host.actions.applyFixes(fixes);
  return { ...host, entry };
}

describe("undo after a fix", () => {
  it("undo_after_fix_keeps_hand_correction (bug: it put \"8,5\" back over a score corrected since) and lists it", async () => {
    const { fake, actions, entry } = await fixedTwo();
    entry.type("D4", 9); // corrected by hand after the fix
    const info = await actions.lastUndo();
    expect(info?.restorable).toBe(1);
    expect(info?.changed).toEqual([{ sheet: SHEET.entry, cell: "D4", unit: "Hà Giang", criterion: "I.1", now: 9, wrote: 8.5, was: "8,5" }]);
    const syncs = fake.syncCount;
    const r = await actions.undoLast();
    expect(fake.syncCount - syncs).toBe(4); // journal, the written cells, unprotect, write
    expect(entry.valueAt("D4")).toBe(9);
    expect(entry.valueAt("D5")).toBe("9,25");
    expect(entry.protected).toBe(true);
    expect(r.summary).toMatchObject({ id: "undo.doneKept", params: { kept: 1, done: { id: "actions.undo.done", params: { cells: 1 } } } });
    expect(await actions.lastUndo()).toBeNull();
  });

  it("puts a changed cell back only when the user chose it (putBack)", async () => {
    const { actions, entry } = await fixedTwo();
    entry.type("D4", 9);
    await actions.undoLast({ putBack: [{ sheet: SHEET.entry, cell: "D4" }] });
    expect(entry.valueAt("D4")).toBe("8,5");
    expect(entry.valueAt("D5")).toBe("9,25");
  });

  it("stays offered after hundreds of later edits elsewhere, and puts back only the cells still holding what it wrote", async () => {
    const { actions, entry } = await fixedTwo();
    for (let r = 6; r < 40; r++) for (const c of ["D", "E", "F", "G", "H", "I"]) entry.type(`${c}${r}`, r % 7);
    entry.type("D5", 7);
    const info = await actions.lastUndo();
    expect(info).toMatchObject({ restorable: 1, changed: [{ cell: "D5", now: 7, wrote: 9.25, was: "9,25" }] });
    await actions.undoLast();
    expect(entry.valueAt("D4")).toBe("8,5");
    expect(entry.valueAt("D5")).toBe(7);
    expect(entry.valueAt("E20")).toBe(20 % 7);
  });

  it("a cell set back by hand to what it was is neither listed nor written", async () => {
    const { actions, entry } = await fixedTwo();
    entry.type("D4", "8,5");
    expect((await actions.lastUndo())?.changed).toBeUndefined();
    expect((await actions.undoLast()).cellsWritten).toBe(1);
  });

  it("property: after fixes and any later edits, undo restores exactly the untouched cells and keeps every later edit", async () => {
    const { fake, actions } = await inserted();
    const entry = fake.state.sheet(SHEET.entry)!;
    const cells = ["D4", "E4", "F5", "G6", "H8", "I9"];
    const content = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom("8,5", "Đạt", "=1+1", ""));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...cells), content, content, fc.option(content)), { minLength: 1, maxLength: 6 }), async (cases) => {
        const byCell = new Map(cases.map((c) => [c[0], c] as const));
        for (const [cell, was] of byCell.values()) entry.type(cell, was);
        const before = new Map([...byCell.keys()].map((c) => [c, entry.formulaAt(c) ?? entry.valueAt(c)]));
        const fixes: CellFix[] = [...byCell.values()].map(([cell, , next]) => ({
          sheet: SHEET.entry, cell, current: null,
          ...(typeof next === "string" && next.startsWith("=") ? { formula: next } : { value: next }),
          message: message("fix.convertToNumber", { number: 0 }),
        }));
        await actions.applyFixes(fixes);
        const written = new Map([...byCell.keys()].map((c) => [c, entry.formulaAt(c) ?? entry.valueAt(c)]));
        for (const [cell, , , later] of byCell.values()) if (later !== null) entry.type(cell, later);
        const after = new Map([...byCell.keys()].map((c) => [c, entry.formulaAt(c) ?? entry.valueAt(c)]));
        await actions.undoLast();
        for (const cell of byCell.keys()) {
          const now = entry.formulaAt(cell) ?? entry.valueAt(cell);
          const untouched = after.get(cell) === written.get(cell);
          expect(now).toEqual(untouched ? before.get(cell) : after.get(cell));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("undo of self scores and the API sets", () => {
  it("a Tự chấm score retyped after the merge is kept; the others and the merge log go back", async () => {
    const { fake, actions } = await inserted();
    const { selfCell } = await actions.readMergeCluster();
    const [a, b] = ["I.1", "I.2"].map((code) => selfCell(0, code).cell!);
    const change = (code: string, cell: string, value: number) => ({ unit: UNITS[0]!, unitIndex: 0, criterion: code, leafIndex: 0, where: { sheet: SHEET.entry, cell }, old: null, value, source: { sheet: "Tự chấm", cell: "F6" }, overwrite: false });
    const log = { at: "2026-03-01T08:00:00.000Z", fileId: "f1", unit: UNITS[0]!, file: "a.xlsx", valuesHash: "h", cells: 2 };
    await actions.applySelfScores([change("I.1", a!, 15), change("I.2", b!, 16)], [log]);
    const entry = fake.state.sheet(SHEET.entry)!;
    entry.type(a!, 14);
    expect((await actions.lastUndo())?.changed).toEqual([expect.objectContaining({ cell: a, unit: UNITS[0], criterion: "I.1", now: 14, wrote: 15, was: "" })]);
    await actions.undoLast();
    expect(entry.valueAt(a!)).toBe(14);
    expect(entry.valueAt(b!)).toBe("");
  });

  it("never calls a member above the manifest's ExcelApi 1.8 while reading the offer, keeping cells and copying typed scores", async () => {
    const fake = new FakeExcel({});
    fake.state.addSheet("Sheet1");
    const actions = createExcelActions(fake.run, { isSetSupported: () => false });
    await actions.insert(insertRequest());
    fake.state.sheet(SHEET.entry)!.type("D4", 15);
    await actions.lastUndo();
    await actions.undoLast();
    expect(fake.state.sheet("Điểm lưu khi hoàn tác")).toBeDefined();
    const above = [...new Set(fake.calls)].filter((m) => compareVersions(EXCEL_API_MEMBERS[m], MANIFEST_EXCEL_API) > 0);
    expect(above).toEqual([]);
  });
});
