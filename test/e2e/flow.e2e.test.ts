/**
 * The pane's main flow on preview.html (real pane beside the simulated workbook), in vi-VN and en-US:
 * choose the standard template "blank-100" → cluster name, period, units → Chèn mẫu (preview of new sheets) → insert,
 * then the workbook (window.__thiduaPreview) holds the entry sheet. Texts come from the catalogue, never hard-coded.
 * Remaining steps of issue #5's flow are listed as it.todo below (not yet driven).
 */
import type { Page } from "playwright-core";
import { type Locale, t } from "../../src/taskpane/i18n/strings";
import { findStandardTemplate } from "../../src/templates";
import { SHEET } from "../../src/workbook/names";
import { StepScreenshots, WIDE_VIEWPORT, publishReadmeImage, currentTestSlug, seriousAxeViolations } from "./support";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { previewWorkbook } from "./support/preview";

const UNITS = ["Hội CCB tỉnh A", "Hội CCB tỉnh B", "Hội CCB tỉnh C", "Hội CCB tỉnh D"];

async function noSeriousAxe(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

describeWithChromium("pane flow on preview.html", () => {
  const e2e = useE2eHarness();

  it.each([
    { query: "", locale: "vi" as Locale, lang: "vi" },
    { query: "?lang=en", locale: "en" as Locale, lang: "en" },
  ])("template → cluster form → insert fills the simulated workbook ($lang)", async ({ query, locale, lang }) => {
    const shots = new StepScreenshots(currentTestSlug());
    const { page } = await e2e.open({ viewport: WIDE_VIEWPORT });
    await page.goto(e2e.server.url(`preview.html${query}`));
    const wb = await previewWorkbook(page);

    // Step 1: the standard template.
    const info = findStandardTemplate("blank-100");
    if (!info) throw new Error("standard template blank-100 missing");
    const group = page.getByRole("radiogroup", { name: t(locale, "template.standardLabel") });
    await group.waitFor({ state: "visible", timeout: 15_000 });
    await group.getByRole("radio", { name: info.title }).check();
    await page.getByRole("textbox", { name: t(locale, "cluster.name") }).fill("Cụm thi đua số 3");
    await page.getByRole("textbox", { name: t(locale, "cluster.period") }).fill("2025");
    await page.getByRole("textbox", { name: t(locale, "cluster.units") }).fill(UNITS.join("\n"));
    await expect(page.getByText(t(locale, "cluster.unitCount", { count: UNITS.length })).first().isVisible()).resolves.toBe(true);
    await noSeriousAxe(page);
    const templateShot = await shots.take(page, `template-${lang}`);
    if (lang === "vi") publishReadmeImage(templateShot, "pane-template.png");

    // Step 2: Chèn mẫu — the preview lists the new sheets, then insert.
    await page.getByRole("tab", { name: t(locale, "step.insert.label") }).click();
    const run = page.getByRole("button", { name: t(locale, "insert.run") });
    await run.waitFor({ state: "visible", timeout: 15_000 });
    // "N new sheets" heading: the catalogue text with its count placeholder matched as digits.
    const [before, after] = t(locale, "insert.newSheets", { count: "\u0000" }).split("\u0000");
    const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await page.getByRole("heading", { name: new RegExp(`^${esc(before ?? "")}[1-9]\\d*${esc(after ?? "")}$`) }).waitFor({ timeout: 15_000 });
    await noSeriousAxe(page);
    const insertpreviewShot = await shots.take(page, `insert-preview-${lang}`);
    if (lang === "vi") publishReadmeImage(insertpreviewShot, "pane-insert-preview.png");
    expect(await wb.valueAt(SHEET.entry, "A1")).toBeUndefined();
    await run.click();
    await page.waitForFunction(
      (sheet) => (window as unknown as { __thiduaPreview: { sheets(): { name: string }[] } }).__thiduaPreview.sheets().some((x) => x.name === sheet),
      SHEET.entry,
      { timeout: 15_000 },
    );
    const sheets = await page.evaluate(() => (window as unknown as { __thiduaPreview: { sheets(): { name: string }[] } }).__thiduaPreview.sheets().map((x) => x.name));
    expect(sheets).toEqual(expect.arrayContaining([SHEET.criteria, SHEET.units, SHEET.entry, SHEET.ranking]));
    await noSeriousAxe(page);
    const insertedShot = await shots.take(page, `inserted-${lang}`);
    if (lang === "vi") publishReadmeImage(insertedShot, "pane-inserted.png");
  }, 150_000); // ~45 s each: four axe runs on the full pane + the insert

  it.todo("types scores in the Chấm điểm grid (120 over max, '8,5' as text, a tie) and Kiểm tra shows both findings with their cell");
  it.todo("applies the offered fix for '8,5' (confirm dialog), corrects 120 in the grid, and Kiểm tra again shows no errors");
  it.todo("Xếp hạng shows the order computed by evaluateCluster and a tie explanation; Hoàn tác restores the workbook");
  it.todo("keyboard-only variant (Tab/Enter/Space/arrows) through template, insert, check and rank");
});
