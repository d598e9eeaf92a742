/**
 * Issue 13 item 4 in the browser (preview.html, pointer, vi): scores typed, then a template file with changed
 * criteria (I.3 re-scaled 20 → 15, II.1 now II.3, C.2 removed, I.4 added) chosen in Mẫu chấm điểm. Chèn mẫu shows
 * the change before writing; the rename list "II.1=II.3" previews again; Thay thế rebuilds keeping every score (the
 * 18 on I.3 kept as typed, II.1's score under II.3) and the removed criterion's score on "Điểm không còn tiêu chí".
 */
import { join } from "node:path";
import { message } from "../../src/messages/message";
import { t, tm } from "../../src/taskpane/i18n/strings";
import { SHEET } from "../../src/workbook/names";
import { insertStandard, openPreview } from "./support/flowSteps";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";

const FIXTURE = join(__dirname, "../fixtures/criteria-change/blank-100-changed.json");
const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc"] as const;
const ORPHANS = tm("vi", message("change.sheet.orphans"));

describeWithChromium("changing the criteria mid-year on preview.html (issue 13 item 4)", () => {
  const e2e = useE2eHarness();

  it("preview of the change, a rename, then Thay thế keeps every score", async () => {
    const page = await openPreview(e2e, "vi");
    const flow = await insertStandard(page, "vi", UNITS);
    const oldCell = await flow.entryCells(SHEET.entry);
    await flow.typeInCell(SHEET.entry, oldCell(UNITS[0], "I.3"), "18");
    await flow.typeInCell(SHEET.entry, oldCell(UNITS[1], "II.1"), "12");
    await flow.typeInCell(SHEET.entry, oldCell(UNITS[2], "C.2"), "1");
    await flow.waitForValue(SHEET.entry, oldCell(UNITS[2], "C.2"), 1, "the last score typed");

    await flow.openStep("step.template.label");
    await flow.chooseRadio(t("vi", "template.sourceLabel"), t("vi", "template.source.file"));
    await flow.pane.getByLabel(t("vi", "template.fileLabel")).setInputFiles(FIXTURE);
    await flow.openStep("step.insert.label");
    await flow.pane.getByText("I.3 Tiêu chí 3: giữ nguyên, tối đa 20 → 15").waitFor({ timeout: 20_000 });
    await flow.pane.getByText(tm("vi", message("change.pane.orphansTitle", { count: 2, sheet: ORPHANS }))).waitFor();
    if ((await flow.valueAt(SHEET.entry, oldCell(UNITS[0], "I.3"))) !== 18) throw new Error("the preview changed the workbook");

    await flow.pane.getByRole("textbox", { name: tm("vi", message("change.pane.renamesLabel")) }).fill("II.1=II.3");
    await flow.press(flow.pane.getByRole("button", { name: tm("vi", message("change.pane.applyRenames")) }));
    await flow.pane.getByText(tm("vi", message("change.pane.orphansTitle", { count: 1, sheet: ORPHANS }))).waitFor({ timeout: 20_000 });
    await flow.chooseRadio(t("vi", "insert.clashChoice"), t("vi", "insert.clash.replace"));
    await flow.press(flow.button("insert.run"));
    await flow.waitForSheet(ORPHANS);

    const newCell = await flow.entryCells(SHEET.entry);
    await flow.waitForValue(SHEET.entry, newCell(UNITS[0], "I.3"), 18, "the re-scaled criterion's score, kept as typed");
    await flow.waitForValue(SHEET.entry, newCell(UNITS[1], "II.3"), 12, "II.1's score under its new code");
    await flow.waitForValue(ORPHANS, "A3", UNITS[2], "the orphan's unit");
    await flow.waitForValue(ORPHANS, "B3", "C.2", "the orphan's old code");
    await flow.waitForValue(ORPHANS, "F3", 1, "the orphan's Cụm chấm score (entryCells' default column)");
  }, 240_000);
});
