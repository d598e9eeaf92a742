/**
 * Issue 16: the biên bản as Nghị định 30/2020/NĐ-CP (Phụ lục I) and its Mẫu 1.9 ask, checked in the .docx XML
 * (page number header from page 2, Nơi nhận, ≥ 6 pt between paragraphs, rows that never split, headings kept
 * with what follows, the rule under the trích yếu, the period's wording, a long issuing body) and, at 40 units,
 * in the PDF LibreOffice makes (page numbers on pages 2+, no unit's row split across two pages).
 */
import JSZip from "jszip";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateCluster, type EntryInput } from "../../src/domain";
import { bienBanDocx, CONTENT_WIDTH } from "../../src/export/bienBan";
import { clusterSummary } from "../../src/export/clusterSummary";
import { loadStandardTemplate } from "../../src/templates";
import { convertToPdf, isSofficeAvailable, pdfPageTexts } from "../support/libreoffice";

jest.setTimeout(180_000);

/** Names that wrap to about four lines in their cell, with a marker at each end (U7A … U7Z) to find both ends in the PDF. */
const UNITS_40 = Array.from({ length: 40 }, (_, i) => `U${i + 1}A Hội Cựu chiến binh huyện Thanh Sơn Đông thuộc tỉnh Phú Thọ, đơn vị thành viên của cụm U${i + 1}Z`);

function clusterOf(units: readonly string[]) {
  const template = loadStandardTemplate("blank-100");
  const entries: EntryInput[] = units.flatMap((unit, i) =>
    Object.entries({ "I.1": 20 - (i % 7), "I.2": 20, "I.3": 18, "II.1": 15, "II.2": "Đạt", "III.1": "Đạt", "III.2": 0, "C.1": 0, "C.2": 0, "T.1": 0, "T.2": 0, "DK.1": "Đạt" }).map(
      ([criterion, self]) => ({ unit, criterion, self }),
    ),
  );
  return evaluateCluster(template, units.map((name) => ({ name })), entries);
}

const MEETING = { parentBody: "Hội Cựu chiến binh Việt Nam", issuingBody: "Cụm thi đua số 5", number: "01/BB-CTĐ", place: "Phú Thọ", date: "2026-01-05", chair: "Nguyễn Văn Hoà", secretary: "Trần Thị Thuỷ" };

async function docxXml(units: readonly string[], period = "2025", clusterName = "Cụm thi đua số 5", issuingBody = MEETING.issuingBody, notes?: string) {
  const summary = clusterSummary(clusterOf(units), { clusterName, period, meeting: { ...MEETING, issuingBody, ...(notes ? { notes } : {}) } });
  const bytes = await bienBanDocx(summary);
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const read = (f: string) => zip.file(f)!.async("string");
  return { bytes, document: await read("word/document.xml"), headers: await Promise.all(files.filter((f) => /^word\/header\d*\.xml$/.test(f)).map(read)) };
}

