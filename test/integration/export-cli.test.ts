/**
 * `thidua export` end to end, in-process (runCli + memory IO) on a temp folder: demo → export to
 * .docx/.csv/.xlsx; the never-recalculated path (the domain computes); the "cached values disagree"
 * path (a cached result edited with exceljs, as if a formula had been changed) stops with exit 1 and
 * names sheet, cell, unit, expected and found, unless --force; outputs are never overwritten without
 * --force; meeting.json problems are reported in Vietnamese with the field.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/cli";
import { demoWorkbook } from "../../src/cli/commands/demo";
import { memoryIo } from "../../src/cli/memoryIo";
import { readSummaryCsv } from "../../src/export/readSummaryCsv";
import { summaryRows } from "../../src/export/summaryTable";
import { eligibilityLabel, SHEET, UNCLASSIFIED, unitAwardLabel, workbookLayout } from "../../src/workbook/buildPlan";

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-export-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** Writes the demo's cached Xếp hạng results as Excel would after recalculating (the domain's values), then `edit`s some. */
async function fakeRecalculated(file: string, edit: (ws: ExcelJS.Worksheet) => void = () => {}) {
  const { template, result } = demoWorkbook();
  const L = workbookLayout(template, result.units.length);
  const C = L.rankingCols;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(SHEET.ranking)!;
  result.units.forEach((u, i) => {
    const row = L.rankingRow(i);
    const values: [number, number | string][] = [
      [C.selfTotal, u.self.total], [C.scored, u.final.scored], [C.bonus, u.final.bonus], [C.penalty, u.final.penalty],
      [C.total, u.final.total], [C.rank, u.rank], [C.band, u.band ?? UNCLASSIFIED], [C.eligible, eligibilityLabel(u)], [C.award, unitAwardLabel(u)],
    ];
    for (const [col, v] of values) {
      const cell = ws.getCell(row, col);
      cell.value = { formula: cell.formula, result: v } as ExcelJS.CellFormulaValue;
    }
  });
  edit(ws);
  await wb.xlsx.writeFile(file);
}

