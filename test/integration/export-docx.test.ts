/**
 * The biên bản .docx (src/export/bienBan.ts): page, margins, fonts, the motto block and the ranking
 * table are checked in word/document.xml (and word/styles.xml) against Decree 30/2020/NĐ-CP's layout
 * and the domain's result; Vietnamese text stays NFC with tone marks as entered. Then LibreOffice
 * converts it to PDF (must succeed) and its first page is rendered to PNG under test-artifacts/.
 * Needs soffice (THIDUA_SKIP_LIBREOFFICE=1 skips that part on a machine without it).
 */
import JSZip from "jszip";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { demoWorkbook } from "../../src/cli/commands/demo";
import { evaluateCluster, type EntryInput } from "../../src/domain";
import { bienBanDocx, dateLine } from "../../src/export/bienBan";
import { clusterSummary } from "../../src/export/clusterSummary";
import type { Meeting } from "../../src/export/meeting";
import { formatNumber } from "../../src/messages/format";
import { loadStandardTemplate } from "../../src/templates";
import { isSofficeAvailable, sofficeRun } from "../support/libreoffice";

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, "..", "..");
const ARTIFACTS = join(ROOT, "test-artifacts", "export");

const MEETING: Meeting = {
  parentBody: "Hội Cựu chiến binh Việt Nam",
  issuingBody: "Cụm thi đua số 5",
  number: "01/BB-CTĐ",
  place: "Hoà Bình",
  date: "2026-01-05",
  startTime: "08:00",
  endTime: "11:30",
  venue: "Hội trường Hội CCB tỉnh Hoà Bình",
  // Typed decomposed (NFD): the document must hold the composed (NFC) text.
  chair: "Nguyễn Văn Hoà".normalize("NFD"),
  chairTitle: "Chủ tịch Hội CCB tỉnh Hoà Bình, Cụm trưởng",
  secretary: "Trần Thị Thuỷ",
  attendees: ["Ông Nguyễn Văn Hoà – Chủ tịch Hội CCB tỉnh Hoà Bình", "Bà Lê Thị Hòa – Phó Chủ tịch Hội CCB tỉnh Sơn La"],
  votes: { present: 12, agree: 11, disagree: 0, abstain: 1 },
  nextHead: "Hội CCB tỉnh Sơn La",
  nextDeputy: "Hội CCB tỉnh Thuỷ Nguyên",
  notes: "Đề nghị Ban Thi đua xem xét thêm chỉ tiêu Bằng khen.",
};

/** blank-100 with units whose names test tone marks (Hoà/Hòa, Thuỷ) and a formula-like name. */
function hoaBinhCase() {
  const template = loadStandardTemplate("blank-100");
  const full = (unit: string, over: Record<string, EntryInput["self"]> = {}): EntryInput[] =>
    Object.entries({ "I.1": 20, "I.2": 20, "I.3": 20, "II.1": 15, "II.2": "Đạt", "III.1": "Đạt", "III.2": 0, "C.1": 0, "C.2": 0, "T.1": 0, "T.2": 0, "DK.1": "Đạt", ...over }).map(
      ([criterion, self]) => ({ unit, criterion, self }),
    );
  const units = ["Hoà Bình", "Hòa An", "Thuỷ Nguyên", "=HYPERLINK(\"http://x\",\"bấm\")", "Sơn La"];
  const entries = [
    ...full("Hoà Bình", { "C.1": 1 }),
    ...full("Hòa An", { "I.2": 15, "T.1": 1 }),
    ...full("Thuỷ Nguyên", { "I.2": 15, "T.1": 1 }),
    ...full("=HYPERLINK(\"http://x\",\"bấm\")", { "II.1": 10.5 }),
    ...full("Sơn La", { "DK.1": "Không đạt" }),
  ];
  return evaluateCluster(template, units.map((name) => ({ name })), entries);
}

const attr = (xml: string, tag: string, name: string) => new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml)?.[1];
/** Text of each paragraph inside a fragment. */
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(""));
const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
const tables = (xml: string) => [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const rowsOf = (tbl: string) => [...tbl.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).join("\n")));

async function unzip(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  return { document: await zip.file("word/document.xml")!.async("string"), styles: await zip.file("word/styles.xml")!.async("string") };
}

