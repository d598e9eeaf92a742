/**
 * Issue #5's browser flow on preview.html (the real pane beside the simulated workbook), with the pointer,
 * in vi-VN and en-US: template → insert → scores with "120" and "8,5" → Kiểm tra (findings, select a cell,
 * confirmed fix, correction) → Xếp hạng (order and tie from the domain) → Hoàn tác. See support/fullFlow.ts.
 * The keyboard-only run of the same flow is flow-keyboard.e2e.test.ts.
 */
import type { Locale } from "../../src/taskpane/i18n/strings";
import { StepScreenshots, WIDE_VIEWPORT, currentTestSlug } from "./support";
import { runFullFlow } from "./support/fullFlow";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { previewWorkbook } from "./support/preview";

describeWithChromium("pane flow on preview.html (pointer)", () => {
  const e2e = useE2eHarness();

  it.each([
    { query: "", locale: "vi" as Locale },
    { query: "?lang=en", locale: "en" as Locale },
  ])("full flow ($locale): template, insert, scores, check, fix, rank, undo", async ({ query, locale }) => {
    const { page } = await e2e.open({ viewport: WIDE_VIEWPORT });
    await page.goto(e2e.server.url(`preview.html${query}`));
    await previewWorkbook(page);
    await runFullFlow({ page, locale, mode: "pointer", shots: new StepScreenshots(currentTestSlug()), publish: locale === "vi" });
  }, 240_000);
});
