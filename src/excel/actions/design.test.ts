/**
 * The pane's criteria design actions on the Excel fake (the pane's real action path): insertDesign never
 * writes over an existing design sheet, readDesign reads the active design sheet into a template with findings
 * at that sheet's cells, readPastedTable turns the active sheet's pasted table into a proposal and writes nothing.
 */
import { actionsHost, contents, NOW } from "../../../test/support/excel-fake/actionsKit";
import { DESIGN_SHEET } from "../../domain/template/design";
import { render } from "../../messages/message";
import { loadStandardTemplate } from "../../templates";

const CODE_CELL = "B23"; // first criterion row of a design sheet (settings above, the TIÊU CHÍ header on row 22)

function typeRows(sheet: { type(a: string, v: string | number): void }, rows: readonly (readonly [number, string, string, number])[], first = 23) {
  rows.forEach(([level, code, title, max], i) => {
    sheet.type(`A${first + i}`, level);
    sheet.type(`B${first + i}`, code);
    sheet.type(`C${first + i}`, title);
    sheet.type(`F${first + i}`, max);
  });
}

describe("insertDesign", () => {
  it("inserts an empty design sheet, selects its first criterion cell, and can be undone", async () => {
    const { fake, actions } = actionsHost();
    const r = await actions.insertDesign({ kind: "blank" });
    expect(r.next).toEqual({ sheet: DESIGN_SHEET, cell: CODE_CELL });
    expect(fake.state.sheet(DESIGN_SHEET)!.valueAt("B22")).not.toBe("");
    expect(fake.state.activeSheet).toBe(DESIGN_SHEET);
    expect(fake.state.selection).toEqual({ sheet: DESIGN_SHEET, address: CODE_CELL });
    const undo = await actions.lastUndo();
    expect(undo).toMatchObject({ label: { id: "actions.undo.label.design" }, at: NOW.toISOString(), createdSheets: [DESIGN_SHEET] });
    await actions.undoLast();
    expect(fake.state.sheet(DESIGN_SHEET)).toBeUndefined();
  });

  it("undo after typing into the new sheet keeps a copy of what was typed", async () => {
    const { fake, actions } = actionsHost();
    await actions.insertDesign({ kind: "blank" });
    typeRows(fake.state.sheet(DESIGN_SHEET)!, [[1, "I", "Nhóm một", 60]]);
    expect((await actions.lastUndo())?.typedScores).toMatchObject({ count: 0, other: 4, sheets: [DESIGN_SHEET] });
    await actions.undoLast();
    expect(fake.state.sheet(DESIGN_SHEET)).toBeUndefined();
    const copy = fake.state.sheets.find((s) => s.visibility === "Visible" && s.name !== "Sheet1")!;
    expect([...copy.cells.values()].map((c) => c.value)).toEqual(expect.arrayContaining(["Nhóm một", 60]));
  });

  it("refuses to write over an existing design sheet (nothing changes), and with keep both adds 'Thiết kế tiêu chí (2)'", async () => {
    const { fake, actions } = actionsHost();
    await actions.insertDesign({ kind: "blank" });
    fake.state.sheet(DESIGN_SHEET)!.type(CODE_CELL, "I"); // the user's own typing
    const before = contents(fake.state);
    await expect(actions.insertDesign({ kind: "copy", template: loadStandardTemplate("blank-100").input })).rejects.toMatchObject({
      kind: "clash",
      userMessage: { id: "actions.error.designExists", params: { sheet: DESIGN_SHEET } },
    });
    expect(contents(fake.state)).toEqual(before);
    const r = await actions.insertDesign({ kind: "copy", template: loadStandardTemplate("blank-100").input }, "keepBoth");
    expect(r.next?.sheet).toBe(`${DESIGN_SHEET} (2)`);
    expect(fake.state.sheet(DESIGN_SHEET)!.valueAt(CODE_CELL)).toBe("I");
  });

  it("a user's sheet named like the design sheet in other letter case is not written over either", async () => {
    const { fake, actions } = actionsHost();
    fake.state.addSheet(DESIGN_SHEET.toUpperCase()).type("A1", "của tôi");
    await expect(actions.insertDesign({ kind: "blank" })).rejects.toMatchObject({ kind: "clash" });
    expect(fake.state.sheet(DESIGN_SHEET.toUpperCase())!.valueAt("A1")).toBe("của tôi");
  });
});

