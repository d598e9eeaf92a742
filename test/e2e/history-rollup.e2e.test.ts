/**
 * Xếp hạng's "Kết quả các kỳ trước" in the browser (preview.html, pointer): a workbook is inserted, the section is
 * opened and two earlier files are chosen — last period's scoring workbook (as `thidua build --scores` makes it), in
 * which one unit is written without its accents, and the period before's summary CSV (as `thidua export --csv`
 * makes it). The preview names the periods and the result that matches no unit with its near name; it is mapped to
 * that unit, written, and Lịch sử (added by the write) holds each unit's results as the domain computes them from
 * the files' scores, the earlier name kept. Undo deletes the sheet again. axe on the section with the preview shown.
 *
 * Tổng hợp khối (the higher body's roll-up): three clusters' files chosen (two scoring workbooks, one summary CSV)
 * with a quota on Cờ thi đua; the pane shows every unit in one table, the quota exceeded with the unit beyond it,
 * the unit found in two clusters, and the downloads (the CSV one is taken and read); axe on the step.
 */
import { readFileSync } from "node:fs";
import type { ClusterResult } from "../../src/domain/cluster";
import { message, type Params } from "../../src/messages/message";
import type { historyImportTexts } from "../../src/messages/historyImportTexts";
import type { rollupPaneTexts } from "../../src/messages/rollupPaneTexts";
import { readSummaryCsv } from "../../src/export/readSummaryCsv";
import { type Locale, t, tm } from "../../src/taskpane/i18n/strings";
import { loadStandardTemplate } from "../../src/templates";
import { historyLayout } from "../../src/workbook/historyLayout";
import { HISTORY_SHEET } from "../../src/workbook/names";
import { addr } from "../../src/workbook/plan";
import { seriousAxeViolations } from "./support/axe";
import { clusterResult, clusterWorkbookFile, summaryCsvFile, type ClusterScores } from "./support/clusterFiles";
import { FLOW_CLUSTER, FLOW_TEMPLATE_ID, FLOW_UNITS } from "./support/flowData";
import { insertStandard, openPreview } from "./support/flowSteps";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { PaneFlow, pollUntil } from "./support/paneFlow";
import { undoOffer } from "./support/paneResults";

const [A, B, C, D] = FLOW_UNITS;
/** D as last period's workbook wrote it: no accents, so it matches no unit but is near D. */
const D_BEFORE = "Hoi CCB tinh D";
const LAST: ClusterScores = { name: FLOW_CLUSTER.name, period: "2024", i1: { [A]: 14, [B]: 20, [C]: 10, [D_BEFORE]: 18 } };
const BEFORE: ClusterScores = { name: FLOW_CLUSTER.name, period: "2023", i1: { [A]: 20, [B]: 12, [C]: 16, [D]: 8 } };

type TextId = keyof typeof historyImportTexts;
type RollupTextId = keyof typeof rollupPaneTexts;

/** What Lịch sử should hold for a unit in a period: the domain's result for that unit (by the name in that file). */
function expectedResult(result: ClusterResult, name: string): unknown[] {
  const u = result.units.find((x) => x.name === name)!;
  return [u.final.total, u.rank, u.band ?? undefined, u.award?.status === "proposed" ? u.award.title : undefined];
}

