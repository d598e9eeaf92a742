/**
 * `thidua template apply` in-process, in a temp folder: a filled workbook (made by `build --scores`) rebuilt with
 * criteria added, removed, renamed and re-scaled keeps every score; the input is never written.
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readClusterXlsx, workbookCells } from "../../xlsx/readClusterWorkbook";
import { loadStandardTemplate } from "../../templates";
import { SHEET } from "../../workbook/buildPlan";
import { ORPHAN_SHEET_BASE } from "../../workbook/change/orphanSheet";
import { summarySheetLayout } from "../../workbook/summarySheetLayout";
import { runCli } from "../cli";
import { memoryIo } from "../memoryIo";

const FIXTURE = join(__dirname, "../../../test/fixtures/criteria-change/blank-100-changed.json");
const SCORES = ["đơn vị,tiêu chí,tự chấm,cụm chấm", "Hà Giang,I.1,15,14", "Hà Giang,I.3,18,12", "Tuyên Quang,II.1,12,", "Tuyên Quang,C.2,1.5,2", "Hà Giang,I.2,19,"].join("\n");

let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "thidua-apply-"));
  writeFileSync(join(dir, "diem.csv"), SCORES);
  copyFileSync(FIXTURE, join(dir, "mau-moi.json"));
  expect((await run("build", "--template", "blank-100", "--scores", "diem.csv", "--out", "so.xlsx")).code).toBe(0);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}
const apply = (...extra: string[]) => run("template", "apply", "so.xlsx", "--template", "mau-moi.json", ...extra);

describe("thidua template apply", () => {
  it("prints the change, writes a new workbook keeping every score (renamed, re-scaled, orphaned) and the meeting details, and leaves the input as it was", async () => {
    const old = new ExcelJS.Workbook();
    await old.xlsx.readFile(join(dir, "so.xlsx"));
    const S = summarySheetLayout(loadStandardTemplate("blank-100"), 2);
    old.getWorksheet(SHEET.summary)!.getCell(S.meetingRow("chair"), S.valueCol).value = "Nguyễn Văn An";
    await old.xlsx.writeFile(join(dir, "so.xlsx"));
    const before = readFileSync(join(dir, "so.xlsx"));
    const r = await apply("--out", "so-moi.xlsx", "--rename", "II.1=II.3");
    expect(r.err).toBe("");
    expect(r.code).toBe(1); // 18 on I.3, now at most 15: flagged, kept
    expect(r.out).toContain("I.3 Tiêu chí 3: giữ nguyên, tối đa 20 → 15");
    expect(r.out).toContain("II.1 Tiêu chí 4 (đổi mã): đổi mã II.1 → II.3, đổi tên");
    expect(r.out).toContain("Tuyên Quang – C.2 Mô hình, cách làm mới được nhân rộng: Tự chấm 1,5, Cụm chấm 2 (Tiêu chí không còn trong mẫu mới)");
    expect(r.out).toContain("Điểm đã nhập: 3 giữ ở tiêu chí cũ, 1 chuyển sang mã mới, 1 không còn chỗ");
    expect(r.out).toMatch(/Hà Giang.*I\.3.*18/);
    expect(readFileSync(join(dir, "so.xlsx")).equals(before)).toBe(true);

    const { workbook, read } = await readClusterXlsx(readFileSync(join(dir, "so-moi.xlsx")));
    if (!read.ok) throw new Error("the new workbook does not read back");
    expect(read.value.meta.template.id).toBe("blank-100-giua-nam");
    const got = read.value.entries.map((e) => [e.unit, e.criterion, e.self, e.cluster ?? null]).sort();
    expect(got).toEqual([
      ["Hà Giang", "I.1", 15, 14],
      ["Hà Giang", "I.2", 19, null],
      ["Hà Giang", "I.3", 18, 12],
      ["Tuyên Quang", "II.3", 12, null],
    ]);
    const cells = workbookCells(workbook);
    expect([1, 2, 5, 6].map((col) => cells.read(ORPHAN_SHEET_BASE, 3, col))).toEqual(["Tuyên Quang", "C.2", 1.5, 2]);
    const N = summarySheetLayout(read.value.meta.template, 2);
    expect(cells.read(SHEET.summary, N.meetingRow("chair"), N.valueCol)).toBe("Nguyễn Văn An");
  });

  it("--dry-run prints the same preview and writes nothing; the same template keeps every score in place", async () => {
    const r = await apply("--dry-run", "--rename", "II.1=II.3");
    expect(r.out).toContain("Chạy thử (--dry-run): không ghi tệp nào.");
    const same = await run("template", "apply", "so.xlsx", "--template", "blank-100", "--dry-run");
    expect(same).toMatchObject({ code: 0, err: "" });
    expect(same.out).toContain("Không tiêu chí nào thay đổi.");
    expect(same.out).toContain("Điểm đã nhập: 5 giữ ở tiêu chí cũ, 0 chuyển sang mã mới; điểm nào cũng có chỗ.");
    expect(existsSync(join(dir, "so-moi.xlsx"))).toBe(false);
  });

  it("a wrong rename list writes nothing and says how to fix it (exit 2)", async () => {
    const unknown = await apply("--out", "so-moi.xlsx", "--rename", "II.1=II.9");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("mẫu mới không có tiêu chí mã II.9");
    const syntax = await apply("--out", "so-moi.xlsx", "--rename", "II.1");
    expect(syntax.code).toBe(2);
    expect(syntax.err).toContain('Không đọc được "II.1" trong danh sách đổi mã');
    expect(existsSync(join(dir, "so-moi.xlsx"))).toBe(false);
  });

  it("never writes over the workbook it reads, nor an existing file without --force", async () => {
    const before = readFileSync(join(dir, "so.xlsx"));
    const self = await apply("--out", "so.xlsx", "--force");
    expect(self.code).toBe(2);
    expect(readFileSync(join(dir, "so.xlsx")).equals(before)).toBe(true);
    writeFileSync(join(dir, "co-roi.xlsx"), "x");
    expect((await apply("--out", "co-roi.xlsx")).code).toBe(2);
    expect(readFileSync(join(dir, "co-roi.xlsx"), "utf8")).toBe("x");
  });
});
