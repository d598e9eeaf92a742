/**
 * preview.html (the browser preview host) in Chromium: renders, with no console or page errors, and with
 * no serious/critical axe findings. Checks the page title and landmarks rather than exact texts, because the
 * preview grows from an "open inside Excel" screen into the real pane beside a simulated workbook; the flow
 * test (pane steps driving the workbook through window.__thiduaPreview) lives in its own file.
 */
import { StepScreenshots, WIDE_VIEWPORT, currentTestSlug, seriousAxeViolations } from "./support";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";

describeWithChromium("preview.html", () => {
  const e2e = useE2eHarness();

  it.each([
    { query: "", lang: "vi" },
    { query: "?lang=en", lang: "en" },
  ])("renders a titled page with a main landmark, no errors and no serious axe findings ($lang)", async ({ query, lang }) => {
    const shots = new StepScreenshots(currentTestSlug());
    const { page } = await e2e.open({ viewport: WIDE_VIEWPORT });
    await page.goto(e2e.server.url(`preview.html${query}`));

    // The static HTML has no <main>: seeing one means the script ran and React rendered.
    const main = page.getByRole("main").first();
    await main.waitFor({ state: "visible", timeout: 15_000 });
    expect(await page.title()).toMatch(/ThiDua/);
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^(vi|en)\b/);
    expect(((await main.textContent()) ?? "").trim().length).toBeGreaterThan(20);
    expect(await page.getByRole("heading").count()).toBeGreaterThan(0);
    // Whatever the pane shows first, the page must not be blank or still on the template's loading line.
    expect(await page.locator("body").textContent()).not.toMatch(/Đang tải ThiDua/);

    expect(await seriousAxeViolations(page)).toEqual([]);
    await shots.take(page, `preview-${lang}`);
  });
});
