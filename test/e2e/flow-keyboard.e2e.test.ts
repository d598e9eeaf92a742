/**
 * The same flow as flow.e2e.test.ts with the keyboard only: Tab and Shift+Tab to reach controls, arrow
 * keys inside tab lists, radio groups, sheet tabs and the grid, Enter and Space to press, typing for text.
 * Nothing is clicked. A control that cannot be reached fails with the list of places focus went through.
 */
import type { Locale } from "../../src/taskpane/i18n/strings";
import { StepScreenshots, WIDE_VIEWPORT, currentTestSlug } from "./support";
import { runFullFlow } from "./support/fullFlow";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { previewWorkbook } from "./support/preview";

describeWithChromium("pane flow on preview.html (keyboard only)", () => {
  const e2e = useE2eHarness();

  it.each([{ query: "", locale: "vi" as Locale }, { query: "?lang=en", locale: "en" as Locale }])(
    "full flow without the pointer ($locale): template, insert, scores, check, fix, rank, undo",
    async ({ query, locale }) => {
      const { page } = await e2e.open({ viewport: WIDE_VIEWPORT });
      await page.goto(e2e.server.url(`preview.html${query}`));
      await previewWorkbook(page);
      await runFullFlow({ page, locale, mode: "keyboard", shots: new StepScreenshots(currentTestSlug()), publish: false });
    },
    300_000,
  );
});
