/**
 * Issue 12's pane items on preview.html (pointer, vi-VN): a ranking goes stale when a score is edited and
 * Xuất's CSV has the new total; meeting details are written to Tổng hợp; after "Giữ cả hai" Kiểm tra reads
 * the "(2)" sheets; an insert refusal is shown next to the Chèn button, announced and focused.
 */
import { evaluateCluster } from "../../src/domain/cluster";
import type { EntryInput } from "../../src/domain/scoring/input";
import { message, render } from "../../src/messages/message";
import { t } from "../../src/taskpane/i18n/strings";
import { cellPlace } from "../../src/taskpane/i18n/cellPlace";
import { findStandardTemplate, loadStandardTemplate } from "../../src/templates";
import { SHEET } from "../../src/workbook/names";
import { addr } from "../../src/workbook/plan";
import { summarySheetLayout } from "../../src/workbook/summarySheetLayout";
import { StepScreenshots, WIDE_VIEWPORT, currentTestSlug } from "./support";
import { FLOW_CLUSTER, FLOW_TEMPLATE_ID, FLOW_UNITS } from "./support/flowData";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { PaneFlow, pollUntil } from "./support/paneFlow";
import { previewWorkbook } from "./support/preview";

const vi = (id: string, params: Record<string, string | number> = {}) => render(message(id as never, params), "vi-VN");
const [A, B] = [FLOW_UNITS[0], FLOW_UNITS[1]];

