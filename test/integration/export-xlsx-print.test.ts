/**
 * Issue 16: the summary .xlsx is ready to print. In the file: one font in every written cell, numbers formatted
 * as the biên bản writes them, A4 landscape one page wide at a readable scale (≥ 70 % for 40 units, from the
 * column widths), header and footer with the cluster, period and page numbers. Through LibreOffice: the PDF
 * shows "97" (not "97.00"), the last column on the first page, and "Trang 1/…".
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateCluster, type EntryInput } from "../../src/domain";
import { clusterSummary } from "../../src/export/clusterSummary";
import { numberFormatFor } from "../../src/export/summaryPrint";
import { summaryXlsx } from "../../src/export/summaryXlsx";
import { loadStandardTemplate } from "../../src/templates";
import { convertToPdf, isSofficeAvailable, pdfPageTexts } from "../support/libreoffice";

jest.setTimeout(180_000);

const UNITS = Array.from({ length: 40 }, (_, i) => `Hội Cựu chiến binh huyện Thanh Sơn Đông số ${i + 1}`);

function summary40() {
  const template = loadStandardTemplate("blank-100");
  const entries: EntryInput[] = UNITS.flatMap((unit, i) =>
    Object.entries({ "I.1": i === 0 ? 17 : 20 - (i % 5), "I.2": 20, "I.3": 20, "II.1": i % 2 ? 14.5 : 15, "II.2": "Đạt", "III.1": "Đạt", "III.2": 0, "C.1": 0, "C.2": 0, "T.1": 0, "T.2": 0, "DK.1": "Đạt" }).map(
      ([criterion, self]) => ({ unit, criterion, self }),
    ),
  );
  const result = evaluateCluster(template, UNITS.map((name) => ({ name })), entries);
  return { summary: clusterSummary(result, { clusterName: "Cụm thi đua Hội CCB & các tỉnh", period: "Năm 2025", meeting: {} }), precision: template.precision };
}

describe("numberFormatFor", () => {
  it("shows only the decimals a value needs, up to the template's precision", () => {
    expect(numberFormatFor(97, 2)).toBe("0");
    expect(numberFormatFor(92.5, 2)).toBe("0.0");
    expect(numberFormatFor(88.25, 2)).toBe("0.00");
    expect(numberFormatFor(88.257, 2)).toBe("0.00");
    expect(numberFormatFor(3, 0)).toBe("0");
  });
});

describe("summary .xlsx, print-ready", () => {
  const { summary, precision } = summary40();
  let ws: ExcelJS.Worksheet;
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await summaryXlsx(summary, precision);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    ws = book.worksheets[0]!;
  });

  it("writes every cell in Times New Roman (no Calibri)", () => {
    const fonts = new Set<string>();
    ws.eachRow((row) => row.eachCell((c) => void fonts.add(c.font?.name ?? "(default)")));
    expect([...fonts]).toEqual(["Times New Roman"]);
  });

  it("formats numbers like the biên bản: 97, not 97.00", () => {
    const totals: { value: number; fmt: string }[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === "number" && totals.push({ value: c.value, fmt: c.numFmt }))));
    const whole = totals.filter((t) => Number.isInteger(t.value));
    expect(whole.length).toBeGreaterThan(0);
    for (const t of whole) expect(t.fmt ?? "0").toBe("0");
    expect(totals.some((t) => !Number.isInteger(t.value) && t.fmt === "0.0")).toBe(true);
  });

  it("prints A4 landscape, one page wide, at 70 % or more, with the cluster, period and page numbers", () => {
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.headerFooter.oddHeader).toContain("Cụm thi đua Hội CCB && các tỉnh – Năm 2025");
    expect(ws.headerFooter.oddFooter).toContain("Trang &P/&N");
    // Column widths are in characters of the default font (about 7 px at 96 dpi, i.e. 5.25 pt, plus 5 px padding).
    const columns = ws.columns.map((c) => c.width ?? 8.43);
    const tableWidthPt = columns.reduce((a, w) => a + (w * 7 + 5) * 0.75, 0);
    const m = ws.pageSetup.margins!;
    const printablePt = (297 / 25.4 - m.left - m.right) * 72;
    expect(Math.min(1, printablePt / tableWidthPt)).toBeGreaterThanOrEqual(0.7);
  });
});

const describeLO = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable() ? describe.skip : describe;

describeLO("summary .xlsx through LibreOffice", () => {
  it("shows whole totals without decimals, every column on the first page, and the page footer", async () => {
    const work = mkdtempSync(join(tmpdir(), "thidua-xlsx-print-"));
    try {
      const { summary, precision } = summary40();
      writeFileSync(join(work, "tong-hop.xlsx"), await summaryXlsx(summary, precision));
      const pages = pdfPageTexts(convertToPdf(join(work, "tong-hop.xlsx"), work));
      const header = summary.table[0]!.map(String);
      // pdftotext may space out the letters of a centred heading ("Đơ n v ị"): compare without spaces.
      const squeezed = (x: string) => x.replace(/\s+/g, "");
      expect(squeezed(pages[0]!)).toContain(squeezed(header[1]!));
      expect(squeezed(pages[0]!)).toContain(squeezed(header[header.length - 1]!));
      expect(pages.join("\f")).not.toMatch(/\b\d+[.,]00\b/);
      expect(pages[0]).toMatch(/Trang 1\/\d+/);
      expect(pages[0]).toContain("Cụm thi đua Hội CCB & các tỉnh – Năm 2025");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