const paragraphsXml = (xml: string) => [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
const textOf = (p: string) => [...p.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join("");
const paragraphWith = (xml: string, text: string) => paragraphsXml(xml).find((p) => textOf(p) === text);

describe("biên bản per Decree 30 / Mẫu 1.9 (XML)", () => {
  let doc: Awaited<ReturnType<typeof docxXml>>;
  beforeAll(async () => {
    doc = await docxXml(UNITS_40.slice(0, 5));
  });

  it("numbers pages from page 2, centred in the top margin: a PAGE field in the default header, none on the first page", () => {
    const sectPr = /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(doc.document)![0];
    expect(sectPr).toContain("<w:titlePg/>");
    const first = /<w:headerReference w:type="first" r:id="([^"]+)"/.exec(sectPr);
    const dflt = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(sectPr);
    expect(first && dflt).toBeTruthy();
    const withPage = doc.headers.filter((h) => /PAGE/.test(h));
    expect(withPage).toHaveLength(1);
    expect(withPage[0]).toMatch(/<w:jc w:val="center"\/>/);
    expect(doc.headers.filter((h) => !/PAGE/.test(h)).every((h) => textOf(h) === "")).toBe(true);
  });

  it("ends with Nơi nhận (12 pt bold italic) and its lines (11 pt), the last '- Lưu: VT, Hồ sơ.'", () => {
    const paras = paragraphsXml(doc.document);
    const at = paras.findIndex((p) => textOf(p) === "Nơi nhận:");
    expect(at).toBeGreaterThan(0);
    expect(paras[at]).toMatch(/<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/);
    const lines = paras.slice(at + 1).map(textOf);
    expect(lines).toEqual(["- Các đơn vị thành viên cụm;", "- Hội Cựu chiến binh Việt Nam (để báo cáo);", "- Lưu: VT, Hồ sơ."]);
    for (const p of paras.slice(at + 1)) expect(p).toContain('<w:sz w:val="22"/>');
  });

  it("leaves at least 6 pt after every body paragraph, keeps headings with what follows, closes with './.'", () => {
    const paras = paragraphsXml(doc.document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ""));
    const start = paras.findIndex((p) => textOf(p).startsWith("I. THỜI GIAN"));
    const end = paras.findIndex((p) => textOf(p).startsWith("Cuộc họp kết thúc"));
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    for (const p of paras.slice(start, end + 1)) expect(Number(/<w:spacing\b[^>]*w:after="(\d+)"/.exec(p)?.[1])).toBeGreaterThanOrEqual(120);
    for (const heading of ["I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "II. NỘI DUNG", "1. Kết quả chấm điểm, xếp hạng", "2. Kết quả biểu quyết", "3. Đề nghị khen thưởng", "5. Ý kiến khác"]) {
      const p = paragraphWith(doc.document, heading) ?? paragraphsXml(doc.document).find((x) => textOf(x).startsWith(heading.slice(0, 12)));
      if (heading === "5. Ý kiến khác" && !p) continue; // only with notes
      expect({ heading, keepNext: p?.includes("<w:keepNext/>") }).toEqual({ heading, keepNext: true });
    }
    expect(textOf(paras[end]!)).toMatch(/\.\/\.$/);
  });

  it("never splits a row of the ranking table and repeats its header row on each page", () => {
    const ranking = [...doc.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes("Đơn vị"))!;
    const rows = [...ranking.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows.length).toBe(6);
    for (const r of rows) expect(r).toContain("<w:cantSplit/>");
    expect(rows[0]).toContain("<w:tblHeader/>");
  });

  it("draws the rule under the trích yếu at 1/3 to 1/2 of the line above it", () => {
    const paras = paragraphsXml(doc.document);
    const subjectAt = paras.findIndex((p) => textOf(p).startsWith("Họp tổng kết"));
    const ruleP = paras[subjectAt + 1]!;
    expect(ruleP).toContain("<w:pBdr><w:bottom");
    const indent = (side: string) => Number(new RegExp(`<w:ind\\b[^>]*w:${side}="(\\d+)"`).exec(ruleP)?.[1] ?? 0);
    const ruleWidth = CONTENT_WIDTH - indent("left") - indent("right");
    const lineWidth = Math.min(CONTENT_WIDTH, textOf(paras[subjectAt]!).length * 140); // ~7 pt a character of 14 pt bold Times
    expect(ruleWidth / lineWidth).toBeGreaterThanOrEqual(1 / 3);
    expect(ruleWidth / lineWidth).toBeLessThanOrEqual(1 / 2);
  });

  it.each([
    ["Năm 2025", "Họp tổng kết, chấm điểm và bình xét thi đua năm 2025 của Cụm thi đua số 5", "4. Bầu cụm trưởng, cụm phó năm 2026"],
    ["6 tháng đầu năm 2025", "Họp sơ kết, chấm điểm thi đua 6 tháng đầu năm 2025 của Cụm thi đua số 5", null],
  ])("writes the period '%s' as a reader expects (no 'năm Năm', no 'năm 6 tháng'), sơ kết for part of a year", async (period, subject, leaders) => {
    const d = await docxXml(UNITS_40.slice(0, 3), period);
    const texts = paragraphsXml(d.document).map(textOf);
    expect(texts).toContain(subject);
    if (leaders) expect(texts).toContain(leaders);
    expect(texts.join("\n")).not.toMatch(/năm Năm|năm 6 tháng/);
  });

  it("lays out a sơ kết (part of a year) without award proposals or an election; a tổng kết has both", async () => {
    const sections = async (period: string) => paragraphsXml((await docxXml(UNITS_40.slice(0, 3), period, "Cụm thi đua số 5", MEETING.issuingBody, "Đề nghị bổ sung chỉ tiêu.")).document).map(textOf);
    const mid = await sections("6 tháng đầu năm 2025");
    expect(mid).toContain("2. Kết quả biểu quyết");
    expect(mid).toContain("3. Ý kiến khác");
    expect(mid.some((t) => t.startsWith("3. Đề nghị khen thưởng") || t.startsWith("4. Bầu cụm trưởng"))).toBe(false);
    const year = await sections("2025");
    expect(year).toEqual(expect.arrayContaining(["3. Đề nghị khen thưởng", "4. Bầu cụm trưởng, cụm phó năm 2026", "5. Ý kiến khác"]));
  });

  it("sets a 200-character issuing body smaller, in a wider column, so it does not run to ten lines", async () => {
    const long = `Cụm thi đua các Hội Cựu chiến binh ${"tỉnh miền núi phía Bắc và Bắc Trung Bộ ".repeat(4)}`.slice(0, 200);
    const d = await docxXml(UNITS_40.slice(0, 3), "2025", long, long);
    const header = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(d.document)![0];
    const leftWidth = Number(/<w:gridCol w:w="(\d+)"\/>/.exec(header)![1]);
    expect(leftWidth).toBeGreaterThan(3354);
    const bodyPara = paragraphsXml(header).find((p) => textOf(p) === long.toLocaleUpperCase("vi-VN"))!;
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(bodyPara)![1]) / 2;
    expect(size).toBeLessThanOrEqual(11);
    // Lines at that size: characters that fit in the column (capitals ~0.7 em) against the name's length.
    const perLine = leftWidth / 20 / (size * 0.7);
    expect(Math.ceil(200 / perLine)).toBeLessThanOrEqual(9);
  });
});