describe("biên bản .docx", () => {
  const result = hoaBinhCase();
  const summary = clusterSummary(result, { clusterName: "Cụm thi đua số 5 – Hoà Bình", period: "2025", meeting: MEETING });
  let xml: { document: string; styles: string };
  beforeAll(async () => {
    xml = await unzip(await bienBanDocx(summary));
  });

  it("is A4 portrait with the decree's margins (top/bottom 20 mm, left 30 mm, right 15 mm)", () => {
    expect(attr(xml.document, "w:pgSz", "w:w")).toBe("11906");
    expect(attr(xml.document, "w:pgSz", "w:h")).toBe("16838");
    expect(attr(xml.document, "w:pgSz", "w:orient") ?? "portrait").toBe("portrait");
    const mm = (name: string) => Number(attr(xml.document, "w:pgMar", name)) / 56.6929;
    expect(mm("w:top")).toBeGreaterThanOrEqual(20);
    expect(mm("w:top")).toBeLessThanOrEqual(25);
    expect(mm("w:bottom")).toBeGreaterThanOrEqual(20);
    expect(mm("w:bottom")).toBeLessThanOrEqual(25);
    expect(mm("w:left")).toBeGreaterThanOrEqual(30);
    expect(mm("w:left")).toBeLessThanOrEqual(35);
    expect(mm("w:right")).toBeGreaterThanOrEqual(15);
    expect(mm("w:right")).toBeLessThanOrEqual(20);
  });

  it("uses Times New Roman only, 14 pt body, 13 pt header and table, 12/11 pt for Nơi nhận", () => {
    const docDefaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(xml.styles)![0];
    expect(attr(docDefaults, "w:rFonts", "w:ascii")).toBe("Times New Roman");
    expect(attr(docDefaults, "w:rFonts", "w:hAnsi")).toBe("Times New Roman");
    expect(attr(docDefaults, "w:sz", "w:val")).toBe("28");
    const fonts = new Set([...xml.document.matchAll(/<w:rFonts\b[^>]*w:ascii="([^"]*)"/g)].map((m) => m[1]));
    expect([...fonts].filter((f) => f !== "Times New Roman")).toEqual([]);
    const sizes = new Set([...xml.document.matchAll(/<w:sz w:val="(\d+)"/g)].map((m) => Number(m[1])));
    for (const s of sizes) expect([22, 24, 26, 28]).toContain(s);
  });

  it("has the motto block beside the issuing body in a borderless two-column table, Số on the date's line", () => {
    const header = tables(xml.document)[0]!;
    const [row, numberLine] = rowsOf(header);
    expect(row).toHaveLength(2);
    expect(row![0]!.split("\n")).toEqual(["HỘI CỰU CHIẾN BINH VIỆT NAM", "CỤM THI ĐUA SỐ 5", ""]);
    expect(row![1]!.split("\n")).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]);
    // Appendix I: Số, ký hiệu and the place-and-date line on one line: the same table row.
    expect(numberLine).toEqual(["Số: 01/BB-CTĐ", "Hoà Bình, ngày 05 tháng 01 năm 2026"]);
    expect(/<w:tblBorders>[\s\S]*?<w:top w:val="none"[\s\S]*?<w:insideV w:val="none"/.test(header)).toBe(true);
    // Motto: bold capitals; the second line bold and underlined; the date line in italics.
    const runOf = (text: string) => new RegExp(`<w:r>(?:(?!<w:r>)[\\s\\S])*?<w:t[^>]*>${text}</w:t>`).exec(header)![0];
    expect(runOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toContain("<w:b/>");
    expect(runOf("Độc lập - Tự do - Hạnh phúc")).toMatch(/<w:b\/>[\s\S]*<w:u w:val="single"\/>/);
    expect(runOf("Hoà Bình, ngày 05 tháng 01 năm 2026")).toContain("<w:i/>");
    // The short rule under the issuing body: an empty paragraph with a bottom border.
    expect(header).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });

  it("has the title, the sections, the vote, awards, head/deputy and the signature blocks", () => {
    const text = paragraphs(xml.document);
    const at = (s: string) => text.indexOf(s);
    expect(at("BIÊN BẢN")).toBeGreaterThan(0);
    expect(text).toContain("Họp tổng kết, chấm điểm và bình xét thi đua năm 2025 của Cụm thi đua số 5 – Hoà Bình");
    expect(text).toContain("Thời gian: bắt đầu lúc 08:00, ngày 05/01/2026.");
    expect(text).toContain("Chủ trì: Nguyễn Văn Hoà – Chủ tịch Hội CCB tỉnh Hoà Bình, Cụm trưởng.");
    expect(text).toContain("Số đại biểu có mặt: 12; tán thành: 11 (91,7%); không tán thành: 0; ý kiến khác: 1.");
    expect(text).toContain("- Cờ thi đua (chỉ tiêu 1): Hoà Bình.");
    expect(text).toContain("- Sơn La: không đạt điều kiện DK.1.");
    expect(text).toContain("- Cụm trưởng: Hội CCB tỉnh Sơn La.");
    expect(text).toContain("Cuộc họp kết thúc lúc 11:30 cùng ngày. Biên bản đã được đọc lại cho các đại biểu dự họp cùng nghe và nhất trí thông qua./.");
    const sign = rowsOf(tables(xml.document)[2]!)[0]!;
    expect(sign[0]!.split("\n")).toEqual(["THƯ KÝ", "(Ký, ghi rõ họ tên)", "Trần Thị Thuỷ"]);
    expect(sign[1]!.split("\n")).toEqual(["CHỦ TỌA", "(Ký, ghi rõ họ tên)", "Nguyễn Văn Hoà"]);
    expect(at("II. NỘI DUNG")).toBeGreaterThan(at("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"));
  });

  it("the ranking table is the domain's result in rank order", () => {
    const rows = rowsOf(tables(xml.document)[1]!);
    expect(rows[0]).toEqual(["STT", "Đơn vị", "Tự chấm", "Cụm chấm", "Cộng", "Trừ", "Tổng", "Xếp hạng", "Xếp loại"]);
    const expected = result.order.map((i, k) => {
      const u = result.units[i]!;
      const n = (v: number) => formatNumber(v, "vi-VN");
      return [String(k + 1), u.name, n(u.self.total), n(u.final.scored), n(u.final.bonus), n(u.final.penalty), n(u.final.total), String(u.rank), u.band ?? "Không xếp loại"];
    });
    expect(rows.slice(1)).toEqual(expected);
    expect(rows.slice(1).map((r) => r[1])).toEqual(["Hoà Bình", "Sơn La", "=HYPERLINK(\"http://x\",\"bấm\")", "Hòa An", "Thuỷ Nguyên"]);
  });

  it("keeps Vietnamese intact: NFC, old/new tone marks as entered, no mojibake", () => {
    const d = xml.document;
    expect(d === d.normalize("NFC")).toBe(true);
    // UTF-8 read as Latin-1/CP1252 ("Ã¡", "áº£", "Ä‘") or a replacement character.
    expect(/[ÃÄÆ][\u0080-\u00BF\u2018-\u203A]|á[º»¼½¾]|\uFFFD/.exec(d)?.[0] ?? null).toBeNull();
    expect(d.includes("Hoà Bình")).toBe(true);
    expect(d.includes("Hòa An")).toBe(true);
    expect(d.includes("Thuỷ Nguyên")).toBe(true);
    expect(d.includes("Trần Thị Thuỷ")).toBe(true);
    expect(d.includes("Bà Lê Thị Hòa")).toBe(true);
    expect(d.includes("Hòa Bình")).toBe(false);
  });

  it("writes dots where the meeting detail is missing, and the leading zeros of the decree's date line", () => {
    expect(dateLine(undefined, undefined)).toBe("…………, ngày …… tháng …… năm ……");
    expect(dateLine("Phú Thọ", "2025-12-09")).toBe("Phú Thọ, ngày 09 tháng 12 năm 2025");
    expect(dateLine("Phú Thọ", "2026-02-20")).toBe("Phú Thọ, ngày 20 tháng 02 năm 2026");
    expect(dateLine("Phú Thọ", "2026-03-20")).toBe("Phú Thọ, ngày 20 tháng 3 năm 2026");
  });
});

