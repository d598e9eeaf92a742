/**
 * Issue 12 in the browser (preview.html, pointer, vi and en): undo never overwrites later work, and fixes
 * that are right.
 * - A fix is applied, the cell is then corrected by hand: Hoàn tác lists the cell (unit, criterion, now /
 *   ThiDua's value / before) and keeps the correction.
 * - "8,5" on a criterion whose maximum is 2 gets no fix (it would be a new error); the "Nhập 20" fix for 120
 *   is offered unticked; only the text → number fix within the maximum is ticked.
 * - Undoing the insert after scores were typed says how many, for which units, and keeps a copy on a new sheet.
 */
import type { Page } from "playwright-core";
import { message } from "../../src/messages/message";
import { formatNumber } from "../../src/messages/format";
import { catalogueLocale, type Locale, t, tm } from "../../src/taskpane/i18n/strings";
import { SHEET } from "../../src/workbook/names";
import { cellPlaceCapitalised } from "../../src/taskpane/i18n/cellPlace";
import { FLOW_UNITS } from "./support/flowData";
import { insertStandard, openPreview } from "./support/flowSteps";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { PaneFlow, pollUntil } from "./support/paneFlow";
import { applyTickedFixes, undoOffer } from "./support/paneResults";

const [A, B] = FLOW_UNITS;
const COPY_SHEET = tm("vi", message("undo.copy.sheet"));

const insertedFlow = (page: Page, locale: Locale): Promise<PaneFlow> => insertStandard(page, locale, FLOW_UNITS);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describeWithChromium("undo and fixes on preview.html (issue 12)", () => {
  const e2e = useE2eHarness();

  const open = (locale: Locale): Promise<Page> => openPreview(e2e, locale);

  it.each(["vi", "en"] as Locale[])("(%s) fixes offered are right; undo after a fix keeps the hand correction and lists it", async (locale) => {
    const flow = await insertedFlow(await open(locale), locale);
    const cellOf = await flow.entryCells(SHEET.entry);
    const above = cellOf(A, "I.1"); // 120 over 20: "Nhập 20" offered, not ticked
    const text = cellOf(B, "I.1"); // "8,5" within 20: converted, ticked
    const textOver = cellOf(A, "C.2"); // "8,5" over C.2's maximum of 2: no fix at all
    await flow.typeInCell(SHEET.entry, above, "120");
    await flow.typeInCell(SHEET.entry, text, "8,5");
    await flow.typeInCell(SHEET.entry, textOver, "8,5");
    await flow.waitForValue(SHEET.entry, textOver, "8,5", "typed 8,5");

    await flow.openStep("step.check.label");
    await flow.press(flow.button("check.run"));
    const box = (cell: string) => flow.fixBox(SHEET.entry, cell);
    await box(text).waitFor({ timeout: 15_000 });
    expect(await box(text).isChecked()).toBe(true);
    expect(await box(above).isChecked()).toBe(false);
    expect(await box(textOver).count()).toBe(0);
    expect(await flow.finding(SHEET.entry, textOver).count()).toBe(1); // the finding is there

    await applyTickedFixes(flow, 1);
    await flow.waitForValue(SHEET.entry, text, 8.5, "after the fix");
    await flow.typeInCell(SHEET.entry, text, "9"); // corrected by hand after the fix
    await flow.waitForValue(SHEET.entry, text, 9, "corrected by hand");

    await flow.press(undoOffer(flow, message("actions.undo.label.fixes", { count: 1 })));
    const region = flow.pane.getByRole("region", { name: t(locale, "undo.confirmTitle", { label: tm(locale, message("actions.undo.label.fixes", { count: 1 })) }) });
    await region.waitFor({ timeout: 10_000 });
    const v = (x: number | string) => (typeof x === "number" ? formatNumber(x, catalogueLocale(locale)) : t(locale, "check.fixes.text", { text: x }));
    const item = tm(locale, message("undo.changed.item", { place: cellPlaceCapitalised(locale, { sheet: SHEET.entry, cell: text }), who: message("undo.changed.who", { unit: B, criterion: "I.1" }), now: v(9), wrote: v(8.5), was: v("8,5") }));
    expect(await region.innerText()).toContain(item);
    const putBack = region.getByRole("checkbox", { name: tm(locale, message("undo.changed.putBack", { count: 1 })) });
    expect(await putBack.isChecked()).toBe(false);
    await flow.press(region.getByRole("button", { name: t(locale, "undo.confirm"), exact: true }));
    await region.waitFor({ state: "detached", timeout: 10_000 });
    await flow.pane.getByText(new RegExp(escape(tm(locale, message("undo.doneKept", { done: "", kept: 1 })).trim()))).waitFor({ timeout: 10_000 });
    expect(await flow.valueAt(SHEET.entry, text)).toBe(9);
  }, 240_000);

  it.each(["vi", "en"] as Locale[])("(%s) undoing the insert says how many scores were typed and keeps a copy of them", async (locale) => {
    const page = await open(locale);
    const flow = await insertedFlow(page, locale);
    const cellOf = await flow.entryCells(SHEET.entry);
    await flow.typeInCell(SHEET.entry, cellOf(A, "I.1"), "18");
    await flow.typeInCell(SHEET.entry, cellOf(B, "I.2"), "17");
    await flow.waitForValue(SHEET.entry, cellOf(B, "I.2"), 17, "typed 17");

    const label = message("actions.undo.label.insert");
    await flow.press(undoOffer(flow, label));
    const region = flow.pane.getByRole("region", { name: t(locale, "undo.confirmTitle", { label: tm(locale, label) }) });
    await region.waitFor({ timeout: 10_000 });
    expect(await region.innerText()).toContain(tm(locale, message("undo.typed.body", { count: 2, units: `${A}, ${B}` })));
    const keep = region.getByRole("checkbox", { name: tm(locale, message("undo.typed.keepCopy", { sheet: COPY_SHEET })) });
    expect(await keep.isChecked()).toBe(true);
    await flow.press(region.getByRole("button", { name: t(locale, "undo.confirm"), exact: true }));
    await flow.waitForSheet(COPY_SHEET);
    const sheets = () => page.evaluate(() => (window as unknown as { __thiduaPreview: { sheets(): { name: string }[] } }).__thiduaPreview.sheets().map((s) => s.name));
    await pollUntil(async () => (await sheets()).includes(SHEET.entry), false, "Chấm điểm deleted by undo", 10_000);
    expect([await flow.valueAt(COPY_SHEET, "A3"), await flow.valueAt(COPY_SHEET, "B3"), await flow.valueAt(COPY_SHEET, "D3")]).toEqual([A, "I.1", 18]);
    expect([await flow.valueAt(COPY_SHEET, "A4"), await flow.valueAt(COPY_SHEET, "B4"), await flow.valueAt(COPY_SHEET, "D4")]).toEqual([B, "I.2", 17]);
  }, 240_000);
});
