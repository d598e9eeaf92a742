/**
 * Issue 12 in the browser (preview.html, pointer, vi and en): a unit list pasted with its STT column, a header
 * and a name typed with the old TCVN3 font. The pane shows the name with its Unicode conversion and changes
 * nothing until asked; "Chuyển sang Unicode" converts it; the insert preview lists the units by name.
 */
import type { Page } from "playwright-core";
import { message, type Params } from "../../src/messages/message";
import type { hygieneTexts } from "../../src/messages/hygieneTexts";
import { type Locale, t, tm } from "../../src/taskpane/i18n/strings";
import { findStandardTemplate } from "../../src/templates";
import { WIDE_VIEWPORT, seriousAxeViolations } from "./support";
import { FLOW_CLUSTER, FLOW_TEMPLATE_ID } from "./support/flowData";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { PaneFlow, pollUntil } from "./support/paneFlow";
import { previewWorkbook } from "./support/preview";

const h = (locale: Locale, id: keyof typeof hygieneTexts, params: Params = {}) => tm(locale, message(`hygiene.${id}`, params));

/** As copied from an Excel table typed in .VnTime: STT column, header, a TCVN3 name, a blank line. */
const PASTED = "STT\tTên đơn vị\n1\tHà Giang\n2\tHßa B×nh\n\n3\tLào Cai";
const CONVERTED = "STT\tTên đơn vị\n1\tHà Giang\n2\tHòa Bình\n\n3\tLào Cai";
const NAMES = ["Hà Giang", "Hòa Bình", "Lào Cai"];

describeWithChromium("unit list hygiene on preview.html (issue 12)", () => {
  const e2e = useE2eHarness();

  async function open(locale: Locale): Promise<Page> {
    const { page } = await e2e.open({ viewport: WIDE_VIEWPORT });
    await page.goto(e2e.server.url(`preview.html${locale === "en" ? "?lang=en" : ""}`));
    await previewWorkbook(page);
    return page;
  }

  it.each(["vi", "en"] as Locale[])("(%s) STT and header left out, the TCVN3 name previewed then converted, names in the insert preview", async (locale) => {
    const page = await open(locale);
    const flow = new PaneFlow(page, locale, "pointer");
    await flow.chooseRadio(t(locale, "template.standardLabel"), findStandardTemplate(FLOW_TEMPLATE_ID)!.title);
    await flow.fill("cluster.name", FLOW_CLUSTER.name);
    await flow.fill("cluster.period", FLOW_CLUSTER.period);
    await flow.fill("cluster.units", PASTED);

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
});
