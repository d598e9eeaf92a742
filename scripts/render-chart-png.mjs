#!/usr/bin/env node
/**
 * Renders Xếp hạng's two charts of a CLI-built workbook (20 units) as LibreOffice draws them, for the README:
 * docs/images/chart-ranking.png (totals in rank order with the band thresholds) and docs/images/chart-groups.png
 * (points per criteria group against its maximum).
 *
 *   npx tsx scripts/render-chart-png.mjs [out-dir]
 *
 * Steps: the plan (with entries) → .xlsx (the charts bound to the rank-ordered block) → scripts/lib/sheetChartPng.mjs.
 * Needs soffice and pdftoppm (poppler-utils).
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { renderSheetCharts } from "./lib/sheetChartPng.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = resolve(process.argv[2] ?? join(ROOT, "docs", "images"));
const FILES = ["chart-ranking.png", "chart-groups.png"];
const load = (path) => import(pathToFileURL(join(ROOT, path)).href);
const { loadStandardTemplate } = await load("src/templates/index.ts");
const { buildPlan } = await load("src/workbook/buildPlan.ts");
const { fillEntries } = await load("src/workbook/fillEntries.ts");
const { SHEET } = await load("src/workbook/names.ts");
const { renderPlan } = await load("src/xlsx/renderPlan.ts");

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

await renderSheetCharts(bytes, SHEET.ranking, ranking.charts, OUT_DIR, FILES);
