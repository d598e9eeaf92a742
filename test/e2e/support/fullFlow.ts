/**
 * Issue #5's whole flow on preview.html, as a new user takes it: choose the standard template, enter the
 * cluster and its units, preview and insert, type the scores in the grid (two of them wrong), check, see both
 * findings with their cells, select one from the pane, fix "8,5" through the confirmation dialog (nothing is
 * written before it), correct "120" in the grid, check again, rank, compare the order and the tie explanation
 * with the domain's evaluateCluster, and undo the last operation. Axe runs and a screenshot is taken at
 * each step. The same code drives the pointer and the keyboard-only runs.
 */
import type { Page } from "playwright-core";
import { evaluateCluster } from "../../../src/domain/cluster";
import { message } from "../../../src/messages/message";
import { type Locale, t, tm } from "../../../src/taskpane/i18n/strings";
import { findStandardTemplate, loadStandardTemplate } from "../../../src/templates";
import { firstEntryAddress } from "../../../src/workbook/layout";
import { SHEET } from "../../../src/workbook/names";
import { StepScreenshots, publishReadmeImage, seriousAxeViolations } from "./index";
import {
  ABOVE_MAX,
  FLOW_CLUSTER,
  FLOW_TEMPLATE_ID,
  FLOW_UNITS,
  SELF_SCORES,
  TEXT_NUMBER,
  TYPED_SCORES,
  flowEntries,
  flowUnits,
  key,
} from "./flowData";
import { hasFocus } from "./keyboardOnly";
import { cellPlaceCapitalised } from "../../../src/taskpane/i18n/cellPlace";
import { filledHandout } from "./handoutFile";
import { type InputMode, PaneFlow, catalogueRegExp } from "./paneFlow";
import { rankRows, rankingSheetRows, rankingTable } from "./paneResults";

export interface FlowRun {
  readonly page: Page;
  readonly locale: Locale;
  readonly mode: InputMode;
  readonly shots: StepScreenshots;
  /** Copy the best screenshots to docs/images (only when THIDUA_UPDATE_README_IMAGES=1, see artifacts.ts). */
  readonly publish: boolean;
}

/**
 * Axe over the pane and anything it shows in a portal (dialogs). The simulated grid is left out here: it is
 * checked once, on the whole page, in preview-smoke.e2e.test.ts; including it at every step triples the run time.
 */
const PANE_PARTS = ['[data-testid="preview-pane"]', "[data-portal-node]"];

async function noSeriousAxe(page: Page, step: string): Promise<void> {
  const violations = await seriousAxeViolations(page, { include: PANE_PARTS });
  if (violations.length > 0) throw new Error(`axe at step "${step}":\n${violations.join("\n")}`);
}