describeWithChromium("Xếp hạng's import of earlier results into Lịch sử on preview.html", () => {
  const e2e = useE2eHarness();

  it.each(["vi", "en"] as Locale[])("(%s) last year's workbook previewed, a renamed unit mapped, written into a new Lịch sử; then an older CSV written into it cell by cell, undone", async (locale) => {
    const page = await openPreview(e2e, locale);
    const flow = await insertStandard(page, locale, FLOW_UNITS);
    const tx = (id: TextId, params: Params = {}) => tm(locale, message(`history.${id}`, params));
    const template = loadStandardTemplate(FLOW_TEMPLATE_ID);
    const choose = async (files: Awaited<ReturnType<typeof clusterWorkbookFile>>[]) => flow.pane.getByLabel(tx("import.pick"), { exact: true }).setInputFiles(files);

    await flow.openStep("step.ranking.label");
    await flow.press(flow.pane.getByRole("button", { name: tx("import.title"), exact: true }));
    await choose([await clusterWorkbookFile(template, LAST, "so-cham-diem-2024.xlsx")]);

    // The preview: the period, the sheet added (the workbook rebuilt); D's old spelling unmatched, near D.
    await flow.pane.getByText(tx("import.periods", { periods: LAST.period, filled: LAST.period }), { exact: true }).waitFor({ timeout: 30_000 });
    await flow.pane.getByText(tx("import.createsSheet"), { exact: true }).waitFor();
    await flow.pane.getByText(tx("import.rebuilds"), { exact: true }).waitFor();
    const unmatched = flow.pane.getByRole("combobox", { name: tx("import.unmatched", { name: D_BEFORE, periods: LAST.period }) });
    expect(await unmatched.count()).toBe(1);
    await flow.pane.getByText(tx("import.near", { near: D }), { exact: true }).waitFor();
    expect(await flow.valueAt(HISTORY_SHEET, "A1")).toBeUndefined(); // the preview writes nothing

    const violations = await seriousAxeViolations(page, { include: ['[data-testid="preview-pane"]'] });
    expect(violations).toEqual([]);

    // Mapped to D: the preview says D is matched by its earlier name, and nothing is left unmatched.
    await unmatched.selectOption(D);
    await flow.pane.getByText(tx("import.renamed", { unit: D, period: LAST.period, was: D_BEFORE }), { exact: true }).waitFor({ timeout: 15_000 });
    expect(await flow.pane.getByText(tx("import.unmatchedHeading"), { exact: true }).count()).toBe(0);

    await flow.press(flow.pane.getByRole("button", { name: tx("import.write"), exact: true }));
    await flow.waitForSheet(HISTORY_SHEET);
    await flow.pane.getByRole("status").filter({ hasText: tx("import.done", { sheet: HISTORY_SHEET, cells: 0 }).split("(")[0]!.trim() }).waitFor({ timeout: 15_000 });

    // Lịch sử: the period label, then each unit's results, as the domain computes them from the file's scores.
    const H = historyLayout(template, FLOW_UNITS.length);
    const [last, before] = [clusterResult(template, LAST), clusterResult(template, BEFORE)];
    const label = (j: number) => flow.valueAt(HISTORY_SHEET, addr(H.cols.period(j).total, H.labelRow));
    expect(String(await label(0))).toBe(LAST.period);
    const cellsOf = async (u: number, j: number) => {
      const p = H.cols.period(j);
      return Promise.all([p.total, p.rank, p.band, p.award].map((c) => flow.valueAt(HISTORY_SHEET, addr(c, H.row(u)))));
    };
    for (const [u, unit] of FLOW_UNITS.entries()) {
      expect([unit, await flow.valueAt(HISTORY_SHEET, addr(H.cols.unit, H.row(u)))]).toEqual([unit, unit]);
      expect([unit, await cellsOf(u, 0)]).toEqual([unit, expectedResult(last, unit === D ? D_BEFORE : unit)]);
    }
    expect(await flow.valueAt(HISTORY_SHEET, addr(H.cols.aliases, H.row(FLOW_UNITS.indexOf(D))))).toBe(D_BEFORE);
    // ... and the preview host's grid shows them on the sheet.
    await flow.showSheet(HISTORY_SHEET);
    const dTotal = flow.grid.locator(`td[data-cell="${addr(H.cols.period(0).total, H.row(FLOW_UNITS.indexOf(D)))}"]`);
    expect(Number((await dTotal.innerText()).trim())).toBe(expectedResult(last, D_BEFORE)[0]); // shown as the sheet's number format has it ("98.00")

    // The year before, from a summary CSV, into the Lịch sử now there: only its cells are written.
    await choose([summaryCsvFile(template, BEFORE, "2023.csv")]);
    await flow.pane.getByText(tx("import.writesCells"), { exact: true }).waitFor({ timeout: 30_000 });
    await flow.press(flow.pane.getByRole("button", { name: tx("import.write"), exact: true }));
    await flow.pane.getByRole("status").filter({ hasText: tx("import.cellsDone", { sheet: HISTORY_SHEET, cells: 0 }).split(":")[0]!.trim() }).waitFor({ timeout: 15_000 });
    expect(String(await label(1))).toBe(BEFORE.period);
    for (const [u, unit] of FLOW_UNITS.entries()) {
      expect([unit, await cellsOf(u, 0)]).toEqual([unit, expectedResult(last, unit === D ? D_BEFORE : unit)]);
      expect([unit, await cellsOf(u, 1)]).toEqual([unit, expectedResult(before, unit)]);
    }

    // Undo of that import: the older period's cells are blank again, the sheet and last year's results stay.
    const undoLabel = message("history.import.undoLabel");
    await flow.press(undoOffer(flow, undoLabel));
    const region = flow.pane.getByRole("region", { name: t(locale, "undo.confirmTitle", { label: tm(locale, undoLabel) }) });
    await region.waitFor({ timeout: 10_000 });
    await flow.press(region.getByRole("button", { name: t(locale, "undo.confirm"), exact: true }));
    await pollUntil(() => label(1), undefined, "the older period's label cleared by undo", 10_000);
    expect([String(await label(0)), await cellsOf(0, 0)]).toEqual([LAST.period, expectedResult(last, A!)]);
  }, 240_000);
});

