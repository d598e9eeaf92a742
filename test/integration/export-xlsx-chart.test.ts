/**
 * Issue 16: the summary .xlsx carries the ranking as a chart right under its table (on a page of its own for a
 * long table), bound to the table's cells. In the file: references only. Through LibreOffice: the chart's series
 * equal the summary's units and totals in rank order, and the PDF shows it on the page after the table.
 */
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateCluster, type EntryInput } from "../../src/domain";
import { clusterSummary } from "../../src/export/clusterSummary";
import { summaryXlsx } from "../../src/export/summaryXlsx";
import { loadStandardTemplate } from "../../src/templates";
import { wb } from "../../src/workbook/text";
import { chartParts, savedSeries } from "../support/chartParts";
import { convertToPdf, pdfPageTexts, recalculateXlsx } from "../support/libreoffice";
import { describeLO } from "../support/libreoffice/describeLO";

jest.setTimeout(180_000);

const UNITS = Array.from({ length: 40 }, (_, i) => `Hội Cựu chiến binh huyện Thanh Sơn số ${i + 1}`);

function summary40() {
  const template = loadStandardTemplate("blank-100");
  const entries: EntryInput[] = UNITS.flatMap((unit, i) =>
    Object.entries({ "I.1": 20 - (i % 7), "I.2": 20 - (i % 3), "I.3": 20, "II.1": i % 2 ? 14.5 : 15, "II.2": "Đạt", "III.1": "Đạt", "III.2": 0, "C.1": 0, "C.2": 0, "T.1": 0, "T.2": 0, "DK.1": "Đạt" }).map(([criterion, self]) => ({ unit, criterion, self })),
  );
  const result = evaluateCluster(template, UNITS.map((name) => ({ name })), entries);
  return { summary: clusterSummary(result, { clusterName: "Cụm thi đua số 5", period: "Năm 2025", meeting: {} }), precision: template.precision };
}

async function chartPart(bytes: Uint8Array | Buffer): Promise<string> {
  const parts = await chartParts(bytes);
  expect(parts).toHaveLength(1);
  return parts[0]!;
}

const { summary, precision } = summary40();
const header = summary.table[0]!;
const column = (h: string) => summary.table.slice(1).map((row) => row[header.indexOf(h)]);

describe("the summary .xlsx's chart", () => {
  it("is bound to the table's unit and total columns, with no cached numbers", async () => {
    const xml = await chartPart(await summaryXlsx(summary, precision));
    const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    expect(refs).toEqual([`'Tổng hợp'!$B$6:$B$45`, `'Tổng hợp'!$G$6:$G$45`]);
    expect(xml).not.toMatch(/<c:(num|str)Cache>/);
  });
});

describeLO("the summary .xlsx's chart through LibreOffice", () => {
  it("draws the summary's units and totals in rank order, on the page after the table", async () => {
    const work = mkdtempSync(join(tmpdir(), "thidua-xlsx-chart-"));
    try {
      const file = join(work, "tong-hop.xlsx");
      writeFileSync(file, await summaryXlsx(summary, precision));
      const saved = await chartPart(readFileSync((await recalculateXlsx([file], { outDir: join(work, "lo") })).get(file)!));
      const [series] = savedSeries(saved);
      expect(series!.categories).toEqual(column(wb("head.unit")));
      expect(series!.values).toEqual(column(wb("head.totalShort")));
      const pages = pdfPageTexts(convertToPdf(file, work));
      // pdftotext also reads the chart's texts where a page clips it, so the page is told by the break in the
      // file (before the chart's first row) and by the chart's title on the last page, with the awards under it.
      const squeeze = (x: string) => x.replace(/\s+/g, "");
      expect(pages).toHaveLength(2);
      expect(squeeze(pages[1]!)).toContain(squeeze(wb("chart.rankingTitle")));
      const sheet = await (await JSZip.loadAsync(readFileSync(file))).file("xl/worksheets/sheet1.xml")!.async("string");
      expect(sheet).toMatch(new RegExp(`<rowBreaks[^>]*>\\s*<brk id="${5 + summary.table.length}"`));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
