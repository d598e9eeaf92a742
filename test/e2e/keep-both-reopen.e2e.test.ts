/**
 * Issue 12 in the browser (preview.html, pointer, vi and en): after "Giữ cả hai" the pane's Xếp hạng reads
 * the "(2)" sheets (its order and the "Xếp hạng (2)" sheet are those of the scores typed there, not of the
 * first set); meeting details and the tone-mark style chosen in Xuất are written to the workbook and are there
 * again after the pane is closed and reopened (the preview's "Đóng và mở lại ngăn ThiDua": the workbook stays),
 * and the CSV is then written in the restored style ("Hoà Bình" for the "Hòa Bình" typed).
 */
import { evaluateCluster } from "../../src/domain/cluster";
import type { EntryInput } from "../../src/domain/scoring/input";
import { message } from "../../src/messages/message";
import { type Locale, t, tm } from "../../src/taskpane/i18n/strings";
import { loadStandardTemplate } from "../../src/templates";
import { SHEET } from "../../src/workbook/names";
import { addr } from "../../src/workbook/plan";
import { summarySheetLayout } from "../../src/workbook/summarySheetLayout";
import { setSheetName } from "../../src/excel/actions/thiduaSet";
import { FLOW_TEMPLATE_ID } from "./support/flowData";
import { insertStandard, openPreview } from "./support/flowSteps";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { type PaneFlow, pollUntil } from "./support/paneFlow";
import { prepareExport, rankRows, rankingSheetRows, rankingTable, reopenPane } from "./support/paneResults";

const SET2 = " (2)";
/** Names written in the newer tone-mark style ("Hòa"): the older style the user picks shows in the CSV as "Hoà". */
const UNITS = ["Hội CCB tỉnh Hòa Bình", "Hội CCB tỉnh Khánh Hòa", "Hội CCB tỉnh Lào Cai", "Hội CCB tỉnh Yên Bái"] as const;
/** I.1 in the first set and in the "(2)" set: the two orders differ. */
const FIRST: Readonly<Record<string, number>> = { [UNITS[0]]: 20, [UNITS[1]]: 5 };
const SECOND: Readonly<Record<string, number>> = { [UNITS[0]]: 5, [UNITS[1]]: 20, [UNITS[2]]: 10, [UNITS[3]]: 15 };
const CHAIR = "Nguyễn Văn Hòa";

async function typeI1(flow: PaneFlow, sheet: string, scores: Readonly<Record<string, number>>): Promise<void> {
  const cellOf = await flow.entryCells(sheet);
  for (const [unit, score] of Object.entries(scores)) await flow.typeInCell(sheet, cellOf(unit, "I.1"), String(score));
  const [lastUnit, lastScore] = Object.entries(scores).at(-1)!;
  await flow.waitForValue(sheet, cellOf(lastUnit, "I.1"), lastScore, "the last score typed");
}

async function keepBoth(flow: PaneFlow): Promise<void> {
  await flow.openStep("step.insert.label");
  await flow.press(flow.button("insert.refreshPreview"));
  await flow.chooseRadio(t(flow.locale, "insert.clashChoice"), t(flow.locale, "insert.clash.keepBoth"));
  await flow.press(flow.button("insert.run"));
  await flow.waitForSheet(setSheetName(SHEET.entry, SET2));
}

describeWithChromium("keep both and a reopened pane on preview.html (issue 12)", () => {
  const e2e = useE2eHarness();

  it.each(["vi", "en"] as Locale[])("(%s) Xếp hạng reads the (2) sheets; meeting details and tone marks survive reopening the pane", async (locale) => {
    const flow = await insertStandard(await openPreview(e2e, locale), locale, UNITS);
    await typeI1(flow, SHEET.entry, FIRST);
    await keepBoth(flow);
    await typeI1(flow, setSheetName(SHEET.entry, SET2), SECOND);

    // Xếp hạng: the order of the (2) set, as the domain computes it from the scores typed there.
    const template = loadStandardTemplate(FLOW_TEMPLATE_ID);
    const entries: EntryInput[] = Object.entries(SECOND).map(([unit, cluster]) => ({ unit, criterion: "I.1", cluster }));
    const expected = evaluateCluster(template, UNITS.map((name) => ({ name })), entries);
    expect(await rankingTable(flow)).toEqual(rankRows(expected));

    // Xuất: the chair and the older tone-mark style, saved to the (2) set's Tổng hợp.
    await prepareExport(flow);
    const chair = () => flow.pane.getByRole("textbox", { name: tm(locale, message("export.pane.field.chair")), exact: true });
    const older = () => flow.pane.getByRole("radio", { name: tm(locale, message("hygiene.tone.old")), exact: true });
    const save = () => flow.pane.getByRole("button", { name: tm(locale, message("fresh.meeting.save")), exact: true });
    await chair().fill(CHAIR);
    await older().check();
    await flow.press(save());
    const S = summarySheetLayout(template, UNITS.length);
    await flow.waitForValue(setSheetName(SHEET.summary, SET2), addr(S.valueCol, S.meetingRow("chair")), CHAIR, "the chair in the (2) set's Tổng hợp");
    await pollUntil(() => save().isDisabled(), true, "Lưu vào sổ after saving", 10_000);

    // Closed and reopened: the new pane reads them back from the workbook.
    await reopenPane(flow);
    await prepareExport(flow);
    await pollUntil(() => chair().inputValue(), CHAIR, "the chair after reopening the pane", 10_000);
    await pollUntil(() => older().isChecked(), true, "the older tone-mark style after reopening the pane", 10_000);
    expect(await save().isDisabled()).toBe(true); // nothing unsaved: what is shown is what the workbook holds
    // ... and the documents are made in the restored style.
    await flow.press(flow.pane.getByRole("button", { name: tm(locale, message("export.pane.showCsv")), exact: true }));
    const csv = await flow.pane.getByRole("textbox", { name: /CSV/ }).inputValue();
    expect([csv.includes("Hoà Bình"), csv.includes("Khánh Hoà"), /Hòa/.test(csv)]).toEqual([true, true, false]);

    // The (2) set's own ranking sheet computes from its own scores too.
    const sheetRows = await rankingSheetRows(flow, setSheetName(SHEET.ranking, SET2), UNITS.length);
    for (const u of expected.units) expect([u.name, sheetRows.get(u.name)]).toEqual([u.name, { total: u.final.total, rank: u.rank }]);
  }, 240_000);
});
