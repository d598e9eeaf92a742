/**
 * Issue 12 in the browser (preview.html, pointer, vi and en): rows scored by count (perCount). The Tối đa
 * cell reads "3 điểm" and the entry cell's input message says to type a count ("nhập số lần, không phải
 * điểm"); a count past the bound (12 on C.1, +1 per time up to 3) shows "12 lần", is a *warning* in Kiểm tra
 * (with the domain's text, no error), and Xuất is not blocked: no "scores have errors" notice, and the CSV
 * total is the domain's (the cap holds).
 */
import { evaluateCluster } from "../../src/domain/cluster";
import type { EntryInput } from "../../src/domain/scoring/input";
import { walk } from "../../src/domain/template/tree";
import { message, render } from "../../src/messages/message";
import { catalogueLocale, type Locale, t, tm } from "../../src/taskpane/i18n/strings";
import { loadStandardTemplate } from "../../src/templates";
import { SHEET } from "../../src/workbook/names";
import { addr } from "../../src/workbook/plan";
import { COUNT_ENTRY_FORMAT, COUNT_MAX_FORMAT, leafValidation } from "../../src/workbook/validation";
import { parseCell } from "../../src/excel/cells";
import { formatValue } from "../../src/preview/grid/format";
import { FLOW_TEMPLATE_ID, FLOW_UNITS, flowUnits } from "./support/flowData";
import { insertStandard, openPreview } from "./support/flowSteps";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { pollUntil } from "./support/paneFlow";
import { prepareExport, runCheck } from "./support/paneResults";

const [A] = FLOW_UNITS;
const COUNT_CODE = "C.1";
const COUNT = 12;

describeWithChromium("count rows on preview.html (issue 12)", () => {
  const e2e = useE2eHarness();

  it.each(["vi", "en"] as Locale[])("(%s) a count row asks for a count; 12 is a warning, not an error, and export goes on", async (locale) => {
    const template = loadStandardTemplate(FLOW_TEMPLATE_ID);
    const leaf = [...walk(template.criteria)].find((c) => c.code === COUNT_CODE)!;
    if (leaf.method?.type !== "perCount") throw new Error(`${COUNT_CODE} of ${FLOW_TEMPLATE_ID} should be a count row`);
    const flow = await insertStandard(await openPreview(e2e, locale), locale, FLOW_UNITS);
    const cell = (await flow.entryCells(SHEET.entry))(A, COUNT_CODE);
    const shown = (address: string) => flow.grid.locator(`td[data-cell="${address}"]`).innerText();

    // What the clerk sees on the row: the maximum in points, the input message asking for a count.
    await flow.showSheet(SHEET.entry);
    expect(await shown(addr(3, parseCell(cell).row))).toBe(formatValue(leaf.max, COUNT_MAX_FORMAT));
    await flow.selectCell(cell);
    const prompt = leafValidation(leaf, cell, cell).prompt;
    expect(prompt.text).toMatch(/số lần/);
    const note = flow.grid.getByTestId("input-message");
    await pollUntil(async () => (await note.innerText()).replace(/\s+/g, " ").trim(), `${prompt.title} ${prompt.text}`.replace(/\s+/g, " ").trim(), "the input message of the count cell");

    await flow.typeInCell(SHEET.entry, cell, String(COUNT));
    await flow.waitForValue(SHEET.entry, cell, COUNT, "the count typed");
    expect(await shown(cell)).toBe(formatValue(COUNT, COUNT_ENTRY_FORMAT));

    // Kiểm tra: a warning with the domain's text, and no error.
    const entries: EntryInput[] = [{ unit: A, criterion: COUNT_CODE, cluster: COUNT }];
    const expected = evaluateCluster(template, flowUnits(), entries);
    const domainFinding = expected.findings.find((f) => f.unit === A && f.criterion === COUNT_CODE)!;
    expect(domainFinding.severity).toBe("warning");
    await runCheck(flow);
    const finding = flow.finding(SHEET.entry, cell);
    await finding.first().waitFor({ timeout: 15_000 });
    const text = await finding.first().innerText();
    expect(text).toContain(t(locale, "check.severity.warning"));
    expect(text).not.toContain(t(locale, "check.severity.error"));
    expect(text).toContain(render(domainFinding.message, catalogueLocale(locale)));
    await flow.pane.getByText(t(locale, "check.count.error", { count: 0 }), { exact: true }).waitFor({ timeout: 5_000 });

    // Xuất: not provisional; the CSV has the domain's total (the count counts up to its cap).
    await prepareExport(flow);
    expect(await flow.pane.getByText(tm(locale, message("export.pane.provisionalTitle")), { exact: true }).count()).toBe(0);
    await flow.press(flow.pane.getByRole("button", { name: tm(locale, message("export.pane.showCsv")), exact: true }));
    const csvBox = flow.pane.getByRole("textbox", { name: /CSV/ });
    await csvBox.waitFor({ timeout: 15_000 });
    const total = expected.units.find((u) => u.name === A)!.final.total;
    const line = (await csvBox.inputValue()).split(/\r?\n/).find((l) => l.includes(`;${A};`));
    expect(line?.split(";")[6]).toBe(String(total).replace(".", ","));
  }, 240_000);
});
