/**
 * Issue 12 in the browser (preview.html, pointer, vi and en): a unit list pasted with its STT column, a header
 * and a name typed with the old TCVN3 font. The pane shows the name with its Unicode conversion and changes
 * nothing until asked; "Chuyển sang Unicode" converts it; the insert preview lists the units by name. And a
 * list with a zero-width space, a look-alike name and a Cyrillic letter: each pointed out, the invisible
 * character left out of the workbook.
 */
import { message, type Params } from "../../src/messages/message";
import type { hygieneTexts } from "../../src/messages/hygieneTexts";
import { type Locale, t, tm } from "../../src/taskpane/i18n/strings";
import { SHEET } from "../../src/workbook/names";
import { seriousAxeViolations } from "./support";
import { fillCluster, openPreview } from "./support/flowSteps";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { pollUntil } from "./support/paneFlow";

const h = (locale: Locale, id: keyof typeof hygieneTexts, params: Params = {}) => tm(locale, message(`hygiene.${id}`, params));

/** As copied from an Excel table typed in .VnTime: STT column, header, a TCVN3 name, a blank line. */
const PASTED = "STT\tTên đơn vị\n1\tHà Giang\n2\tHßa B×nh\n\n3\tLào Cai";
const CONVERTED = "STT\tTên đơn vị\n1\tHà Giang\n2\tHòa Bình\n\n3\tLào Cai";
const NAMES = ["Hà Giang", "Hòa Bình", "Lào Cai"];
/** "Sơn" + zero-width space + " La"; "SơnLa" (looks the same in a narrow font); "Hà Nội" with a Cyrillic Н. */
const CYRILLIC_HA_NOI = "\u041Dà Nội";
const LOOKALIKES = ["Hà Nội", "Sơn\u200B La", "SơnLa", CYRILLIC_HA_NOI].join("\n");

describeWithChromium("unit list hygiene on preview.html (issue 12)", () => {
  const e2e = useE2eHarness();

  it.each(["vi", "en"] as Locale[])("(%s) STT and header left out, the TCVN3 name previewed then converted, names in the insert preview", async (locale) => {
    const page = await openPreview(e2e, locale);
    const flow = await fillCluster(page, locale, PASTED);

    const units = flow.pane.getByRole("textbox", { name: t(locale, "cluster.units") });
    const item = h(locale, "pane.legacyItem", { line: 3, from: "Hßa B×nh", to: "Hòa Bình", encoding: message("hygiene.encoding.tcvn3") });
    await flow.pane.getByText(item, { exact: true }).waitFor({ timeout: 15_000 });
    expect(await units.inputValue()).toBe(PASTED); // nothing changed before asking
    expect(await flow.pane.getByText(t(locale, "cluster.unitCount", { count: 3 }), { exact: false }).count()).toBeGreaterThan(0);
    expect(await seriousAxeViolations(page, { include: ["[data-testid='preview-pane']"] })).toEqual([]);

    await flow.press(flow.pane.getByRole("button", { name: h(locale, "pane.convert"), exact: true }));
    await pollUntil(() => units.inputValue(), CONVERTED, "the list after Chuyển sang Unicode");
    expect(await flow.pane.getByText(item, { exact: true }).count()).toBe(0);

    await flow.openStep("step.insert.label");
    const list = flow.pane.getByRole("list", { name: h(locale, "insert.unitsTitle", { count: 3 }) });
    await list.waitFor({ timeout: 15_000 });
    expect(await list.getByRole("listitem").allTextContents()).toEqual(NAMES);
  });

  it.each(["vi", "en"] as Locale[])("(%s) invisible characters left out and said so; look-alike names and mixed alphabets pointed out; insert goes on", async (locale) => {
    const flow = await fillCluster(await openPreview(e2e, locale), locale, LOOKALIKES);
    const near = (second: number, name: string, first: number, other: string) =>
      h(locale, "near.item", { second, name, first, other, reason: message("hygiene.near.lookalike") });
    for (const text of [
      h(locale, "pane.invisibleItem", { line: 2, name: "Sơn La" }),
      h(locale, "pane.mixedItem", { line: 4, name: CYRILLIC_HA_NOI }),
      near(3, "SơnLa", 2, "Sơn La"),
      near(4, CYRILLIC_HA_NOI, 1, "Hà Nội"),
    ]) await flow.pane.getByText(text, { exact: true }).waitFor({ timeout: 15_000 });
    expect(await flow.pane.getByText(t(locale, "cluster.unitCount", { count: 4 }), { exact: false }).count()).toBeGreaterThan(0);

    await flow.openStep("step.insert.label");
    const list = flow.pane.getByRole("list", { name: h(locale, "insert.unitsTitle", { count: 4 }) });
    await list.waitFor({ timeout: 15_000 });
    expect(await list.getByRole("listitem").allTextContents()).toEqual(["Hà Nội", "Sơn La", "SơnLa", CYRILLIC_HA_NOI]);
    await flow.press(flow.button("insert.run"));
    await flow.waitForSheet(SHEET.units);
    expect(await flow.valueAt(SHEET.units, "B3")).toBe("Sơn La"); // the zero-width space is not in the workbook
  });
});
