/**
 * `build` in-process, in temp folders: the workbook's sheets and inputs (read back with exceljs),
 * scores pre-filled from the rank fixtures with the same findings, and never overwriting a file
 * without --force.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { loadStandardTemplate } from "../../templates";
import { SHEET, workbookLayout } from "../../workbook/buildPlan";
import { addr } from "../../workbook/plan";
import { runCli } from "../cli";
import { memoryIo } from "../memoryIo";
import { buildCommand } from "./build";

const ROOT = resolve(__dirname, "..", "..", "..");
const F = join(ROOT, "test/fixtures/cli");
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-build-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await buildCommand(argv, io);
  return { code, out: io.out(), err: io.err() };
}

async function open(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  return wb;
}

const SHEETS = ["Tiêu chí", "Đơn vị", "Chấm điểm", "Điểm", "Xếp hạng", "Tổng hợp", "_ThiDua"];

describe("build", () => {
  it("writes an empty scoring workbook for the units of a .txt file", async () => {
    const r = await run("--template", "blank-100", "--units", join(F, "units-ccb.txt"), "--cluster", "Cụm CCB", "--period", "2025", "--out", "so.xlsx");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã ghi sổ chấm điểm so.xlsx: mẫu Mẫu trống thang 100 điểm (blank-100), 5 đơn vị, 12 tiêu chí.");
    const wb = await open("so.xlsx");
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    expect(wb.getWorksheet("_ThiDua")!.state).toBe("hidden");
    const units = wb.getWorksheet(SHEET.units)!;
    expect([2, 3, 4, 5, 6].map((r) => units.getCell(`B${r}`).value)).toEqual(["Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái", "Phú Thọ"]);
    expect(units.getCell("E1").value).toBe("Cụm CCB");
    expect(units.getCell("E2").value).toBe("2025");
    // Inputs are empty; the ranking is formulas (computed when Excel opens the file).
    const L = workbookLayout(loadStandardTemplate("blank-100"), 5);
    expect(wb.getWorksheet(SHEET.entry)!.getCell(addr(L.selfEntryCol(0), L.nodeRow(1))).value).toBeNull();
    const rank = wb.getWorksheet(SHEET.ranking)!.getCell(addr(L.rankingCols.rank, 2)).value as { formula: string };
    // A live competition rank: the first line of its group among the sorted line codes (issue 14: no COUNTIF per unit).
    expect(rank.formula).toMatch(/^INDEX\(\$[A-Z]+\$2:\$[A-Z]+\$\d+,[A-Z]+2\)$/);
    expect(rank.formula).not.toMatch(/COUNTIF/);
  });

  it("fills the scores of a CSV (units from the CSV when --units is absent)", async () => {
    const r = await run("-t", "blank-100", "-s", join(F, "blank-100-ccb.csv"), "-o", "diem.xlsx");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Cảnh báo (1):");
    expect(r.out).toContain("Phú Thọ DK.1: Không đạt tiêu chí điều kiện DK.1");
    expect(r.out).toContain("Đã điền điểm từ");
    expect(r.out).toContain(": 60 dòng.");
    const wb = await open("diem.xlsx");
    const L = workbookLayout(loadStandardTemplate("blank-100"), 5);
    const entry = wb.getWorksheet(SHEET.entry)!;
    // Row of I.1 is nodes[1] (nodes[0] is group I). Hà Giang: self 20, cluster 19.5.
    expect(L.nodes[1]!.code).toBe("I.1");
    expect(entry.getCell(addr(L.selfEntryCol(0), L.nodeRow(1))).value).toBe(20);
    expect(entry.getCell(addr(L.clusterEntryCol(0), L.nodeRow(1))).value).toBe(19.5);
    const dk = L.nodes.findIndex((n) => n.code === "DK.1");
    expect(entry.getCell(addr(L.clusterEntryCol(4), L.nodeRow(dk))).value).toBe("Không đạt");
  });

  it("reports error findings like rank, still writes the workbook, exit 1", async () => {
    const r = await run("-t", "blank-100", "-s", join(F, "blank-100-ccb-errors.csv"), "-u", join(F, "units-ccb.txt"), "-o", "x.xlsx", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain("blank-100-ccb-errors.csv:2:4 Hà Giang I.1 (cluster): 120 is above the maximum 20. Enter 0 to 20.");
    expect(r.out).toContain("The scores have");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(true);
  });

  it("reports entries for units outside the --units list as not filled in", async () => {
    const r = await run("-t", "blank-100", "-s", join(F, "blank-100-ccb.csv"), "-u", join(F, "units-partial.csv"), "-o", "p.xlsx");
    expect(r.out).toMatch(/không khớp đơn vị hoặc tiêu chí nào/);
    const wb = await open("p.xlsx");
    expect(wb.getWorksheet(SHEET.units)!.getCell("B4").value).toBe("Lào Cai");
  });

  it("never overwrites an existing file without --force (exit 2, file untouched); --force overwrites", async () => {
    const target = join(dir, "co.xlsx");
    writeFileSync(target, "keep me");
    const r = await run("-t", "blank-100", "-u", join(F, "units-ccb.txt"), "-o", "co.xlsx");
    expect(r.code).toBe(2);
    expect(r.err).toBe("co.xlsx: tệp đã có, không ghi đè. Chọn tên khác, hoặc thêm --force để ghi đè tệp cũ.\nKhông tệp nào được ghi: các tệp đã có vẫn giữ nguyên.\n");
    expect(r.out).toBe("");
    expect(readFileSync(target, "utf8")).toBe("keep me");
    const en = await run("-t", "blank-100", "-u", join(F, "units-ccb.txt"), "-o", "co.xlsx", "--lang", "en");
    expect(en.err).toContain("co.xlsx: the file already exists and is not overwritten");
    const forced = await run("-t", "blank-100", "-u", join(F, "units-ccb.txt"), "-o", "co.xlsx", "--force");
    expect(forced.code).toBe(0);
    expect((await open("co.xlsx")).worksheets).toHaveLength(7);
  });

  it("refuses bad output paths and missing options with exit 2", async () => {
    mkdirSync(join(dir, "folder.xlsx"));
    const cases: [string[], string][] = [
      [["-t", "blank-100", "-u", join(F, "units-ccb.txt")], "Thiếu tuỳ chọn --out"],
      [["-u", join(F, "units-ccb.txt"), "-o", "a.xlsx"], "Thiếu tuỳ chọn --template"],
      [["-t", "blank-100", "-o", "a.xlsx"], "Thiếu tuỳ chọn --units"],
      [["-t", "blank-100", "-u", join(F, "units-ccb.txt"), "-o", "a.csv"], "a.csv: tệp kết quả phải có đuôi .xlsx"],
      [["-t", "blank-100", "-u", join(F, "units-ccb.txt"), "-o", "khong-co/a.xlsx"], "khong-co/a.xlsx: không có thư mục"],
      [["-t", "blank-100", "-u", join(F, "units-ccb.txt"), "-o", "folder.xlsx"], "folder.xlsx: đây là một thư mục"],
      [["-t", "no-such", "-u", join(F, "units-ccb.txt"), "-o", "a.xlsx"], 'Không có mẫu chuẩn "no-such"'],
      [["-t", "blank-100", "-u", "nope.txt", "-o", "a.xlsx"], "nope.txt: không tìm thấy tệp"],
      [["-t", "blank-100", "-u", join(F, "units-ccb.txt"), "-o", "a.xlsx", "--bogus"], "Lệnh build không có tuỳ chọn --bogus"],
    ];
    for (const [argv, msg] of cases) {
      const r = await run(...argv);
      expect([argv.join(" "), r.code, r.err]).toEqual([argv.join(" "), 2, expect.stringContaining(msg)]);
    }
    expect(existsSync(join(dir, "a.xlsx"))).toBe(false);
  });

  it("refuses a broken template and a unit listed twice (exit 1)", async () => {
    const bad = await run("-t", join(F, "bad-template.json"), "-u", join(F, "units-ccb.txt"), "-o", "a.xlsx");
    expect(bad.code).toBe(1);
    writeFileSync(join(dir, "dv.txt"), "Hà Giang\nYên Bái\nHà  giang\n");
    const dup = await run("-t", "blank-100", "-u", "dv.txt", "-o", "a.xlsx");
    expect(dup.code).toBe(1);
    expect(dup.err).toContain('dv.txt:3: đơn vị "Hà giang" trùng với "Hà Giang"');
    expect(existsSync(join(dir, "a.xlsx"))).toBe(false);
  });

  it("is dispatched by runCli and has --help in both languages", async () => {
    const io = memoryIo({ cwd: dir });
    expect(await runCli(["build", "-t", "blank-100", "-u", join(F, "units-ccb.txt"), "-o", "r.xlsx"], io)).toBe(0);
    expect(existsSync(join(dir, "r.xlsx"))).toBe(true);
    expect((await run("--help")).out).toContain("Cách dùng: thidua build --template");
    expect((await run("--help", "--lang", "en")).out).toContain("An existing file is NOT overwritten unless --force");
    const help = memoryIo();
    await runCli(["--help"], help);
    expect(help.out()).toContain("build --template <mẫu> --units <tệp>");
  });

  it("as a process (src/cli/main.ts awaits the command): exit 0 when written, exit 2 when the file exists", () => {
    const cli = (...args: string[]) =>
      spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/main.ts"), ...args], { cwd: dir, encoding: "utf8", timeout: 60_000, env: { ...process.env, THIDUA_LANG: "" } });
    const first = cli("build", "-t", "blank-100", "-u", join(F, "units-ccb.txt"), "-o", "p.xlsx");
    expect([first.status, first.stdout]).toEqual([0, expect.stringContaining("Đã ghi sổ chấm điểm p.xlsx")]);
    const again = cli("build", "-t", "blank-100", "-u", join(F, "units-ccb.txt"), "-o", "p.xlsx");
    expect([again.status, again.stderr]).toEqual([2, expect.stringContaining("p.xlsx: tệp đã có, không ghi đè.")]);
  }, 120_000);
});
