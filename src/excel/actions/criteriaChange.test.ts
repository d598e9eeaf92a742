/**
 * Changing the criteria mid-year through the pane's insert (Excel fake): preview first, nothing written; then
 * the rebuild keeps every score (kept, renamed, re-scaled), orphans go to a visible sheet, undo puts it all back.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { actionsHost, contents, insertRequest, UNITS } from "../../../test/support/excel-fake/actionsKit";
import { parseTemplateText } from "../../domain/template/parse";
import type { Template } from "../../domain/template/model";
import { render } from "../../messages/message";
import { SHEET } from "../../workbook/buildPlan";
import { entryPlacer } from "../../workbook/fillEntries";
import { addr } from "../../workbook/plan";
import { ORPHAN_SHEET_BASE } from "../../workbook/change/orphanSheet";
import { summarySheetLayout } from "../../workbook/summarySheetLayout";

function changed(): Template {
  const r = parseTemplateText(readFileSync(join(__dirname, "../../../test/fixtures/criteria-change/blank-100-changed.json"), "utf8"));
  if (!r.ok) throw new Error("fixture does not parse");
  return r.template;
}
const NEW = changed();
const OLD = insertRequest().template;
const cellOf = (t: Template, unit: string, criterion: string, column: "self" | "cluster") => {
  const at = entryPlacer(t, UNITS)({ unit, criterion })!;
  return addr(column === "self" ? at.selfCol : at.clusterCol, at.row);
};
/** Scores typed before the change: [unit, criterion, self, cluster]. */
const TYPED: [string, string, number | string, number | null][] = [
  ["Hà Giang", "I.1", 15, 14],
  ["Hà Giang", "I.3", 18, 12], // I.3 becomes at most 15: 18 is flagged, kept
  ["Tuyên Quang", "II.1", 12, null], // II.1 is now II.3
  ["Vĩnh Phúc", "C.2", "1,5", 2], // C.2 is removed: text stays text on the orphan sheet
];

async function filledHost() {
  const host = actionsHost();
  await host.actions.insert(insertRequest());
  const entry = host.fake.state.sheet(SHEET.entry)!;
  for (const [unit, code, self, cluster] of TYPED) {
    entry.type(cellOf(OLD, unit, code, "self"), self);
    if (cluster !== null) entry.type(cellOf(OLD, unit, code, "cluster"), cluster);
  }
  return host;
}

const request = (renames = [{ from: "II.1", to: "II.3" }]) => insertRequest({ template: NEW, renames });

