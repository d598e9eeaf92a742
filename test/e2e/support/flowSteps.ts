/**
 * Steps shared by the shorter flow tests: open preview.html in a language, and take a new user through
 * Mẫu chấm điểm (the standard template, the cluster, the units: fillCluster) and Chèn mẫu until the sheets
 * exist (insertStandard).
 */
import type { Page } from "playwright-core";
import { type Locale, t } from "../../../src/taskpane/i18n/strings";
import { findStandardTemplate } from "../../../src/templates";
import { SHEET } from "../../../src/workbook/names";
import { WIDE_VIEWPORT } from "./browser";
import { FLOW_CLUSTER, FLOW_TEMPLATE_ID } from "./flowData";
import type { E2eHarness } from "./jest-e2e";
import { PaneFlow } from "./paneFlow";
import { previewWorkbook } from "./preview";

/** preview.html in vi (default) or en, with the simulated workbook ready. */
export async function openPreview(e2e: E2eHarness, locale: Locale): Promise<Page> {
  const { page } = await e2e.open({ viewport: WIDE_VIEWPORT });
  await page.goto(e2e.server.url(`preview.html${locale === "en" ? "?lang=en" : ""}`));
  await previewWorkbook(page);
  return page;
}

/** Mẫu chấm điểm with the pointer: the standard flow template, the flow cluster and the unit list typed as given. */
export async function fillCluster(page: Page, locale: Locale, unitsText: string): Promise<PaneFlow> {
  const flow = new PaneFlow(page, locale, "pointer");
  await flow.chooseRadio(t(locale, "template.standardLabel"), findStandardTemplate(FLOW_TEMPLATE_ID)!.title);
  await flow.fill("cluster.name", FLOW_CLUSTER.name);
  await flow.fill("cluster.period", FLOW_CLUSTER.period);
  await flow.fill("cluster.units", unitsText);
  return flow;
}

/** The standard flow template, the flow cluster and these units, inserted with the pointer. */
export async function insertStandard(page: Page, locale: Locale, units: readonly string[]): Promise<PaneFlow> {
  const flow = await fillCluster(page, locale, units.join("\n"));
  await flow.openStep("step.insert.label");
  await flow.press(flow.button("insert.run"));
  await flow.waitForSheet(SHEET.entry);
  return flow;
}
