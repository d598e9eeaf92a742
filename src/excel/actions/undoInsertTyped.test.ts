/** Undoing an insert: what was typed since into the sheets it deletes or replaces is counted (by unit) and copied first. */
import { actionsHost, contents, insertRequest } from "../../../test/support/excel-fake/actionsKit";
import { buildPlan, SHEET } from "../../workbook/buildPlan";
import { watchedInputsOf } from "./undoCompare";

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

  it("after 'keep both', counts the scores typed into the new '(2)' sheets and leaves the old sheets as they are", async () => {
    const { fake, actions } = await inserted();
    fake.state.sheet(SHEET.entry)!.type("D4", 15);
    await actions.insert(insertRequest(), "keepBoth");
    const copy2 = fake.state.sheet(`${SHEET.entry} (2)`)!;
    expect((await actions.lastUndo())?.typedScores).toBeUndefined(); // 15 was carried over by ThiDua
    copy2.type("E4", 13);
    expect((await actions.lastUndo())?.typedScores).toEqual({ count: 1, units: ["Hà Giang"], sheets: [`${SHEET.entry} (2)`] });
    await actions.undoLast();
    expect(fake.state.sheet(`${SHEET.entry} (2)`)).toBeUndefined();
    expect(fake.state.sheet(SHEET.entry)!.valueAt("D4")).toBe(15);
    expect(fake.state.sheet("Điểm lưu khi hoàn tác")!.valueAt("E3")).toBe(`${SHEET.entry} (2)!E4`);
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