describe("changing the criteria mid-year (pane insert over a filled workbook)", () => {
  it("the preview writes nothing and says what is kept, renamed, re-scaled, removed and added, which scores have no place and which no longer fit", async () => {
    const { fake, actions } = await filledHost();
    const before = contents(fake.state);
    const p = await actions.previewInsert(request());
    expect(contents(fake.state)).toEqual(before);
    const lines = p.change!.criteria.map((m) => render(m, "vi-VN"));
    expect(lines).toEqual([
      "I.1 Hoàn thành chỉ tiêu chuyên môn: giữ nguyên, đổi tên",
      "I.3 Tiêu chí 3: giữ nguyên, tối đa 20 → 15",
      "II.1 Tiêu chí 4 (đổi mã): đổi mã II.1 → II.3, đổi tên",
      "C.2 Mô hình, cách làm mới được nhân rộng: bỏ",
      "I.4 Ứng dụng công nghệ thông tin: thêm mới",
    ]);
    expect(p.change!.orphans.map((m) => render(m, "vi-VN"))).toEqual(["Vĩnh Phúc – C.2 Mô hình, cách làm mới được nhân rộng: Tự chấm 1,5, Cụm chấm 2 (Tiêu chí không còn trong mẫu mới)"]);
    expect(p.change!.findings).toHaveLength(1);
    expect(p.change!.findings[0]).toMatchObject({ criterion: "I.3", unit: "Hà Giang", where: { sheet: SHEET.entry, cell: cellOf(NEW, "Hà Giang", "I.3", "self") } });
    expect(p.change!.problems).toEqual([]);
    expect(p.change!.orphanSheet).toBe(ORPHAN_SHEET_BASE);
    expect(p.newSheets).toContain(ORPHAN_SHEET_BASE);
    expect(p.entries.orphaned).toEqual([{ unit: "Vĩnh Phúc", criterion: "C.2" }]);
    expect(p.entries.kept + p.entries.moved).toBe(3);
  });

  it("replace rebuilds and keeps every score: same values at the new cells, orphans on a visible sheet; undo puts the workbook back", async () => {
    const { fake, actions } = await filledHost();
    const before = contents(fake.state);
    const r = await actions.insert(request(), "replace");
    expect(r.summary).toMatchObject({ id: "change.insert.done", params: { kept: 3, orphaned: 1, sheet: ORPHAN_SHEET_BASE } });
    const entry = fake.state.sheet(SHEET.entry)!;
    expect(entry.valueAt(cellOf(NEW, "Hà Giang", "I.1", "self"))).toBe(15);
    expect(entry.valueAt(cellOf(NEW, "Hà Giang", "I.1", "cluster"))).toBe(14);
    expect(entry.valueAt(cellOf(NEW, "Hà Giang", "I.3", "self"))).toBe(18); // flagged, never clipped
    expect(entry.valueAt(cellOf(NEW, "Tuyên Quang", "II.3", "self"))).toBe(12);
    const orphans = fake.state.sheet(ORPHAN_SHEET_BASE)!;
    expect(orphans.visibility).toBe("Visible");
    expect(orphans.valueAt("A1")).toMatch(/^Điểm đã nhập không còn chỗ sau khi đổi tiêu chí \(0[12]\/03\/2026 \d\d:\d\d\)/);
    const row = ["A3", "B3", "C3", "D3", "E3", "F3", "H3"].map((a) => orphans.valueAt(a));
    expect(row).toEqual(["Vĩnh Phúc", "C.2", "Mô hình, cách làm mới được nhân rộng", 2, "1,5", 2, "Tiêu chí không còn trong mẫu mới"]);
    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
  });

  it("the meeting details typed on Tổng hợp are carried to their new cells (a unit added moves them)", async () => {
    const { fake, actions } = await filledHost();
    const at = (units: number, f: "chair" | "nextHead") => {
      const S = summarySheetLayout(OLD, units);
      return addr(S.valueCol, f === "nextHead" ? S.headRow : S.meetingRow(f));
    };
    const summary = () => fake.state.sheet(SHEET.summary)!;
    summary().type(at(3, "chair"), "Nguyễn Văn An");
    summary().type(at(3, "nextHead"), "Tuyên Quang");
    await actions.insert(insertRequest({ template: NEW, renames: [{ from: "II.1", to: "II.3" }], units: [...UNITS, "Yên Bái"] }), "replace");
    expect(at(4, "chair")).not.toBe(at(3, "chair"));
    expect(summary().valueAt(at(4, "chair"))).toBe("Nguyễn Văn An");
    expect(summary().valueAt(at(4, "nextHead"))).toBe("Tuyên Quang");
  });

  it("a rename list with a problem is refused with its message, before anything is written", async () => {
    const { fake, actions } = await filledHost();
    const before = contents(fake.state);
    const p = await actions.previewInsert(request([{ from: "II.1", to: "II.9" }]));
    expect(p.change!.problems).toEqual([{ id: "change.rename.unknownNew", params: { from: "II.1", to: "II.9" } }]);
    await expect(actions.insert(request([{ from: "II.1", to: "II.9" }]), "replace")).rejects.toMatchObject({ kind: "invalid", userMessage: { id: "change.rename.unknownNew" } });
    expect(contents(fake.state)).toEqual(before);
  });

  it("a second change keeps the first orphan sheet and writes its orphans to '… (2)'", async () => {
    const { fake, actions } = await filledHost();
    await actions.insert(request(), "replace");
    fake.state.sheet(SHEET.entry)!.type(cellOf(NEW, "Hà Giang", "I.4", "self"), 4);
    await actions.insert(insertRequest({ renames: [] }), "replace"); // back to blank-100: I.4 has no place
    expect(fake.state.sheet(ORPHAN_SHEET_BASE)!.valueAt("B3")).toBe("C.2");
    expect(fake.state.sheet(`${ORPHAN_SHEET_BASE} (2)`)!.valueAt("B3")).toBe("I.4");
  });
});