const describeLO = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable() ? describe.skip : describe;

describeLO("biên bản at 40 units through LibreOffice (what a reader sees)", () => {
  it("numbers pages 2+ at the top, not page 1, and no unit's row is split across two pages", async () => {
    const work = mkdtempSync(join(tmpdir(), "thidua-decree30-"));
    try {
      const { bytes } = await docxXml(UNITS_40);
      writeFileSync(join(work, "bb.docx"), bytes);
      const pages = pdfPageTexts(convertToPdf(join(work, "bb.docx"), work));
      expect(pages.length).toBeGreaterThanOrEqual(2);
      const firstLine = (p: string) => p.split("\n").find((l) => l.trim() !== "")!.trim();
      expect(firstLine(pages[0]!)).not.toMatch(/^\d+$/);
      pages.slice(1).forEach((p, i) => expect(firstLine(p)).toBe(String(i + 2)));
      // Each unit's name wraps to several lines in its cell: both of its ends are on the same page.
      const pageOf = (marker: string) => pages.findIndex((p) => new RegExp(`\\b${marker}\\b`).test(p));
      const split = UNITS_40.map((_, i) => ({ unit: i + 1, first: pageOf(`U${i + 1}A`), last: pageOf(`U${i + 1}Z`) })).filter((u) => u.first < 0 || u.first !== u.last);
      expect(split).toEqual([]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
