/**
 * Issue 15: the whole flow (template, insert, scores, check, fix, rank, undo) with the keyboard only, in a pane
 * 320 px wide and in a 350 px pane on a screen at 200 % scale. Before every screenshot the pane must not scroll
 * sideways (FitCheckedShots); every control the flow uses is reached with Tab and the arrow keys (keyboard mode),
 * and the focus lands on each step's primary action after its "Tiếp: …". Then Xuất: the meeting form and the downloads.
 */
import type { Locale } from "../../src/taskpane/i18n/strings";
import { WIDE_VIEWPORT, currentTestSlug } from "./support";
import { runFullFlow } from "./support/fullFlow";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { FitCheckedShots } from "./support/paneFit";
import { PaneFlow } from "./support/paneFlow";
import { prepareExport } from "./support/paneResults";
import { message } from "../../src/messages/message";
import { tm } from "../../src/taskpane/i18n/strings";
import { previewWorkbook } from "./support/preview";

describeWithChromium("pane flow in a narrow pane and at 200 % scale (keyboard only)", () => {
  const e2e = useE2eHarness();

  it.each([
    { name: "320 px", query: "?pane=320", locale: "vi" as Locale, deviceScaleFactor: 1, readme: { "5-findings": "pane-320-findings.png", "7-ranking": "pane-320-ranking.png" } as Record<string, string> },
    { name: "200 % scale", query: "?lang=en", locale: "en" as Locale, deviceScaleFactor: 2, readme: { "7-ranking": "pane-200-ranking.png" } as Record<string, string> },
  ])("full flow at $name ($locale), never scrolling sideways", async ({ query, locale, deviceScaleFactor, readme }) => {
    const { page } = await e2e.open({ viewport: WIDE_VIEWPORT, deviceScaleFactor });
    await page.goto(e2e.server.url(`preview.html${query}`));
    await previewWorkbook(page);
    const shots = new FitCheckedShots(currentTestSlug(), readme);
    await runFullFlow({ page, locale, mode: "keyboard", shots, publish: false });
    // Xuất: the results read, the meeting form and the downloads, still within the pane's width.
    const flow = new PaneFlow(page, locale, "keyboard");
    await prepareExport(flow);
    await shots.take(page, `10-export-${locale}`);
    await flow.pane.getByRole("heading", { name: tm(locale, message("export.pane.downloadsHeading")) }).scrollIntoViewIfNeeded();
    await shots.take(page, `11-export-downloads-${locale}`);
  }, 300_000);
});