/** Three clusters: two scoring workbooks on the same template (totals compared) and a summary CSV; one unit in the first two. */
const SHARED = "Hội CCB tỉnh Hà Giang";
const ROLLUP: readonly { scores: ClusterScores; file: string }[] = [
  { scores: { name: "Cụm thi đua số 1", period: "2025", i1: { "Hội CCB tỉnh Lào Cai": 20, [SHARED]: 18, "Hội CCB tỉnh Sơn La": 10 } }, file: "cum-1.xlsx" },
  { scores: { name: "Cụm thi đua số 2", period: "2025", i1: { "Hội CCB tỉnh Yên Bái": 19, [SHARED]: 16, "Hội CCB tỉnh Phú Thọ": 12 } }, file: "cum-2.xlsx" },
  // A CSV names its cluster by its file name; all below 95, so none proposed for Cờ thi đua.
  { scores: { name: "Cụm thi đua số 3", period: "2025", i1: { "Hội CCB tỉnh Điện Biên": 14, "Hội CCB tỉnh Lai Châu": 8 } }, file: "Cụm thi đua số 3.csv" },
];
const FLAG = "Cờ thi đua";
const QUOTA = `${FLAG}=1`;

describeWithChromium("Tổng hợp khối on preview.html", () => {
  const e2e = useE2eHarness();

  it.each(["vi", "en"] as Locale[])("(%s) three clusters' files: the table, the quota exceeded, the unit in two clusters, the downloads", async (locale) => {
    const page = await openPreview(e2e, locale);
    const flow = new PaneFlow(page, locale, "pointer");
    const ux = (id: RollupTextId, params: Params = {}) => tm(locale, message(`ui.${id}`, params));
    const template = loadStandardTemplate(FLOW_TEMPLATE_ID);
    const files = await Promise.all(ROLLUP.map(({ scores, file }) => (file.endsWith(".csv") ? summaryCsvFile(template, scores, file) : clusterWorkbookFile(template, scores, file))));

    await flow.openStep("step.rollup.label");
    await flow.pane.getByRole("textbox", { name: ux("rollup.quotasLabel") }).fill(QUOTA);
    await flow.pane.getByLabel(ux("rollup.pick"), { exact: true }).setInputFiles(files);

    // Expected from the domain's results of the same scores: the clusters in the order chosen, each in its rank order.
    const clusters = ROLLUP.map(({ scores, file }) => ({ name: file.endsWith(".csv") ? file.replace(/\.csv$/, "") : scores.name, result: clusterResult(template, scores) }));
    const rows = clusters.flatMap((c) => c.result.order.map((i) => c.result.units[i]!).map((u) => [c.name, u.name, String(u.rank), u.band ?? ""]));
    await flow.pane.getByText(ux("rollup.summary", { clusters: clusters.length, units: rows.length }), { exact: true }).waitFor({ timeout: 30_000 });

    // The flag's quota: proposed units best first (all ranked 1st, the workbooks' totals compared), those past the cap beyond it.
    const flagged = clusters.flatMap((c) => c.result.units.filter((u) => u.award?.status === "proposed" && u.award.title === FLAG).map((u) => ({ label: `${u.name} (${c.name})`, total: u.final.total })));
    const beyond = [...flagged].sort((a, b) => b.total - a.total).slice(1).map((u) => u.label);
    expect(beyond.length).toBeGreaterThan(0); // the scores do exceed the quota
    await flow.pane.getByText(ux("rollup.quotaOver", { quota: QUOTA, proposed: flagged.length, cap: 1, excess: flagged.length - 1, units: beyond.join(", ") }), { exact: true }).waitFor();
    await flow.pane.getByText(ux("rollup.duplicate", { unit: SHARED, clusters: clusters.filter((c) => c.result.units.some((u) => u.name === SHARED)).map((c) => c.name).join(", ") }), { exact: true }).waitFor();

    const table = flow.pane.getByRole("table");
    const shown = await Promise.all((await table.locator("tbody tr").all()).map(async (row) => (await row.getByRole("cell").allInnerTexts()).map((x) => x.trim()).slice(0, 4)));
    expect(shown).toEqual(rows);

    for (const id of ["rollup.downloadXlsx", "rollup.downloadCsv", "rollup.downloadDocx"] as const) expect(await flow.pane.getByRole("button", { name: ux(id), exact: true }).isEnabled()).toBe(true);
    expect(await seriousAxeViolations(page, { include: ['[data-testid="preview-pane"]'] })).toEqual([]);

    // The CSV download is the same table: every unit of every cluster.
    const [download] = await Promise.all([page.waitForEvent("download"), flow.press(flow.pane.getByRole("button", { name: ux("rollup.downloadCsv"), exact: true }))]);
    const csv = readSummaryCsv(readFileSync((await download.path())!, "utf8"));
    expect(csv.slice(1).map((r) => [r[1], r[2], String(r[3])])).toEqual(rows.map((r) => r.slice(0, 3)));
  }, 240_000);
});