describeWithChromium("results know what they were computed from (preview.html)", () => {
  const e2e = useE2eHarness();

  it("stale ranking, fresh CSV, meeting kept in Tổng hợp, keep both read by Kiểm tra, insert refusal by its button", async () => {
    const { page } = await e2e.open({
      viewport: WIDE_VIEWPORT,
      // The pane logs every failed operation; the refusal at the end is the one this test provokes.
      knownBenign: [{ kind: "console-error", text: /operation ui\.insert\.running failed ActionError: actions\.error\.orphans/, reason: "the insert refusal this test provokes" }],
    });
    await page.goto(e2e.server.url("preview.html"));
    await previewWorkbook(page);
    const flow = new PaneFlow(page, "vi", "pointer");
    const shots = new StepScreenshots(currentTestSlug());
    const template = loadStandardTemplate(FLOW_TEMPLATE_ID);
    const stepPanel = () => flow.pane.getByRole("tabpanel");
    const staleBanner = () => stepPanel().getByText(vi("fresh.stale.title"), { exact: true });

    // Template, insert, two scores.
    await flow.chooseRadio(t("vi", "template.standardLabel"), findStandardTemplate(FLOW_TEMPLATE_ID)!.title);
    await flow.fill("cluster.name", FLOW_CLUSTER.name);
    await flow.fill("cluster.period", FLOW_CLUSTER.period);
    await flow.fill("cluster.units", FLOW_UNITS.join("\n"));
    await flow.openStep("step.insert.label");
    await flow.press(flow.button("insert.run"));
    await flow.waitForSheet(SHEET.entry);
    const cellOf = await flow.entryCells(SHEET.entry);
    await flow.typeInCell(SHEET.entry, cellOf(A, "I.1"), "18");
    await flow.typeInCell(SHEET.entry, cellOf(B, "I.1"), "17");
    await flow.waitForValue(SHEET.entry, cellOf(B, "I.1"), 17, "typed 17");

    // Xếp hạng, then a score edited in the grid: the ranking is shown stale, its sheet button off.
    await flow.openStep("step.ranking.label");
    await flow.press(flow.button("ranking.run"));
    await stepPanel().getByRole("table").waitFor({ timeout: 15_000 });
    if (await staleBanner().isVisible()) throw new Error("a fresh ranking is shown as stale");
    await flow.typeInCell(SHEET.entry, cellOf(A, "I.1"), "10");
    await staleBanner().waitFor({ timeout: 10_000 });
    if (!(await flow.button("ranking.openSheet", { sheet: SHEET.ranking }).isDisabled())) throw new Error("a stale ranking's button is still on");
    await shots.take(page, "1-ranking-stale");

    // Xuất: the meeting details go to Tổng hợp; the CSV has the total the sheet has now.
    await flow.openStep("step.export.label");
    await flow.press(flow.pane.getByRole("button", { name: vi("export.pane.prepare"), exact: true }));
    const chair = flow.pane.getByRole("textbox", { name: vi("export.pane.field.chair"), exact: true });
    await chair.fill("=Nguyễn Văn Hoà");
    await flow.press(flow.pane.getByRole("button", { name: vi("fresh.meeting.save"), exact: true }));
    const S = summarySheetLayout(template, FLOW_UNITS.length);
    await flow.waitForValue(SHEET.summary, addr(S.valueCol, S.meetingRow("chair")), "=Nguyễn Văn Hoà", "the chair written as text to Tổng hợp");
    await flow.typeInCell(SHEET.entry, cellOf(A, "I.1"), "12");
    await staleBanner().waitFor({ timeout: 10_000 });
    await flow.press(stepPanel().getByRole("button", { name: vi("fresh.stale.recompute"), exact: true }));
    await flow.press(flow.pane.getByRole("button", { name: vi("export.pane.showCsv"), exact: true }));
    const csvBox = flow.pane.getByRole("textbox", { name: /CSV/ });
    await csvBox.waitFor({ timeout: 15_000 });
    const entries: EntryInput[] = [
      { unit: A, criterion: "I.1", cluster: 12 },
      { unit: B, criterion: "I.1", cluster: 17 },
    ];
    const expected = evaluateCluster(template, FLOW_UNITS.map((name) => ({ name })), entries).units.find((u) => u.name === A)!.final.total;
    const line = (await csvBox.inputValue()).split(/\r?\n/).find((l) => l.includes(`;${A};`));
    if (line?.split(";")[6] !== String(expected).replace(".", ",")) throw new Error(`CSV line for ${A}: ${line}, expected total ${expected}`);
    // Reading the workbook again fills the form from Tổng hợp.
    await flow.press(flow.pane.getByRole("button", { name: vi("export.pane.reprepare"), exact: true }));
    await pollUntil(() => chair.inputValue(), "=Nguyễn Văn Hoà", "the chair read back from Tổng hợp", 10_000);
    await shots.take(page, "2-export-fresh");

    // Keep both: Kiểm tra reads the (2) sheets.
    await flow.openStep("step.insert.label");
    await flow.press(flow.button("insert.refreshPreview"));
    await flow.chooseRadio(t("vi", "insert.clashChoice"), t("vi", "insert.clash.keepBoth"));
    await flow.press(flow.button("insert.run"));
    const entry2 = `${SHEET.entry} (2)`;
    await flow.waitForSheet(entry2);
    await flow.typeInCell(entry2, cellOf(B, "I.1"), "8,5");
    await flow.openStep("step.check.label");
    await flow.press(flow.button("check.rerun").or(flow.button("check.run")));
    const finding = stepPanel().getByRole("button").filter({ hasText: cellPlace("vi", { sheet: entry2, cell: cellOf(B, "I.1") }) });
    await finding.first().waitFor({ timeout: 15_000 });
    await shots.take(page, "3-check-keep-both");

    // A refusal (replace would leave a typed score without a place) is shown right after Chèn, and focused.
    await flow.openStep("step.template.label");
    await flow.fill("cluster.units", FLOW_UNITS.slice(1).join("\n"));
    await flow.openStep("step.insert.label");
    await flow.chooseRadio(t("vi", "insert.clashChoice"), t("vi", "insert.clash.replace"));
    const insertButton = flow.button("insert.run");
    await flow.press(insertButton);
    const alert = stepPanel().getByRole("alert").filter({ hasText: vi("fresh.insert.failedTitle") });
    await alert.waitFor({ timeout: 10_000 });
    const after = await insertButton.evaluate((b, el) => Boolean(b.compareDocumentPosition(el as Node) & Node.DOCUMENT_POSITION_FOLLOWING), await alert.elementHandle());
    if (!after) throw new Error("the refusal is not shown after the Chèn button");
    const focused = await alert.evaluate((el) => el.parentElement === document.activeElement || el.contains(document.activeElement));
    if (!focused) throw new Error("focus did not move to the refusal");
    await shots.take(page, "4-insert-refusal");
  }, 240_000);
});