describe("readDesign", () => {
  it.each(["blank-100", "ccb-cum-3-thang-90"])("a copy of the standard template %s reads back as the same template", async (id) => {
    const { actions } = actionsHost();
    const t = loadStandardTemplate(id);
    await actions.insertDesign({ kind: "copy", template: t.input });
    const check = await actions.readDesign();
    expect(check.sheet).toBe(DESIGN_SHEET);
    expect(check.template?.input).toEqual(t.input);
  });

  it("reads the active design sheet (the kept-both copy) and names findings at that sheet's cells", async () => {
    const { fake, actions } = actionsHost();
    await actions.insertDesign({ kind: "copy", template: loadStandardTemplate("blank-100").input });
    await actions.insertDesign({ kind: "blank" }, "keepBoth");
    const second = `${DESIGN_SHEET} (2)`;
    typeRows(fake.state.sheet(second)!, [
      [1, "I", "Nhóm một", 60],
      [2, "I.1", "Việc một", 30],
      [2, "I.2", "Việc hai", 20],
    ]);
    const check = await actions.readDesign();
    expect(check.sheet).toBe(second);
    expect(check.template?.title).toBe("Tiêu chí thi đua của cụm"); // 30 + 20 ≠ 60 is a warning, as in the template checks
    const sum = check.findings.find((f) => f.cell === "F23");
    expect(sum).toMatchObject({ sheet: second, severity: "warning", message: { id: "check.childrenSumMismatch" } });
    expect(render(sum!.message, "vi-VN")).toMatch(/50/);
  });

  it("falls back to the sheet named Thiết kế tiêu chí when the active sheet is another one; says so when there is none", async () => {
    const { fake, actions } = actionsHost();
    expect(await actions.readDesign()).toMatchObject({ template: null, findings: [{ message: { id: "design.sheet.finding.noSheet" } }] });
    await actions.insertDesign({ kind: "copy", template: loadStandardTemplate("blank-100").input });
    fake.state.activeSheet = "Sheet1";
    expect((await actions.readDesign()).template?.id).toBe("blank-100");
  });
});

describe("readPastedTable", () => {
  it("proposes a tree from a table pasted into the active sheet, with findings at its rows, and writes nothing", async () => {
    const { fake, actions } = actionsHost();
    const sheet = fake.state.sheet("Sheet1")!;
    const rows = [
      ["STT", "Nội dung tiêu chí", "Điểm chuẩn", "Cách chấm"],
      ["I", "Công tác chuyên môn", "60", ""],
      ["1", "Hoàn thành kế hoạch", "40", ""],
      ["2", "Báo cáo đúng hạn", "20", "trừ 0,5 điểm/trường hợp, tối đa 1,5"],
      ["II", "Phong trào", "40", ""],
      ["1", "Tham gia hội thi", "40", "Đạt/Không đạt"],
    ];
    rows.forEach((r, i) => r.forEach((v, c) => v !== "" && sheet.type(`${"BCDE"[c]}${3 + i}`, v)));
    fake.state.activeSheet = "Sheet1";
    const before = contents(fake.state);
    const p = await actions.readPastedTable();
    expect(contents(fake.state)).toEqual(before);
    expect(p.sheet).toBe("Sheet1");
    expect(p.template?.total).toBe(100);
    expect(p.template?.criteria.map((c) => [c.title, c.max, c.children.length])).toEqual([["Công tác chuyên môn", 60, 2], ["Phong trào", 40, 1]]);
    const late = p.template!.criteria[0]!.children[1]!;
    expect(late.method).toMatchObject({ type: "perCount", per: 0.5, cap: 1.5 });
    for (const f of p.findings) if (f.cell !== null) expect(Number(/\d+$/.exec(f.cell)![0])).toBeGreaterThanOrEqual(3);
  });

  it("says the open sheet holds no table when it is empty", async () => {
    const { fake, actions } = actionsHost();
    fake.state.activeSheet = "Sheet1";
    await expect(actions.readPastedTable()).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "actions.error.tableEmpty", params: { sheet: "Sheet1" } } });
  });
});
