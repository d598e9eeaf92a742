#!/usr/bin/env node
/**
 * Renders the first page of a roll-up (`thidua rollup … --out`) of four clusters for the README:
 * docs/images/rollup.png, as LibreOffice prints the consolidated .xlsx. The clusters' workbooks are built like the
 * CLI builds them (plan + scores), read back by readClusterResults (recomputed by the scoring engine) and rolled
 * up with a quota across clusters ("Cờ thi đua=2", exceeded) and a unit in two clusters.
 *
 *   npx tsx scripts/render-rollup-png.mjs [out-dir]
 *
 * Needs soffice and pdftoppm (poppler-utils).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT_DIR = resolve(process.argv[2] ?? join(ROOT, "docs", "images"));
const load = (path) => import(pathToFileURL(join(ROOT, path)).href);
const { loadStandardTemplate } = await load("src/templates/index.ts");
const { buildPlan } = await load("src/workbook/buildPlan.ts");
const { fillEntries } = await load("src/workbook/fillEntries.ts");
const { renderPlan } = await load("src/xlsx/renderPlan.ts");
const { readClusterResults } = await load("src/export/readClusterResults.ts");
const { parseQuota, rollup } = await load("src/domain/rollup/index.ts");
const { rollupXlsx } = await load("src/export/rollupXlsx.ts");
const { convertToPdf } = await load("test/support/libreoffice/index.ts");

const CLUSTERS = [
  ["Cụm thi đua số 1", ["Công an tỉnh Hà Giang", "Công an tỉnh Tuyên Quang", "Công an tỉnh Cao Bằng", "Công an tỉnh Bắc Kạn"]],
  ["Cụm thi đua số 2", ["Công an tỉnh Yên Bái", "Công an tỉnh Lào Cai", "Công an tỉnh Hà Giang", "Công an tỉnh Phú Thọ"]],
  ["Cụm thi đua số 3", ["Công an tỉnh Sơn La", "Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu"]],
  ["Cụm thi đua số 4", ["Công an tỉnh Hòa Bình", "Công an tỉnh Thanh Hóa", "Công an tỉnh Nghệ An"]],
];
const template = loadStandardTemplate("blank-100");
const scores = (i, k) => ({ "I.1": 20 - ((i + k) % 3), "I.2": 20 - (i % 2), "I.3": 20 - ((i * 2 + k) % 4), "II.1": 15, "II.2": "Đạt", "III.1": "Đạt", "III.2": 0, "C.1": i === 0 ? 2 : 0, "DK.1": "Đạt" });

const clusters = [];
for (const [k, [name, units]] of CLUSTERS.entries()) {
  const entries = units.flatMap((unit, i) => Object.entries(scores(i, k)).map(([criterion, self]) => ({ unit, criterion, self })));
  const plan = fillEntries(buildPlan(template, { name, period: "2026", units }), template, units, entries).plan;
  const read = await readClusterResults(`cum-${k + 1}.xlsx`, await renderPlan(plan));
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  clusters.push(read.value);
}
const quota = parseQuota("Cờ thi đua=2");
const bytes = await rollupXlsx(rollup(clusters, [quota.rule]));

const work = mkdtempSync(join(tmpdir(), "thidua-rollup-png-"));
try {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(work, "tong-hop-khoi.xlsx"), bytes);
  convertToPdf(join(work, "tong-hop-khoi.xlsx"), work);
  const png = spawnSync("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", join(work, "tong-hop-khoi.pdf"), join(work, "rollup")], { encoding: "utf8" });
  if (png.status !== 0) throw new Error(`pdftoppm failed: ${png.stderr}`);
  copyFileSync(join(work, "rollup.png"), join(OUT_DIR, "rollup.png"));
  process.stdout.write(`Wrote ${join(OUT_DIR, "rollup.png")}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
