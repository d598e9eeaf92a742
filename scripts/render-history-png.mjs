#!/usr/bin/env node
/**
 * Renders Lịch sử's two charts (side by side) of a workbook with three years (2024, 2025 and this one, 2026) for the
 * README: docs/images/history-charts.png, as LibreOffice draws them.
 *
 *   npx tsx scripts/render-history-png.mjs [out-dir]
 *
 * One unit joined in 2025 (no 2024 point). Needs soffice and pdftoppm (poppler-utils).
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { renderSheetCharts } from "./lib/sheetChartPng.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = resolve(process.argv[2] ?? join(ROOT, "docs", "images"));
const load = (path) => import(pathToFileURL(join(ROOT, path)).href);
const { loadStandardTemplate } = await load("src/templates/index.ts");
const { buildPlan } = await load("src/workbook/buildPlan.ts");
const { fillEntries } = await load("src/workbook/fillEntries.ts");
const { HISTORY_SHEET } = await load("src/workbook/names.ts");
const { renderPlan } = await load("src/xlsx/renderPlan.ts");

const UNITS = ["CA tỉnh Phú Thọ", "CA tỉnh Hòa Bình", "CA tỉnh Sơn La", "CA tỉnh Lai Châu", "CA tỉnh Điện Biên", "CA tỉnh Yên Bái"];
const template = loadStandardTemplate("blank-100");
const level = [1, 0.9, 0.95, 0.8, 0.85, 0.7];
const entries = UNITS.flatMap((unit, i) =>
  Object.entries({ "I.1": 20 * level[i], "I.2": 19, "I.3": 18, "II.1": 14, "II.2": "Đạt", "III.1": "Đạt", "III.2": 0, "DK.1": "Đạt" }).map(([criterion, self]) => ({ unit, criterion, self })),
);
const past = (total, rank, band) => ({ total, rank, band, award: null });
const history = {
  periods: ["2025", "2024"],
  units: [
    { results: [past(88, 2, "Tốt"), past(84, 3, "Tốt")] },
    { results: [past(90, 1, "Xuất sắc"), past(91, 1, "Xuất sắc")] },
    { results: [past(80, 4, "Tốt"), past(86, 2, "Tốt")] },
    { results: [past(85, 3, "Tốt"), null] },
    { results: [past(76, 5, "Khá"), past(78, 4, "Khá")] },
    { results: [past(70, 6, "Khá"), past(72, 5, "Khá")] },
  ],
};
const cluster = { name: "Cụm thi đua số 5 (ví dụ)", period: "2026", units: UNITS, history };
const plan = fillEntries(buildPlan(template, cluster), template, UNITS, entries).plan;
const sheet = plan.sheets.find((s) => s.name === HISTORY_SHEET);
// The second chart's cells (columns A… to its right edge) hold both charts.
await renderSheetCharts(await renderPlan(plan), HISTORY_SHEET, sheet.charts, OUT_DIR, [null, "history-charts.png"]);
