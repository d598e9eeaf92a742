/**
 * Renders the charts of one sheet of a ThiDua workbook (.xlsx bytes with charts) as PNG files, as LibreOffice draws
 * them: only that sheet visible (and active) and its print area one chart's cells (edited in the file's XML: exceljs
 * would drop the charts) → LibreOffice PDF (it computes the formulas on load) → pdftoppm. Needs soffice and pdftoppm.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import JSZip from "jszip";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const load = (path) => import(pathToFileURL(join(ROOT, path)).href);
const { columnLetter } = await load("src/workbook/plan.ts");
const { convertToPdf } = await load("test/support/libreoffice/index.ts");

/** The workbook with only `sheet` visible (and active) and its print area the cells under one chart. */
async function showingOnly(bytes, sheet, { from, to }) {
  const zip = await JSZip.loadAsync(bytes);
  let workbook = await zip.file("xl/workbook.xml").async("string");
  const index = [...workbook.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].findIndex((m) => m[1] === sheet);
  workbook = workbook.replace(/<sheet\b[^>]*\/>/g, (tag) => {
    if (tag.includes(`name="${sheet}"`) || /state="(hidden|veryHidden)"/.test(tag)) return tag;
    return /state="/.test(tag) ? tag.replace(/state="[^"]*"/, 'state="hidden"') : tag.replace("<sheet ", '<sheet state="hidden" ');
  });
  // The active sheet cannot be hidden: make this one the active one.
  workbook = /<bookViews>/.test(workbook)
    ? workbook.replace(/<workbookView\b([^>]*?)(\s*activeTab="\d+")?(\s*\/?>)/, `<workbookView$1 activeTab="${index}"$3`)
    : workbook.replace("<sheets>", `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`);
  const area = `<definedName name="_xlnm.Print_Area" localSheetId="${index}">'${sheet}'!$A$${from.row}:$${columnLetter(to.col)}$${to.row}</definedName>`;
  // Only the chart's cells: no other print area, no repeated header rows above it.
  workbook = workbook.replace(/<definedName name="_xlnm.Print_(Area|Titles)" localSheetId="\d+">[^<]*<\/definedName>/g, "");
  workbook = workbook.includes("<definedNames>") ? workbook.replace("<definedNames>", `<definedNames>${area}`) : workbook.replace("</sheets>", `</sheets><definedNames>${area}</definedNames>`);
  zip.file("xl/workbook.xml", workbook);
  return zip.generateAsync({ type: "uint8array" });
}

/** Writes `files[i]` (in `outDir`) for the i-th chart of `charts` (the sheet plan's), from the workbook `bytes`. */
export async function renderSheetCharts(bytes, sheet, charts, outDir, files) {
  const work = mkdtempSync(join(tmpdir(), "thidua-chart-png-"));
  try {
    mkdirSync(outDir, { recursive: true });
    for (const [i, chart] of charts.entries()) {
      if (!files[i]) continue;
      const name = `chart${i + 1}`;
      writeFileSync(join(work, `${name}.xlsx`), await showingOnly(bytes, sheet, chart.anchor));
      convertToPdf(join(work, `${name}.xlsx`), work);
      const png = spawnSync("pdftoppm", ["-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile", join(work, `${name}.pdf`), join(work, name)], { encoding: "utf8" });
      if (png.status !== 0) throw new Error(`pdftoppm failed: ${png.stderr}`);
      copyFileSync(join(work, `${name}.png`), join(outDir, files[i]));
      process.stdout.write(`Wrote ${join(outDir, files[i])}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
