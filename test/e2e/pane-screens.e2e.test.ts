/**
 * taskpane.html outside Office, in Chromium: the page Excel loads must explain how to open ThiDua inside
 * Excel (Vietnamese first), be accessible (no serious/critical axe findings), usable from the keyboard and
 * fit the task pane's width. Two ways to be outside Office: office.js blocked (offline) and office.js loaded
 * (served from the @microsoft/office-js copy) in a plain browser tab.
 */
import { t } from "../../src/taskpane/i18n/strings";
import { OFFICE_READY_TIMEOUT_MS } from "../../src/taskpane/office/detect-office-host";
import { PANE_VIEWPORT, StepScreenshots, currentTestSlug, publishReadmeImage, seriousAxeViolations } from "./support";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { keyboardReport } from "./support/keyboard";
import type { Page } from "playwright-core";

const reasonParams = { host: "", seconds: OFFICE_READY_TIMEOUT_MS / 1000 };

async function expectFitsPaneWidth(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(clientWidth).toBe(PANE_VIEWPORT.width);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth); // no sideways scrolling in a 350 px pane
}

describeWithChromium("taskpane.html outside Office", () => {
  const e2e = useE2eHarness();

  it("offline (office.js blocked): shows 'Mở ThiDua trong Excel' for a user, the reason and manifest URL under details, accessible and keyboard-usable", async () => {
    const shots = new StepScreenshots(currentTestSlug());
    const { page } = await e2e.open({ officeJs: "blocked" });
    await page.goto(e2e.server.url("taskpane.html"));

    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor({ state: "visible", timeout: OFFICE_READY_TIMEOUT_MS + 10_000 });
    expect(await heading.textContent()).toContain(t("vi", "openInExcel.title"));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("vi");
    await expect(page.getByRole("main").count()).resolves.toBe(1);
    // The preview link leads to a page that exists.
    const preview = await page.request.get(e2e.server.url((await page.getByRole("link").first().getAttribute("href"))!));
    expect(preview.status()).toBe(200);
    // Says why (office.js could not load) in both languages, Vietnamese first, in the technical details.
    const main = (await page.getByRole("main").textContent()) ?? "";
    const vi = main.indexOf(t("vi", "openInExcel.reason.officeJsMissing", reasonParams));
    const en = main.indexOf(t("en", "openInExcel.reason.officeJsMissing", reasonParams));
    expect(vi).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(vi);

    // The manifest URL it shows is this server's, and is served as XML.
    const manifestUrl = e2e.server.url("manifest.xml");
    expect(main).toContain(manifestUrl);
    const manifest = await page.request.get(manifestUrl);
    expect(manifest.status()).toBe(200);
    expect(manifest.headers()["content-type"]).toBe("application/xml; charset=utf-8");
    expect(await manifest.text()).toContain("<OfficeApp");

    await expectFitsPaneWidth(page);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const shot = await shots.take(page, "open-in-excel-vi");
    publishReadmeImage(shot, "open-in-excel.png");

    const keys = await keyboardReport(page);
    expect(keys.unreachable).toEqual([]);
    expect(keys.tabOrder.length).toBeGreaterThanOrEqual(keys.focusableCount);
  });

  it("in a browser tab with office.js loaded: says the page is not inside Excel", async () => {
    const shots = new StepScreenshots(currentTestSlug());
    const { page } = await e2e.open({ officeJs: "mirrored" });
    await page.goto(e2e.server.url("taskpane.html"));

    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor({ state: "visible", timeout: OFFICE_READY_TIMEOUT_MS + 10_000 });
    expect(await heading.textContent()).toContain(t("vi", "openInExcel.title"));
    // Every link and control is reached with Tab (checked before a click moves the focus starting point).
    expect((await keyboardReport(page)).unreachable).toEqual([]);
    // The reason is for IT staff: behind the details, shown when opened.
    const reason = page.getByText(t("vi", "openInExcel.reason.notInOffice", reasonParams));
    expect(await reason.isVisible()).toBe(false);
    await page.getByText(t("vi", "openInExcel.details")).click();
    await reason.waitFor({ state: "visible" });
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("object");

    await expectFitsPaneWidth(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shots.take(page, "not-in-office");
  });
});
