/**
 * The narrow-pane check of flow-narrow.e2e.test.ts can fail: the preview host really gives the pane the width
 * asked for with ?pane=, and FitCheckedShots refuses a screenshot when something in the pane is wider than it.
 */
import { paneWidthFrom, PANE_WIDTH_PX } from "../../src/preview/PreviewPage";
import { WIDE_VIEWPORT, currentTestSlug } from "./support";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { FitCheckedShots, paneOverflow } from "./support/paneFit";
import { previewWorkbook } from "./support/preview";

describe("paneWidthFrom", () => {
  it("takes ?pane= between 280 and 700 px, else Excel's usual 350", () => {
    expect(paneWidthFrom("?pane=320")).toBe(320);
    expect(paneWidthFrom("?lang=en&pane=700")).toBe(700);
    for (const bad of ["", "?pane=", "?pane=279", "?pane=701", "?pane=33.5", "?pane=abc"]) expect(paneWidthFrom(bad)).toBe(PANE_WIDTH_PX);
  });
});

describeWithChromium("the pane's sideways-scroll check", () => {
  const e2e = useE2eHarness();

  it("the pane is as wide as asked, fits at first, and a 500 px element inside makes the screenshot fail", async () => {
    const { page } = await e2e.open({ viewport: WIDE_VIEWPORT });
    await page.goto(e2e.server.url("preview.html?pane=320"));
    await previewWorkbook(page);
    const pane = page.getByTestId("preview-pane");
    await pane.getByRole("tablist").waitFor();
    expect(Math.round((await pane.boundingBox())!.width)).toBe(320);
    const shots = new FitCheckedShots(currentTestSlug());
    await expect(shots.take(page, "fits")).resolves.toMatch(/\.png$/);

    await page.evaluate(() => {
      const wide = document.createElement("div");
      wide.textContent = "một dòng quá rộng";
      wide.style.width = "500px";
      document.querySelector('[data-testid="preview-pane"] [role="tablist"]')!.after(wide);
    });
    expect((await paneOverflow(page)).wide.join(" ")).toContain("một dòng quá rộng");
    await expect(shots.take(page, "too-wide")).rejects.toThrow(/scrolls sideways at step "too-wide".*một dòng quá rộng/);
  }, 60_000);
});
