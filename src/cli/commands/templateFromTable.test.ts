/**
 * `thidua template from-table` in-process, in temp folders: the proposal and findings are printed before
 * anything is written; --out writes a template file that loads as a template; tables from .tsv text and
 * from an .xlsx (merged cells, Excel indentation); no file is written without --out, over an existing file
 * without --force, or over the table itself.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseTemplateText } from "../../domain/template/parse";
import { flatten, loadReference } from "../../../test/fixtures/domain/flattenTable";
import { runCli } from "../cli";
import { memoryIo } from "../memoryIo";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-from-table-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await runCli(["template", "from-table", ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

const tsv = (grid: string[][]) => grid.map((r) => r.map((c) => (/[\t\n"]/u.test(c) ? `"${c.replace(/"/gu, '""')}"` : c)).join("\t")).join("\r\n");

describe("thidua template from-table", () => {
  it("prints the proposal and the findings, and writes nothing without --out", async () => {
    writeFileSync(join(dir, "bang.tsv"), tsv(flatten(loadReference("tnmt-tien-giang-2022.json"), {}).grid));
    const r = await run("bang.tsv");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đề xuất: 31 tiêu chí chấm, thang điểm 100:");
    expect(r.out).toMatch(/ {6}a1 {2}Triển khai kịp thời.*\(3 điểm\) — Nhập số lần; 0,5 điểm mỗi lần, tối đa 1,5; trừ dần từ điểm tối đa/u);
    expect(r.out).toContain("Dòng 5: cách chấm của tiêu chí a2 có nhiều mức điểm mỗi lần (1; 0,5): để chấm thẳng; hãy chọn cách chấm.");
    expect(r.out).toContain("Chưa ghi tệp nào.");
    expect(readFileSync(join(dir, "bang.tsv"), "utf8")).toContain("STT");
    expect(existsSync(join(dir, "mau.json"))).toBe(false);
  });

  it("--out writes a template file that parses as the same template", async () => {
    writeFileSync(join(dir, "bang.tsv"), tsv(flatten(loadReference("cd-dhsg-cdbp-2021.json"), { codesInTitle: true }).grid));
    const r = await run("bang.tsv", "--out", "mau.json", "--id", "cd-dhsg", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Template written: mau.json");
    const parsed = parseTemplateText(readFileSync(join(dir, "mau.json"), "utf8"));
    expect(parsed.ok && parsed.template.id).toBe("cd-dhsg");
    expect(parsed.ok && parsed.template.leaves.length).toBe(34); // 33 items and TC009, a group without items
  });

  it("reads an .xlsx: a merged cell counts once (in its first cell); on another sheet, Excel's indent is indentation", async () => {
    const wb = new ExcelJS.Workbook();
    const merged = wb.addWorksheet("Bảng điểm");
    merged.addRows([["STT", "Nội dung", "Điểm chuẩn"], ["I", "Công tác chuyên môn", ""], ["1", "Triển khai kế hoạch", 6], ["", "(cả năm)", ""], ["2", "Báo cáo định kỳ", 4]]);
    merged.mergeCells("A3:A4");
    merged.mergeCells("C3:C4");
    const indented = wb.addWorksheet("Thụt lề");
    indented.addRows([["Nội dung", "Điểm chuẩn"], ["Công tác chuyên môn", ""], ["Triển khai kế hoạch", 6], ["Báo cáo định kỳ", 4], ["Tổng cộng", 10]]);
    indented.getCell("A3").alignment = { indent: 1 };
    indented.getCell("A4").alignment = { indent: 1 };
    await wb.xlsx.writeFile(join(dir, "bang.xlsx"));
    const shape = (file: string) => {
      const t = parseTemplateText(readFileSync(join(dir, file), "utf8"));
      return t.ok && t.template.criteria.map((c) => [c.code, c.max, c.children.map((k) => [k.code, k.title, k.max])]);
    };
    expect((await run("bang.xlsx", "--out", "a.json")).code).toBe(0);
    expect(shape("a.json")).toEqual([["I", 10, [["1", "Triển khai kế hoạch\n(cả năm)", 6], ["2", "Báo cáo định kỳ", 4]]]]);
    expect((await run("bang.xlsx", "--sheet", "Thụt lề", "--out", "b.json")).code).toBe(0);
    expect(shape("b.json")).toEqual([["1", 10, [["1.1", "Triển khai kế hoạch", 6], ["1.2", "Báo cáo định kỳ", 4]]]]);
    const noSheet = await run("bang.xlsx", "--sheet", "Không có");
    expect([noSheet.code, noSheet.err.trim()]).toEqual([2, 'bang.xlsx: không có trang "Không có".']);
  });

  it("never writes over an existing file without --force, nor over the table", async () => {
    writeFileSync(join(dir, "bang.tsv"), "STT\tNội dung\tĐiểm\n1\tCông tác\t10\n");
    writeFileSync(join(dir, "mau.json"), "cũ");
    const refused = await run("bang.tsv", "--out", "mau.json");
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, "mau.json"), "utf8")).toBe("cũ");
    expect((await run("bang.tsv", "--out", "mau.json", "--force")).code).toBe(0);
    expect(readFileSync(join(dir, "mau.json"), "utf8")).toContain('"thidua-template"');
    expect((await run("bang.tsv", "--out", "bang.tsv")).code).toBe(2);
  });

  it("a table with no criteria: the findings, exit 1, nothing written", async () => {
    writeFileSync(join(dir, "bang.tsv"), "STT\tNội dung\tĐiểm\n");
    const r = await run("bang.tsv", "--out", "mau.json");
    expect(r.code).toBe(1);
    expect(r.out).toContain("Bảng dán không có dòng tiêu chí nào.");
    expect(r.err).toContain("Không ghi tệp nào.");
    expect(existsSync(join(dir, "mau.json"))).toBe(false);
  });

  it("usage: missing table, not .json, unknown subcommand, a missing file in plain words", async () => {
    expect((await run()).code).toBe(2);
    expect((await run("bang.tsv", "--out", "mau.txt")).err).toContain("mau.txt: tệp mẫu phải có đuôi .json.");
    const io = memoryIo({ cwd: dir });
    expect(await runCli(["template", "from-tabel"], io)).toBe(2);
    expect(io.err()).toContain('Không có lệnh con "from-tabel"');
    for (const argv of [["help", "template"], ["template"], ["--help"]]) {
      const help = memoryIo({ cwd: dir });
      expect(await runCli(argv, help)).toBe(0);
      expect(help.out()).toMatch(/from-table <bảng\.tsv/u);
    }
    const missing = await run("khong-co.tsv");
    expect(missing.code).toBe(2);
    expect(missing.err).not.toMatch(/ENOENT/u);
  });
});
