#!/usr/bin/env node
/**
 * Renders the demo workbook's "Xếp hạng" sheet to docs/images/ranking-tab.png (the README picture).
 *
 *   npx tsx scripts/render-ranking-png.mjs [out.png]
 *
 * Needs LibreOffice (soffice: apt-get install -y libreoffice-calc-nogui) and pdftoppm (Debian/Ubuntu
 * package poppler-utils: apt-get install -y poppler-utils). Run with tsx: it imports the TypeScript sources.
 *
 * Steps: the demo plan (src/cli/commands/demo.ts) → .xlsx → recalculated by LibreOffice (test harness,
 * recalc on load) → exceljs: every sheet but Xếp hạng hidden, print area = the ranking columns, one
 * landscape page → soffice --convert-to pdf (hidden sheets are not printed; the cached values are
 * LibreOffice's own results) → pdftoppm → PNG, cropped to the printed cells.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = resolve(process.argv[2] ?? join(ROOT, "docs", "images", "ranking-tab.png"));
const DPI = 150;

function die(message) {
  process.stderr.write(`render-ranking-png: ${message}\n`);
  process.exit(1);
}

function have(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).status === 0;
}

if (!have("pdftoppm")) {
  die("pdftoppm was not found. It is in the Debian/Ubuntu package poppler-utils: apt-get install -y poppler-utils");
}

const { demoWorkbook } = await import(pathToFileURL(join(ROOT, "src/cli/commands/demo.ts")).href);
const { SHEET, workbookLayout } = await import(pathToFileURL(join(ROOT, "src/workbook/buildPlan.ts")).href);
const { columnLetter } = await import(pathToFileURL(join(ROOT, "src/workbook/plan.ts")).href);
const { renderPlanToFile } = await import(pathToFileURL(join(ROOT, "src/xlsx/renderPlan.ts")).href);
const { findSoffice, recalculateXlsx } = await import(pathToFileURL(join(ROOT, "test/support/libreoffice/index.ts")).href);

let soffice;
try {
  soffice = findSoffice();
} catch (e) {
  die(e instanceof Error ? e.message : String(e));
}

const work = mkdtempSync(join(tmpdir(), "thidua-png-"));
try {
  const { template, plan, result } = demoWorkbook();
  const xlsx = join(work, "demo.xlsx");
  await renderPlanToFile(plan, xlsx);
  const recalculated = (await recalculateXlsx([xlsx], { outDir: join(work, "recalc") })).get(xlsx);

  // Only Xếp hạng visible and printed: STT … Đề nghị khen thưởng and the tie-break keys, one landscape page.
  const L = workbookLayout(template, result.units.length);
  const C = L.rankingCols;
  const lastCol = columnLetter(Math.max(C.award, ...C.tieKeys));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(recalculated);
  for (const ws of wb.worksheets) {
    if (ws.name !== SHEET.ranking) ws.state = "hidden";
  }
  const rk = wb.getWorksheet(SHEET.ranking);
  rk.state = "visible";
  wb.views = [{ activeTab: wb.worksheets.indexOf(rk), firstSheet: 0, visibility: "visible" }];
  rk.pageSetup = {
    ...rk.pageSetup,
    // exceljs prefixes each side with "$" only: "A$1" becomes the absolute $A$1 LibreOffice accepts.
    printArea: `A$1:${lastCol}$${1 + result.units.length}`,
    orientation: "landscape",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 1,
    showGridLines: true,
    horizontalCentered: false,
    margins: { left: 0.3, right: 0.3, top: 0.3, bottom: 0.3, header: 0, footer: 0 },
  };
  rk.headerFooter = { oddHeader: "", oddFooter: "" };
  // Header captions wrap instead of being cut off.
  rk.getRow(1).height = 46;
  rk.getRow(1).eachCell((cell) => {
    cell.alignment = { ...(cell.alignment ?? {}), wrapText: true, vertical: "middle" };
  });
  const printable = join(work, "ranking.xlsx");
  await wb.xlsx.writeFile(printable);

  // PDF with a private LibreOffice profile (default settings: cached values are kept, not recalculated).
  const profile = join(work, "profile");
  const pdfDir = join(work, "pdf");
  const conv = spawnSync(
    soffice,
    ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=${pathToFileURL(profile).href}`, "--convert-to", "pdf", "--outdir", pdfDir, printable],
    { encoding: "utf8", timeout: 120_000, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, HOME: work } },
  );
  const pdf = join(pdfDir, "ranking.pdf");
  if (conv.status !== 0) die(`soffice --convert-to pdf failed (${conv.status ?? conv.signal}): ${conv.stderr}`);

  // First page → PPM to find the printed area, then a cropped PNG.
  const ppmBase = join(work, "page");
  const raster = spawnSync("pdftoppm", ["-r", String(DPI), "-f", "1", "-l", "1", "-singlefile", pdf, ppmBase], { encoding: "utf8" });
  if (raster.status !== 0) die(`pdftoppm failed: ${raster.stderr}`);
  const box = contentBox(readFileSync(`${ppmBase}.ppm`));
  const pad = 12;
  const x = Math.max(0, box.x0 - pad);
  const y = Math.max(0, box.y0 - pad);
  const png = spawnSync(
    "pdftoppm",
    ["-png", "-r", String(DPI), "-f", "1", "-l", "1", "-singlefile", "-x", String(x), "-y", String(y), "-W", String(box.x1 - x + pad), "-H", String(box.y1 - y + pad), pdf, join(work, "ranking")],
    { encoding: "utf8" },
  );
  if (png.status !== 0) die(`pdftoppm failed: ${png.stderr}`);
  mkdirSync(dirname(OUT), { recursive: true });
  copyFileSync(join(work, "ranking.png"), OUT);
  process.stdout.write(`Wrote ${OUT} (${box.x1 - x + pad}×${box.y1 - y + pad} px)\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Bounding box of the non-white pixels of a binary PPM (P6). */
function contentBox(buf) {
  let pos = 0;
  const token = () => {
    while (buf[pos] === 0x23 || /\s/.test(String.fromCharCode(buf[pos]))) {
      if (buf[pos] === 0x23) while (buf[pos] !== 0x0a) pos++;
      else pos++;
    }
    let s = "";
    while (!/\s/.test(String.fromCharCode(buf[pos]))) s += String.fromCharCode(buf[pos++]);
    return s;
  };
  if (token() !== "P6") die("pdftoppm did not write a binary PPM");
  const w = Number(token());
  const h = Number(token());
  token(); // maxval
  pos++;
  let x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (let yy = 0; yy < h; yy++) {
    for (let xx = 0; xx < w; xx++) {
      const i = pos + 3 * (yy * w + xx);
      if (buf[i] < 245 || buf[i + 1] < 245 || buf[i + 2] < 245) {
        if (xx < x0) x0 = xx;
        if (xx > x1) x1 = xx;
        if (yy < y0) y0 = yy;
        if (yy > y1) y1 = yy;
      }
    }
  }
  if (x1 < 0) die("the PDF page is blank");
  return { x0, y0, x1, y1 };
}
