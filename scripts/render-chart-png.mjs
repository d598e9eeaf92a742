#!/usr/bin/env node
/**
 * Renders Xếp hạng's two charts of a CLI-built workbook (20 units) as LibreOffice draws them, for the README:
 * docs/images/chart-ranking.png (totals in rank order with the band thresholds) and docs/images/chart-groups.png
 * (points per criteria group against its maximum).
 *
 *   npx tsx scripts/render-chart-png.mjs [out-dir]
 *
 * Steps: the plan (with entries) → .xlsx (the chart bound to the rank-ordered block) → only Xếp hạng visible and
 * its print area one chart's cells (edited in the file's XML: exceljs would drop the chart) → LibreOffice PDF
 * (it computes the formulas on load) → pdftoppm. Needs soffice and pdftoppm (poppler-utils).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import JSZip from "jszip";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = resolve(process.argv[2] ?? join(ROOT, "docs", "images"));
const FILES = ["chart-ranking.png", "chart-groups.png"];
const load = (path) => import(pathToFileURL(join(ROOT, path)).href);
const { loadStandardTemplate } = await load("src/templates/index.ts");
const { buildPlan } = await load("src/workbook/buildPlan.ts");
const { fillEntries } = await load("src/workbook/fillEntries.ts");
const { SHEET } = await load("src/workbook/names.ts");
const { columnLetter } = await load("src/workbook/plan.ts");
const { renderPlan } = await load("src/xlsx/renderPlan.ts");
const { convertToPdf } = await load("test/support/libreoffice/index.ts");

const UNITS = Array.from({ length: 20 }, (_, i) => `Hội CCB ${["tỉnh Phú Thọ", "tỉnh Hoà Bình", "tỉnh Sơn La", "tỉnh Lai Châu", "tỉnh Điện Biên"][i % 5]} ${Math.floor(i / 5) + 1}`);
const template = loadStandardTemplate("blank-100");
const entries = UNITS.flatMap((unit, i) =>
  Object.entries({ "I.1": 20 - (i % 6), "I.2": 20 - (i % 4), "I.3": 18 - (i % 3), "II.1": i % 2 ? 13.5 : 15, "II.2": "Đạt", "III.1": i % 9 ? "Đạt" : "Không đạt", "III.2": 0, "C.1": i % 5 === 0 ? 1 : 0, "C.2": 0, "T.1": 0, "T.2": 0, "DK.1": "Đạt" }).map(
    ([criterion, self]) => ({ unit, criterion, self }),
  ),
);
const plan = fillEntries(buildPlan(template, { name: "Cụm thi đua số 5 (ví dụ)", period: "2025", units: UNITS }), template, UNITS, entries).plan;
const ranking = plan.sheets.find((s) => s.name === SHEET.ranking);
const bytes = await renderPlan(plan);

/** The workbook with only Xếp hạng visible (and active) and its print area the cells under one chart. */
async function showingOnly({ from, to }) {
  const zip = await JSZip.loadAsync(bytes);
  let workbook = await zip.file("xl/workbook.xml").async("string");
  const index = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].findIndex((m) => m[1] === SHEET.ranking);
  workbook = workbook.replace(/<sheet\b[^>]*\/>/g, (tag) => {
    if (tag.includes(`name="${SHEET.ranking}"`) || /state="(hidden|veryHidden)"/.test(tag)) return tag;
    return /state="/.test(tag) ? tag.replace(/state="[^"]*"/, 'state="hidden"') : tag.replace("<sheet ", '<sheet state="hidden" ');
  });
  // The active sheet cannot be hidden: make Xếp hạng the active one.
  workbook = /<bookViews>/.test(workbook)
    ? workbook.replace(/<workbookView\b([^>]*?)(\s*activeTab="\d+")?(\s*\/?>)/, `<workbookView$1 activeTab="${index}"$3`)
    : workbook.replace("<sheets>", `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`);
  const area = `<definedName name="_xlnm.Print_Area" localSheetId="${index}">'${SHEET.ranking}'!$A$${from.row}:$${columnLetter(to.col)}$${to.row}</definedName>`;
  workbook = workbook.includes("<definedNames>") ? workbook.replace("<definedNames>", `<definedNames>${area}`) : workbook.replace("</sheets>", `</sheets><definedNames>${area}</definedNames>`);
  zip.file("xl/workbook.xml", workbook);
  return zip.generateAsync({ type: "uint8array" });
}

const work = mkdtempSync(join(tmpdir(), "thidua-chart-png-"));
try {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const [i, chart] of ranking.charts.entries()) {
    const name = `chart${i + 1}`;
    writeFileSync(join(work, `${name}.xlsx`), await showingOnly(chart.anchor));
    convertToPdf(join(work, `${name}.xlsx`), work);
    const png = spawnSync("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", join(work, `${name}.pdf`), join(work, name)], { encoding: "utf8" });
    if (png.status !== 0) throw new Error(`pdftoppm failed: ${png.stderr}`);
    copyFileSync(join(work, `${name}.png`), join(OUT_DIR, FILES[i]));
    process.stdout.write(`Wrote ${join(OUT_DIR, FILES[i])}\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