describe("thidua export", () => {
  it("demo → export --docx --csv --xlsx: the files hold the domain's result", async () => {
    expect((await run("demo", "--out", "x.xlsx")).code).toBe(0);
    const r = await run("export", "x.xlsx", "--docx", "bb.docx", "--csv", "th.csv", "--xlsx", "th.xlsx");
    expect(r).toMatchObject({ code: 0, err: "" });
    // Never recalculated (written by demo): said, and the domain computes.
    expect(r.out).toContain("x.xlsx chưa được tính lại (chưa mở và lưu trong Excel từ lần ThiDua ghi sổ: build, demo hoặc merge): kết quả được tính từ điểm đã nhập.");
    expect(r.out).toContain("Đã ghi bb.docx.");
    const { result } = demoWorkbook();
    const expected = summaryRows(result);
    expect(readSummaryCsv(readFileSync(join(dir, "th.csv"), "utf8"))).toEqual(expected);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "th.xlsx"));
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe("Tổng hợp");
    const table = expected.map((row, r) => row.map((_, c) => ws.getCell(5 + r, c + 1).value));
    expect(table).toEqual(expected);
    let formulas = 0;
    ws.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas++)));
    expect(formulas).toBe(0);

    const doc = await (await JSZip.loadAsync(readFileSync(join(dir, "bb.docx")))).file("word/document.xml")!.async("string");
    expect(doc).toContain("Cụm thi đua Hội Cựu chiến binh 5 tỉnh (ví dụ)".toLocaleUpperCase("vi-VN"));
    expect(doc).toContain("- Bằng khen: các đơn vị Vĩnh Phúc, Yên Bái bằng điểm ở ranh giới chỉ tiêu, cuộc họp bình xét cho 1 suất còn lại.");
    expect(doc).toContain("- Phú Thọ: không đạt điều kiện DK.1.");
  });

  it("CSV with --decimal point; --lang en messages", async () => {
    await run("demo", "--out", "x.xlsx");
    const r = await run("export", "x.xlsx", "--csv", "th.csv", "--decimal", "point", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("x.xlsx was never recalculated");
    expect(readFileSync(join(dir, "th.csv"), "utf8")).toContain("1,Hà Giang,97,95.5,1,0,96.5,1,");
  });

  it("cached values that agree with the domain: no notice, exit 0", async () => {
    await run("demo", "--out", "x.xlsx");
    await fakeRecalculated(join(dir, "x.xlsx"));
    const r = await run("export", "x.xlsx", "--csv", "th.csv");
    expect(r).toMatchObject({ code: 0, err: "" });
    expect(r.out).not.toContain("chưa được tính lại");
  });

  it("a cached value that disagrees (an edited formula): where, expected vs found, exit 1, nothing written; --force exports", async () => {
    await run("demo", "--out", "x.xlsx");
    const { template, result } = demoWorkbook();
    const C = workbookLayout(template, result.units.length).rankingCols;
    await fakeRecalculated(join(dir, "x.xlsx"), (ws) => {
      const cell = ws.getCell(3, C.total); // Tuyên Quang's total
      cell.value = { formula: "ROUND(D3+E3-F3+7,2)", result: 99 } as ExcelJS.CellFormulaValue;
    });
    const r = await run("export", "x.xlsx", "--docx", "bb.docx", "--csv", "th.csv");
    expect(r.code).toBe(1);
    expect(r.err).toContain("Trang Xếp hạng, ô G3 (Tuyên Quang, Tổng): sổ hiện 99, điểm đã nhập cho ra 92.");
    expect(r.err).toContain("1 ô của sổ không khớp với điểm đã nhập");
    expect(existsSync(join(dir, "bb.docx")) || existsSync(join(dir, "th.csv"))).toBe(false);

    const forced = await run("export", "x.xlsx", "--csv", "th.csv", "--force");
    expect(forced.code).toBe(0);
    expect(forced.out).toContain("1 ô không khớp; vẫn xuất (--force) theo điểm đã nhập.");
    // The domain's value is exported, not the edited cell's.
    expect(readFileSync(join(dir, "th.csv"), "utf8")).toContain("2;Tuyên Quang;92,5;92;0;0;92;2;");
  });

  it("never overwrites an output without --force; checks names and options", async () => {
    await run("demo", "--out", "x.xlsx");
    writeFileSync(join(dir, "old.csv"), "giữ nguyên");
    const before = statSync(join(dir, "old.csv")).mtimeMs;
    const r = await run("export", "x.xlsx", "--csv", "old.csv");
    expect(r.code).toBe(2);
    expect(r.err).toContain("old.csv: tệp đã có, không ghi đè. Chọn tên khác, hoặc thêm --force để ghi đè tệp cũ.");
    expect(readFileSync(join(dir, "old.csv"), "utf8")).toBe("giữ nguyên");
    expect(statSync(join(dir, "old.csv")).mtimeMs).toBe(before);
    expect((await run("export", "x.xlsx", "--csv", "old.csv", "--force")).code).toBe(0);
    expect(readFileSync(join(dir, "old.csv"), "utf8")).toContain("Hà Giang");

    expect((await run("export", "x.xlsx")).err).toContain("Chưa chọn tệp kết quả");
    expect((await run("export", "--csv", "a.csv")).err).toContain("Thiếu tệp sổ chấm điểm");
    expect((await run("export", "x.xlsx", "--docx", "bb.doc")).err).toContain("--docx bb.doc: tên tệp phải có đuôi .docx.");
    expect((await run("export", "x.xlsx", "--csv", "nope/a.csv")).code).toBe(2);
    expect((await run("export", "x.xlsx", "--csv", "a.csv", "--decimal", "dot")).err).toContain('--decimal "dot"');
    const missing = await run("export", "khong-co.xlsx", "--csv", "a.csv");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("khong-co.xlsx: không tìm thấy tệp (thư mục hiện tại:");
  });

  it("meeting.json: fields reach the biên bản; mistakes are named in Vietnamese", async () => {
    await run("demo", "--out", "x.xlsx");
    writeFileSync(join(dir, "hop.json"), JSON.stringify({ place: "Phú Thọ", date: "20/12/2025", chair: "Nguyễn Văn Hoà", votes: { present: 9, agree: 9 } }));
    const ok = await run("export", "x.xlsx", "--docx", "bb.docx", "--meeting", "hop.json");
    expect(ok).toMatchObject({ code: 0, err: "" });
    const doc = await (await JSZip.loadAsync(readFileSync(join(dir, "bb.docx")))).file("word/document.xml")!.async("string");
    expect(doc).toContain("Phú Thọ, ngày 20 tháng 12 năm 2025");
    expect(doc).toContain("Số đại biểu có mặt: 9; tán thành: 9 (100%)");

    writeFileSync(join(dir, "sai.json"), JSON.stringify({ date: "31/02/2025", votes: { present: "mười" }, chairman: "A" }));
    const bad = await run("export", "x.xlsx", "--docx", "bb2.docx", "--meeting", "sai.json");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('sai.json, trường date: "31/02/2025" không phải một ngày. Viết ngày/tháng/năm, ví dụ 20/12/2025');
    expect(bad.err).toContain("sai.json, trường votes.present: cần một số nguyên từ 0 trở lên, ví dụ 12.");
    expect(bad.err).toContain("sai.json: trường không có trong thông tin cuộc họp: chairman");
    expect(existsSync(join(dir, "bb2.docx"))).toBe(false);

    writeFileSync(join(dir, "hong.json"), "{ place: Phú Thọ }");
    const broken = await run("export", "x.xlsx", "--docx", "bb3.docx", "--meeting", "hong.json");
    expect(broken.code).toBe(1);
    expect(broken.err).toContain("hong.json: Dòng 1, cột 3: cần tên trường trong ngoặc kép");
  });

  it("a file that is not a ThiDua workbook is refused with the contract's message", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "x";
    await wb.xlsx.writeFile(join(dir, "khac.xlsx"));
    const r = await run("export", "khac.xlsx", "--csv", "a.csv");
    expect(r.code).toBe(1);
    expect(r.err).toContain("khac.xlsx: Sổ tính không có trang ẩn _ThiDua");
    writeFileSync(join(dir, "rac.xlsx"), "không phải zip");
    expect((await run("export", "rac.xlsx", "--csv", "a.csv")).err).toContain("rac.xlsx: đây là tệp văn bản (CSV/TXT/HTML), không phải sổ Excel .xlsx");
  });

  it("--help", async () => {
    const r = await run("export", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Cách dùng: thidua export <sổ.xlsx>");
    expect((await run("--help")).out).toContain("export <sổ.xlsx> [--docx <biên bản.docx>]");
  });
});
