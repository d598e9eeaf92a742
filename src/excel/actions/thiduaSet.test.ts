/** Regression: after "Giữ cả hai" the pane offered the "(2)" sheets but Kiểm tra kept reading the old ones. */
import { actionsHost, insertRequest } from "../../../test/support/excel-fake/actionsKit";
import { SHEET } from "../../workbook/buildPlan";
import { firstEntryAddress } from "../../workbook/layout";
import { currentSetSuffix, recordedSuffix, setSheetName } from "./thiduaSet";

const SCORE = firstEntryAddress(insertRequest().template, 3);
const two = (s: string) => setSheetName(s, " (2)");

async function keptBoth() {
  const host = actionsHost();
  await host.actions.insert(insertRequest());
  const write = await host.actions.insert(insertRequest({ cluster: "Cụm mới" }), "keepBoth");
  return { ...host, write };
}

describe("the current ThiDua set", () => {
  it("keep both → check, ranking, readWorkbook and the merge read the (2) sheets; findings name the (2) cells", async () => {
    const { fake, actions, write } = await keptBoth();
    expect(write.next?.sheet).toBe(two(SHEET.entry));
    fake.state.sheet(two(SHEET.entry))!.type(SCORE, "8,5");
    fake.state.sheet(SHEET.entry)!.type(SCORE, 7); // the old set: not read
    const report = await actions.validate();
    const text = report.findings.find((f) => f.code === "entry.textNumber");
    expect(text?.where).toEqual({ sheet: two(SHEET.entry), cell: SCORE });
    expect(report.fixes).toContainEqual(expect.objectContaining({ sheet: two(SHEET.entry), cell: SCORE, current: "8,5" }));
    expect(report.source.sheets).toContain(two(SHEET.entry));
    expect(report.source.cluster).toBe("Cụm mới");
    expect((await actions.readWorkbook()).thidua?.cluster).toBe("Cụm mới");
    const ranking = await actions.rank();
    expect(ranking.sheet).toBe(two(SHEET.ranking));
    expect(ranking.source.sheets).toEqual([two(SHEET.meta), two(SHEET.units), two(SHEET.entry)]);
    const merge = await actions.readMergeCluster();
    expect(merge.entries.find((e) => e.criterion && e.where?.cluster?.sheet)?.where?.cluster?.sheet).toBe(two(SHEET.entry));
  });

  it("a fix offered for a (2) cell is written to the (2) sheet", async () => {
    const { fake, actions } = await keptBoth();
    fake.state.sheet(two(SHEET.entry))!.type(SCORE, "8,5");
    const report = await actions.validate();
    await actions.applyFixes(report.fixes.filter((f) => f.cell === SCORE));
    expect(fake.state.sheet(two(SHEET.entry))!.valueAt(SCORE)).toBe(8.5);
    expect(fake.state.sheet(SHEET.entry)!.valueAt(SCORE)).toBe("");
  });

  it("undoing the keep-both insert goes back to the first set; a replace insert makes the first set current again", async () => {
    const { fake, actions } = await keptBoth();
    await actions.undoLast();
    expect(fake.state.sheet(two(SHEET.entry))).toBeUndefined();
    expect((await actions.validate()).source.sheets).toContain(SHEET.entry);
    await actions.insert(insertRequest({ cluster: "Cụm ba" }), "keepBoth");
    expect((await actions.readWorkbook()).thidua?.cluster).toBe("Cụm ba");
    await actions.insert(insertRequest({ cluster: "Cụm gốc" }), "replace");
    expect((await actions.readWorkbook()).thidua?.cluster).toBe("Cụm gốc");
  });

  it("without a record: the first set if complete, else the highest complete set", () => {
    const names = (suffix: string) => [SHEET.meta, SHEET.units, SHEET.entry].map((s) => setSheetName(s, suffix));
    expect(currentSetSuffix([...names(""), ...names(" (2)")], null)).toBe("");
    expect(currentSetSuffix([...names(" (2)"), ...names(" (3)")], null)).toBe(" (3)");
    expect(currentSetSuffix([...names(""), ...names(" (2)")], " (2)")).toBe(" (2)");
    expect(currentSetSuffix(names(""), " (4)")).toBe("");
    expect(recordedSuffix('j:{"set":" (2)"}')).toBe(" (2)");
    expect(recordedSuffix("j:{broken")).toBeNull();
    expect(recordedSuffix(42)).toBeNull();
  });
});