export async function runFullFlow({ page, locale, mode, shots, publish }: FlowRun): Promise<void> {
  const flow = new PaneFlow(page, locale, mode);
  const readme = async (step: string, image: string) => {
    const shot = await shots.take(page, `${step}-${locale}-${mode}`);
    if (publish) publishReadmeImage(shot, image);
  };
  const template = loadStandardTemplate(FLOW_TEMPLATE_ID);
  const info = findStandardTemplate(FLOW_TEMPLATE_ID);
  if (!info) throw new Error(`standard template ${FLOW_TEMPLATE_ID} missing`);

  // 1. Mẫu chấm điểm: the standard template, the cluster and its units.
  await flow.chooseRadio(t(locale, "template.standardLabel"), info.title);
  await flow.fill("cluster.name", FLOW_CLUSTER.name);
  await flow.fill("cluster.period", FLOW_CLUSTER.period);
  await flow.fill("cluster.units", FLOW_UNITS.join("\n"));
  await flow.pane.getByText(t(locale, "cluster.unitCount", { count: FLOW_UNITS.length })).first().waitFor();
  await noSeriousAxe(page, "template");
  await readme("1-template", "pane-template.png");

  // 2. Chèn mẫu: "Tiếp: Chèn mẫu" opens the step with the focus on its primary action; preview, then insert.
  await flow.press(flow.button("cluster.next"));
  await flow.pane.getByRole("heading", { name: catalogueRegExp(locale, "insert.newSheets", ["count"]) }).waitFor({ timeout: 15_000 });
  await noSeriousAxe(page, "insert preview");
  await readme("2-insert-preview", "pane-insert-preview.png");
  if ((await flow.valueAt(SHEET.entry, "A1")) !== undefined) throw new Error("the preview wrote into the workbook");
  await flow.expectFocus(flow.button("insert.run"), "after Tiếp: Chèn mẫu");
  await flow.press(flow.button("insert.run"));
  await flow.waitForSheet(SHEET.entry);
  await flow.expectFocus(flow.button("insert.openEntry", { sheet: SHEET.entry }), "after inserting");
  await shots.take(page, `3-inserted-${locale}-${mode}`);
  // The pane takes the user to the first score cell (Excel stays on the sheet that was open).
  await flow.press(flow.button("insert.openEntry", { sheet: SHEET.entry }));
  await flow.waitForSelection(SHEET.entry, firstEntryAddress(template, FLOW_UNITS.length));

  // 3. Scores typed in the Chấm điểm grid, "120" and "8,5" among them.
  const cellOf = await flow.entryCells(SHEET.entry);
  for (const s of TYPED_SCORES) await flow.typeInCell(SHEET.entry, cellOf(s.unit, s.criterion), s.text);
  const aboveMaxCell = cellOf(ABOVE_MAX.unit, ABOVE_MAX.criterion);
  const textCell = cellOf(TEXT_NUMBER.unit, TEXT_NUMBER.criterion);
  await flow.waitForValue(SHEET.entry, aboveMaxCell, 120, "typed 120");
  await flow.waitForValue(SHEET.entry, textCell, TEXT_NUMBER.text, "typed 8,5 (text in en-US Excel)");
  const wholePage = await seriousAxeViolations(page); // once with the grid filled in
  if (wholePage.length > 0) throw new Error(`axe on the whole page with scores typed:\n${wholePage.join("\n")}`);
  await readme("4-scores", "pane-scores.png");

  // 3b. Tự chấm: unit A's self-scoring file, previewed, then written into its Tự chấm column only.
  const handout = await filledHandout(template, FLOW_CLUSTER, SELF_SCORES.unit, SELF_SCORES.scores);
  const selfCount = Object.keys(SELF_SCORES.scores).length;
  const hx = (id: "pane.pick" | "pane.fileMerge" | "pane.write" | "pane.written", params: Record<string, string | number> = {}) =>
    tm(locale, message(`handout.${id}`, params));
  await flow.openStep("step.selfScoring.label");
  await flow.pane.getByLabel(hx("pane.pick")).setInputFiles(handout);
  await flow.pane.getByText(hx("pane.fileMerge", { unit: SELF_SCORES.unit, changes: selfCount })).waitFor({ timeout: 20_000 });
  for (const code of Object.keys(SELF_SCORES.scores)) {
    if ((await flow.valueAt(SHEET.entry, cellOf(SELF_SCORES.unit, code, "self"))) !== undefined) throw new Error("the Tự chấm preview wrote into the workbook");
  }
  await noSeriousAxe(page, "self scores");
  await readme("4b-self-scores", "pane-self-scores.png");
  await flow.press(flow.pane.getByRole("button", { name: hx("pane.write", { count: selfCount }), exact: true }));
  await flow.pane.getByText(hx("pane.written", { count: selfCount })).waitFor({ timeout: 15_000 });
  for (const [code, value] of Object.entries(SELF_SCORES.scores)) await flow.waitForValue(SHEET.entry, cellOf(SELF_SCORES.unit, code, "self"), value, `Tự chấm ${code}`);

  // 4. Kiểm tra: both findings, with their cells; a finding selects its cell.
  await flow.openStep("step.check.label");
  await flow.press(flow.button("check.run"));
  await flow.pane.getByText(t(locale, "check.summaryErrors", { errors: 2, units: FLOW_UNITS.length })).waitFor({ timeout: 15_000 });
  await flow.pane.getByText(t(locale, "check.count.error", { count: 2 }), { exact: true }).waitFor();
  const finding = (cell: string) => flow.finding(SHEET.entry, cell);
  for (const cell of [aboveMaxCell, textCell]) {
    if ((await finding(cell).count()) !== 1) throw new Error(`Kiểm tra: expected one finding at ${SHEET.entry}!${cell}, found ${await finding(cell).count()}`);
  }
  await noSeriousAxe(page, "findings");
  await readme("5-findings", "pane-findings.png");
  await flow.press(finding(aboveMaxCell));
  await flow.waitForSelection(SHEET.entry, aboveMaxCell);

  // 5. The offered fix for "8,5" only, through the confirmation dialog; then 120 corrected in the grid.
  const fixCheckbox = (cell: string) => flow.fixBox(SHEET.entry, cell);
  if (await fixCheckbox(aboveMaxCell).isChecked()) await flow.press(fixCheckbox(aboveMaxCell), { toggle: true });
  if (!(await fixCheckbox(textCell).isChecked())) await flow.press(fixCheckbox(textCell), { toggle: true });
  const applyFixes = flow.button("check.fixes.apply", { count: 1 });
  const dialog = page.getByRole("alertdialog", { name: t(locale, "check.fixes.confirmTitle", { count: 1 }) });
  // First cancel (Huỷ, or Escape from the keyboard): nothing is written and focus returns to Áp dụng.
  await flow.press(applyFixes);
  await dialog.waitFor({ timeout: 10_000 });
  if (mode === "keyboard") await page.keyboard.press("Escape");
  else await dialog.getByRole("button", { name: t(locale, "check.fixes.cancel"), exact: true }).click();
  await dialog.waitFor({ state: "detached", timeout: 10_000 });
  if ((await flow.valueAt(SHEET.entry, textCell)) !== TEXT_NUMBER.text) throw new Error("cancelling the confirmation wrote the fix");
  if (mode === "keyboard") await page.waitForFunction(() => document.activeElement?.tagName === "BUTTON", undefined, { timeout: 5_000 });
  if (mode === "keyboard" && !(await hasFocus(applyFixes))) throw new Error("after Escape, focus is not back on Áp dụng");
  await flow.press(applyFixes);
  await dialog.waitFor({ timeout: 10_000 });
  const listed = await dialog.innerText();
  const place = (cell: string) => cellPlaceCapitalised(locale, { sheet: SHEET.entry, cell });
  if (!listed.includes(place(textCell)) || listed.includes(place(aboveMaxCell))) throw new Error(`the confirmation lists the wrong cells:\n${listed}`);
  if ((await flow.valueAt(SHEET.entry, textCell)) !== TEXT_NUMBER.text) throw new Error("the fix was written before confirmation");
  await noSeriousAxe(page, "confirm fixes");
  await readme("6-confirm-fix", "pane-confirm-fix.png");
  await flow.press(dialog.getByRole("button", { name: t(locale, "check.fixes.confirm"), exact: true }));
  await dialog.waitFor({ state: "detached", timeout: 10_000 });
  await flow.waitForValue(SHEET.entry, textCell, TEXT_NUMBER.fixed, "after the confirmed fix");
  if ((await flow.valueAt(SHEET.entry, aboveMaxCell)) !== 120) throw new Error("an unchecked fix was applied");
  await flow.typeInCell(SHEET.entry, aboveMaxCell, ABOVE_MAX.correction);
  await flow.waitForValue(SHEET.entry, aboveMaxCell, Number(ABOVE_MAX.correction), "120 corrected in the grid");
  await flow.press(flow.button("check.rerun"));
  await flow.pane.getByText(t(locale, "check.success", { units: FLOW_UNITS.length })).waitFor({ timeout: 15_000 });
  // A clean check offers one next action, focused: "Tiếp: Xếp hạng", which lands on Xếp hạng's own primary action.
  const nextToRanking = flow.button("next.step", { step: flow.text("step.ranking.label") });
  await flow.expectFocus(nextToRanking, "after a clean check");
  await flow.press(nextToRanking);
  await flow.expectFocus(flow.button("ranking.run"), "after Tiếp: Xếp hạng");

  // 6. Xếp hạng: the order and the tie, as the domain computes them from the same entries.
  const corrected = new Map<string, string | number>([
    [key(ABOVE_MAX.unit, ABOVE_MAX.criterion), Number(ABOVE_MAX.correction)],
    [key(TEXT_NUMBER.unit, TEXT_NUMBER.criterion), TEXT_NUMBER.fixed],
  ]);
  const expected = evaluateCluster(template, flowUnits(), flowEntries(corrected));
  const ties = expected.units.filter((u) => u.tie !== null);
  if (ties.length < 2) throw new Error("the flow's data should hold a tie (C and D); check flowData.ts");
  const shown = await rankingTable(flow);
  // A final ranking (no error, nothing unscored) offers "Tiếp: Xuất", focused.
  await flow.expectFocus(flow.button("next.step", { step: flow.text("step.export.label") }), "after a final ranking");
  const byRank = rankRows(expected);
  if (JSON.stringify(shown) !== JSON.stringify(byRank)) throw new Error(`ranking table ${JSON.stringify(shown)} ≠ domain ${JSON.stringify(byRank)}`);
  for (const u of ties) {
    await flow.pane.getByText(t(locale, "ranking.unitLine", { unit: u.name, text: tm(locale, u.tie!) }), { exact: true }).waitFor({ timeout: 5_000 });
  }
  const sheetRows = await rankingSheetRows(flow, SHEET.ranking, FLOW_UNITS.length);
  for (const u of expected.units) {
    const row = sheetRows.get(u.name);
    if (!row || row.rank !== u.rank || row.total !== u.final.total) {
      throw new Error(`Xếp hạng sheet for ${u.name}: ${JSON.stringify(row)}, domain rank ${u.rank} total ${u.final.total}`);
    }
  }
  // The pane opens the ranking sheet in the workbook; the tie explanations are scrolled into view.
  await flow.press(flow.button("ranking.openSheet", { sheet: SHEET.ranking }));
  await flow.waitForSelection(SHEET.ranking);
  await flow.pane.getByRole("heading", { name: t(locale, "ranking.tiesHeading") }).scrollIntoViewIfNeeded();
  await noSeriousAxe(page, "ranking");
  await readme("7-ranking", "pane-ranking.png");

  // 7. Hoàn tác: the last operation was the fix; undo puts "8,5" back and keeps the 18 typed since.
  await flow.press(flow.button("undo.offer", { label: tm(locale, message("actions.undo.label.fixes", { count: 1 })) }));
  const confirmUndo = flow.button("undo.confirm");
  await confirmUndo.waitFor({ timeout: 10_000 });
  await noSeriousAxe(page, "undo");
  await readme("8-undo", "pane-undo.png");
  await flow.press(confirmUndo, { backward: true });
  await flow.waitForValue(SHEET.entry, textCell, TEXT_NUMBER.text, "after Hoàn tác");
  if ((await flow.valueAt(SHEET.entry, aboveMaxCell)) !== Number(ABOVE_MAX.correction)) throw new Error("undo lost a score typed after the fix");
  const undone = evaluateCluster(template, flowUnits(), flowEntries(new Map([[key(ABOVE_MAX.unit, ABOVE_MAX.criterion), Number(ABOVE_MAX.correction)]])));
  const afterUndo = await rankingSheetRows(flow, SHEET.ranking, FLOW_UNITS.length);
  for (const u of undone.units) {
    const row = afterUndo.get(u.name);
    if (!row || row.total !== u.final.total) throw new Error(`after undo, Xếp hạng total for ${u.name}: ${JSON.stringify(row)}, domain ${u.final.total}`);
  }
  await shots.take(page, `9-undone-${locale}-${mode}`);
}
