/** Undo never overwrites later work: cells changed since are listed and kept; typed scores in deleted sheets are counted and copied. */
import fc from "fast-check";
import { actionsHost, contents, insertRequest, UNITS } from "../../../test/support/excel-fake/actionsKit";
import { compareVersions, EXCEL_API_MEMBERS, MANIFEST_EXCEL_API } from "../../../test/support/excel-fake/requirements";
import { FakeExcel } from "../../../test/support/excel-fake";
import { createExcelActions } from "./index";
import { message } from "../../messages/message";
import { buildPlan, SHEET } from "../../workbook/buildPlan";
import { watchedInputsOf } from "./undoCompare";
import type { CellFix } from "./types";

/** The first input cell the plan puts on a sheet, and its caption (the nearest text to its left). */
function plannedInput(sheet: string): { cell: string; label: string } {
  const r = insertRequest();
  const plan = buildPlan(r.template, { name: r.cluster, period: r.period, units: r.units }).sheets.find((s) => s.name === sheet)!;
  const w = watchedInputsOf(plan, sheet).cells[0]!;
  expect(w.label).not.toBe("");
  return w;
}

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

describe("undo of an insert holding typed scores", () => {
  async function typedAfterInsert() {
    const host = await inserted();
    const entry = host.fake.state.sheet(SHEET.entry)!;
    entry.type("D4", 15); // Hà Giang self, I.1
    entry.type("E4", 14); // Hà Giang cluster
    entry.type("F5", "8,5"); // Tuyên Quang self, I.2 (text stays text in the copy)
    return host;
  }

  it("undo_insert_says_how_many_typed_scores (bug: it deleted them without saying): count, units and sheet", async () => {
    const { actions } = await typedAfterInsert();
    expect((await actions.lastUndo())?.typedScores).toEqual({ count: 3, units: ["Hà Giang", "Tuyên Quang"], sheets: [SHEET.entry] });
  });

  it("keeps a copy by default: a new sheet lists unit, criterion, column, score and former cell; the inserted sheets are gone", async () => {
    const { fake, actions } = await typedAfterInsert();
    const r = await actions.undoLast();
    expect(fake.state.sheet(SHEET.entry)).toBeUndefined();
    const copy = fake.state.sheet("Điểm lưu khi hoàn tác")!;
    expect(copy.visibility).toBe("Visible");
    const row = (n: number) => ["A", "B", "C", "D", "E"].map((c) => copy.valueAt(`${c}${n}`));
    expect(row(2)).toEqual(["Đơn vị", "Tiêu chí / mục", "Cột", "Đã nhập", "Ô trước đây"]);
    expect([row(3), row(4), row(5)]).toEqual([
      ["Hà Giang", "I.1", "Tự chấm", 15, "Chấm điểm!D4"],
      ["Hà Giang", "I.1", "Cụm chấm", 14, "Chấm điểm!E4"],
      ["Tuyên Quang", "I.2", "Tự chấm", "8,5", "Chấm điểm!F5"],
    ]);
    expect(r.summary).toMatchObject({ id: "undo.doneCopied", params: { count: 3, sheet: "Điểm lưu khi hoàn tác" } });
  });

  it("other inputs typed into the deleted sheets (meeting details on Tổng hợp, a renamed unit) are counted apart and copied with their caption", async () => {
    const { fake, actions } = await typedAfterInsert();
    const summary = fake.state.sheet(SHEET.summary)!;
    const meeting = plannedInput(SHEET.summary);
    summary.type(meeting.cell, "Nguyễn Văn A");
    fake.state.sheet(SHEET.units)!.type("B3", "Tuyên Quang (mới)");
    expect((await actions.lastUndo())?.typedScores).toEqual({ count: 3, units: ["Hà Giang", "Tuyên Quang"], sheets: [SHEET.entry, SHEET.units, SHEET.summary], other: 2 });
    await expect(actions.undoLast({ typedScores: { discard: 3 } })).rejects.toMatchObject({ userMessage: { id: "undo.error.moreTyped" } });
    await actions.undoLast();
    const copy = fake.state.sheet("Điểm lưu khi hoàn tác")!;
    const rows = [6, 7].map((n) => ["A", "B", "C", "D", "E"].map((c) => copy.valueAt(`${c}${n}`)));
    expect(rows).toEqual([
      ["", "Đơn vị", "", "Tuyên Quang (mới)", `${SHEET.units}!B3`],
      ["", meeting.label, "", "Nguyễn Văn A", `${SHEET.summary}!${meeting.cell}`],
    ]);
  });

  it("discards only as many scores as the user was shown; more typed since the confirmation refuses and changes nothing", async () => {
    const { fake, actions } = await typedAfterInsert();
    const before = contents(fake.state);
    await expect(actions.undoLast({ typedScores: { discard: 2 } })).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "undo.error.moreTyped", params: { count: 3, shown: 2 } } });
    expect(contents(fake.state)).toEqual(before);
    await actions.undoLast({ typedScores: { discard: 3 } });
    expect(fake.state.sheets.map((s) => s.name).filter((n) => !n.startsWith("_"))).toEqual(["Sheet1"]);
  });

  it("a second copy gets its own name; scores carried by a re-insert (replace) are not counted, scores typed after it are", async () => {
    const { fake, actions } = await typedAfterInsert();
    fake.state.addSheet("Điểm lưu khi hoàn tác");
    await actions.insert(insertRequest(), "replace"); // carries D4, E4, F5 over
    expect((await actions.lastUndo())?.typedScores).toBeUndefined();
    fake.state.sheet(SHEET.entry)!.type("G6", 12);
    expect((await actions.lastUndo())?.typedScores).toMatchObject({ count: 1, units: ["Tuyên Quang"] });
    await actions.undoLast();
    expect(fake.state.sheet("Điểm lưu khi hoàn tác (2)")!.valueAt("D3")).toBe(12);
    expect(fake.state.sheet(SHEET.entry)!.valueAt("D4")).toBe(15); // the replaced sheet is back
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
