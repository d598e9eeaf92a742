/**
 * Issue 12 in the browser (preview.html, pointer, vi and en): Kiểm tra never keeps saying what the workbook no
 * longer holds. A score corrected in the grid after Kiểm tra, and later an undo (Hoàn tác) of a fix, each mark
 * the shown check stale ("Kết quả này tính từ sổ trước khi sửa — Tính lại", its fix button off); Tính lại
 * shows the findings of the workbook as it is now, the counts being the domain's (evaluateCluster).
 */
import { evaluateCluster } from "../../src/domain/cluster";
import type { EntryInput } from "../../src/domain/scoring/input";
import { countBySeverity } from "../../src/domain/validation/finding";
import { message } from "../../src/messages/message";
import { type Locale, t, tm } from "../../src/taskpane/i18n/strings";
import { loadStandardTemplate } from "../../src/templates";
import { SHEET } from "../../src/workbook/names";
import { FLOW_TEMPLATE_ID, FLOW_UNITS, flowUnits } from "./support/flowData";
import { insertStandard, openPreview } from "./support/flowSteps";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import type { PaneFlow } from "./support/paneFlow";
import { applyTickedFixes, runCheck, undoOffer } from "./support/paneResults";

const [A, B] = FLOW_UNITS;
const template = loadStandardTemplate(FLOW_TEMPLATE_ID);
/** The number of errors the domain finds in these I.1 entries. */
const errorsOf = (entries: Record<string, string | number>): number =>
  countBySeverity(evaluateCluster(template, flowUnits(), Object.entries(entries).map(([unit, cluster]): EntryInput => ({ unit, criterion: "I.1", cluster }))).findings).error;

function checkView(flow: PaneFlow) {
  const panel = flow.pane.getByRole("tabpanel");
  return {
    stale: () => panel.getByText(tm(flow.locale, message("fresh.stale.title")), { exact: true }),
    recompute: () => panel.getByRole("button", { name: tm(flow.locale, message("fresh.stale.recompute")), exact: true }),
    errors: (count: number) => panel.getByText(t(flow.locale, "check.count.error", { count }), { exact: true }),
    applyFix: () => flow.button("check.fixes.apply", { count: 1 }),
  };
}

describeWithChromium("Kiểm tra goes stale on preview.html (issue 12)", () => {
  const e2e = useE2eHarness();

  it.each(["vi", "en"] as Locale[])("(%s) after an edit in the grid and after an undo, the shown check is stale until Tính lại", async (locale) => {
    const flow = await insertStandard(await openPreview(e2e, locale), locale, FLOW_UNITS);
    const cellOf = await flow.entryCells(SHEET.entry);
    const view = checkView(flow);
    await flow.typeInCell(SHEET.entry, cellOf(A, "I.1"), "120");
    await flow.typeInCell(SHEET.entry, cellOf(B, "I.1"), "8,5");
    await flow.waitForValue(SHEET.entry, cellOf(B, "I.1"), "8,5", "typed 8,5");

    await runCheck(flow);
    await view.errors(errorsOf({ [A]: 120, [B]: "8,5" })).waitFor({ timeout: 15_000 });
    expect(await view.stale().count()).toBe(0);

    // An edit in the grid: the result is marked stale, its fix button off; Tính lại reads the workbook again.
    await flow.typeInCell(SHEET.entry, cellOf(A, "I.1"), "18");
    await view.stale().waitFor({ timeout: 10_000 });
    expect(await view.applyFix().isDisabled()).toBe(true);
    await flow.press(view.recompute());
    await view.errors(errorsOf({ [A]: 18, [B]: "8,5" })).waitFor({ timeout: 15_000 });
    expect(await view.stale().count()).toBe(0);

    // The fix, a fresh check without errors, then Hoàn tác: the check that said "Lỗi: 0" is stale.
    await applyTickedFixes(flow, 1);
    await flow.waitForValue(SHEET.entry, cellOf(B, "I.1"), 8.5, "after the fix");
    await runCheck(flow);
    await view.errors(errorsOf({ [A]: 18, [B]: 8.5 })).waitFor({ timeout: 15_000 });
    await flow.press(undoOffer(flow, message("actions.undo.label.fixes", { count: 1 })));
    await flow.press(flow.button("undo.confirm"));
    await flow.waitForValue(SHEET.entry, cellOf(B, "I.1"), "8,5", "after Hoàn tác");
    await view.stale().waitFor({ timeout: 10_000 });
    await flow.press(view.recompute());
    await view.errors(errorsOf({ [A]: 18, [B]: "8,5" })).waitFor({ timeout: 15_000 });
    await flow.finding(SHEET.entry, cellOf(B, "I.1")).first().waitFor({ timeout: 5_000 });
  }, 240_000);
});