const describeLO = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable() ? describe.skip : describe;

describeLO("biên bản through LibreOffice", () => {
  it("converts to PDF without errors and renders the first page to PNG (test-artifacts/export/bien-ban.png)", async () => {
    const work = mkdtempSync(join(tmpdir(), "thidua-docx-"));
    try {
      const { result } = demoWorkbook();
      const summary = clusterSummary(result, { clusterName: "Cụm thi đua Hội Cựu chiến binh 5 tỉnh (ví dụ)", period: "2025", meeting: { ...MEETING, place: "Phú Thọ", issuingBody: "Cụm thi đua Hội CCB 5 tỉnh", venue: "Hội trường Hội CCB tỉnh Phú Thọ" } });
      const docx = join(work, "bien-ban.docx");
      writeFileSync(docx, await bienBanDocx(summary));
      const pdf = sofficeRun(["--convert-to", "pdf", "--outdir", work, docx], work);
      expect({ status: pdf.status, error: /Error/i.test(pdf.out) ? pdf.out : "" }).toEqual({ status: 0, error: "" });
      const pdfBytes = readFileSync(join(work, "bien-ban.pdf"));
      expect(pdfBytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      // The text of a PDF is compressed; the page count is not: the biên bản fits on two A4 pages at most.
      const pages = Number(/\/Type\s*\/Pages[\s\S]*?\/Count\s+(\d+)/.exec(pdfBytes.toString("latin1"))?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);

      // PNG of page 1: LibreOffice's own export when the install has the graphic filters; the -nogui
      // packages lack them, then poppler's pdftocairo renders the PDF LibreOffice wrote.
      const png = join(work, "bien-ban.png");
      const direct = sofficeRun(["--convert-to", "png", "--outdir", work, docx], work);
      if (!existsSync(png)) {
        const cairo = spawnSync("pdftocairo", ["-png", "-singlefile", "-f", "1", "-l", "1", "-r", "110", join(work, "bien-ban.pdf"), join(work, "bien-ban")], { encoding: "utf8" });
        if (cairo.error || cairo.status !== 0) throw new Error(`No PNG renderer: soffice said "${direct.out.trim()}"; pdftocairo: ${cairo.error?.message ?? cairo.stderr}`);
      }
      const bytes = readFileSync(png);
      expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
      expect(h / w).toBeCloseTo(297 / 210, 1); // an A4 portrait page
      mkdirSync(ARTIFACTS, { recursive: true });
      for (const f of readdirSync(work).filter((f) => /^bien-ban\.(docx|pdf|png)$/.test(f))) copyFileSync(join(work, f), join(ARTIFACTS, f));
      expect(statSync(join(ARTIFACTS, "bien-ban.png")).size).toBeGreaterThan(10_000);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
