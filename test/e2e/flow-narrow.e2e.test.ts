/**
 * Issue 15: the whole flow (template, insert, scores, check, fix, rank, undo) with the keyboard only, in a pane
 * 320 px wide and in a 350 px pane on a screen at 200 % scale. Before every screenshot the pane must not scroll
 * sideways (FitCheckedShots); every control the flow uses is reached with Tab and the arrow keys (keyboard mode).
 */
import type { Locale } from "../../src/taskpane/i18n/strings";
import { WIDE_VIEWPORT, currentTestSlug } from "./support";
import { runFullFlow } from "./support/fullFlow";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { FitCheckedShots } from "./support/paneFit";
import { previewWorkbook } from "./support/preview";

describeWithChromium("pane flow in a narrow pane and at 200 % scale (keyboard only)", () => {
  const e2e = useE2eHarness();

  it.each([
    { name: "320 px", query: "?pane=320", locale: "vi" as Locale, deviceScaleFactor: 1 },
    { name: "200 % scale", query: "?lang=en", locale: "en" as Locale, deviceScaleFactor: 2 },
  ])("full flow at $name ($locale), never scrolling sideways", async ({ query, locale, deviceScaleFactor }) => {
    const { page } = await e2e.open({ viewport: WIDE_VIEWPORT, deviceScaleFactor });
    await page.goto(e2e.server.url(`preview.html${query}`));
    await previewWorkbook(page);
    await runFullFlow({ page, locale, mode: "keyboard", shots: new FitCheckedShots(currentTestSlug()), publish: false });
  }, 300_000);
});
