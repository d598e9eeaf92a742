#!/usr/bin/env node
/**
 * Renders the exported documents for the README, as LibreOffice draws them: pages 1 and 2 of the biên bản
 * (docs/images/bien-ban-1.png, bien-ban-2.png) and page 1 of the summary .xlsx (docs/images/tong-hop.png),
 * from the demo cluster with 40 units (so that the biên bản runs to a second page).
 *
 *   npx tsx scripts/render-documents-png.mjs [outDir]
 *
 * Needs LibreOffice (soffice) and pdftoppm (poppler-utils). Run with tsx: it imports the TypeScript sources.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = resolve(process.argv[2] ?? join(ROOT, "docs", "images"));
const DPI = 80;

function die(message) {
  process.stderr.write(`render-documents-png: ${message}\n`);
  process.exit(1);
}
if (spawnSync("sh", ["-c", "command -v pdftoppm"]).status !== 0) die("pdftoppm was not found: apt-get install -y poppler-utils");

const load = (path) => import(pathToFileURL(join(ROOT, path)).href);
const { evaluateCluster } = await load("src/domain/index.ts");
const { loadStandardTemplate } = await load("src/templates/index.ts");
const { clusterSummary } = await load("src/export/clusterSummary.ts");
const { bienBanDocx } = await load("src/export/bienBan.ts");
const { summaryXlsx } = await load("src/export/summaryXlsx.ts");
const { convertToPdf } = await load("test/support/libreoffice/index.ts");

const UNITS = Array.from({ length: 40 }, (_, i) => `Hội Cựu chiến binh ${["tỉnh", "thành phố"][i % 2]} ${["Phú Thọ", "Hoà Bình", "Sơn La", "Lai Châu", "Điện Biên", "Yên Bái", "Lào Cai", "Hà Giang"][i % 8]} ${i + 1}`);
const template = loadStandardTemplate("blank-100");
const entries = UNITS.flatMap((unit, i) =>
  Object.entries({ "I.1": 20 - (i % 6), "I.2": 20 - (i % 3), "I.3": 18, "II.1": i % 2 ? 14.5 : 15, "II.2": "Đạt", "III.1": "Đạt", "III.2": 0, "C.1": i % 5 === 0 ? 1 : 0, "C.2": 0, "T.1": i % 7 === 0 ? 1 : 0, "T.2": 0, "DK.1": "Đạt" }).map(
    ([criterion, self]) => ({ unit, criterion, self }),
  ),
);
const result = evaluateCluster(template, UNITS.map((name) => ({ name })), entries);
const summary = clusterSummary(result, {
  clusterName: "Cụm thi đua Hội Cựu chiến binh các tỉnh miền núi phía Bắc (ví dụ)",
  period: "2025",
  meeting: {
    parentBody: "Hội Cựu chiến binh Việt Nam",
    issuingBody: "Cụm thi đua số 5",
    number: "01/BB-CTĐ",
    place: "Phú Thọ",
    date: "2026-01-05",
    startTime: "08:00",
    endTime: "11:30",
    venue: "Hội trường Hội CCB tỉnh Phú Thọ",
    chair: "Nguyễn Văn Hoà",
    chairTitle: "Chủ tịch Hội CCB tỉnh Phú Thọ, Cụm trưởng",
    secretary: "Trần Thị Thuỷ",
    attendees: ["Đại diện lãnh đạo 40 Hội Cựu chiến binh thành viên của cụm"],
    votes: { present: 40, agree: 39, disagree: 0, abstain: 1 },
    nextHead: "Hội CCB tỉnh Sơn La",
    nextDeputy: "Hội CCB tỉnh Lai Châu",
  },
});

const work = mkdtempSync(join(tmpdir(), "thidua-docs-png-"));
try {
  writeFileSync(join(work, "bien-ban.docx"), await bienBanDocx(summary));
  writeFileSync(join(work, "tong-hop.xlsx"), await summaryXlsx(summary, template.precision));
  for (const file of ["bien-ban.docx", "tong-hop.xlsx"]) convertToPdf(join(work, file), work);
  const page = (pdf, n, name) => {
    const r = spawnSync("pdftoppm", ["-png", "-r", String(DPI), "-f", String(n), "-l", String(n), "-singlefile", join(work, pdf), join(work, name)], { encoding: "utf8" });
    if (r.status !== 0) die(`pdftoppm failed on ${pdf} page ${n}: ${r.stderr}`);
    mkdirSync(OUT, { recursive: true });
    copyFileSync(join(work, `${name}.png`), join(OUT, `${name}.png`));
    process.stdout.write(`Wrote ${join(OUT, `${name}.png`)}\n`);
  };
  page("bien-ban.pdf", 1, "bien-ban-1");
  page("bien-ban.pdf", 2, "bien-ban-2");
  page("tong-hop.pdf", 1, "tong-hop");
} finally {
  rmSync(work, { recursive: true, force: true });
}
