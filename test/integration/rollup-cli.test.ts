/**
 * `thidua rollup` end to end, in-process (runCli + memory IO) on a temp folder: four clusters made with the CLI
 * itself (demo; build on blank-100; build on a changed template; build + export --csv), "Hà Giang" in two clusters,
 * the quota "Cờ thi đua=2" exceeded across clusters; checks the CSV table, the .xlsx sheets and the report's text.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/cli";
import { DEMO } from "../../src/cli/commands/demo";
import { memoryIo } from "../../src/cli/memoryIo";
import { readSummaryCsv } from "../../src/export/readSummaryCsv";

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-rollup-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** A scores CSV giving each new unit the demo's scores of one of its units. */
function scoresFrom(units: Readonly<Record<string, string>>): string {
  const lines = Object.entries(units).flatMap(([unit, demoUnit]) =>
    DEMO.entries.filter((e) => e.unit === demoUnit).map((e) => [unit, e.criterion, e.self ?? "", "cluster" in e ? (e.cluster ?? "") : ""].join(",")),
  );
  return ["unit,criterion,self,cluster", ...lines].join("\n");
}

async function build(name: string, template: string, units: Readonly<Record<string, string>>) {
  writeFileSync(join(dir, `${name}.txt`), Object.keys(units).join("\n"));
  writeFileSync(join(dir, `${name}.csv`), scoresFrom(units));
  const r = await run("build", "--template", template, "--units", `${name}.txt`, "--scores", `${name}.csv`, "--cluster", `Cụm ${name}`, "--period", "2025", "--out", `${name}.xlsx`);
  expect([r.code, r.err]).toEqual([0, ""]);
}

beforeAll(async () => {
  expect((await run("demo", "--out", "c1.xlsx")).code).toBe(0);
  await build("c2", "blank-100", { "Lào Cai": "Hà Giang", "Hà Giang": "Tuyên Quang", "Sơn La": "Phú Thọ" });
  // Another template: blank-100 with one criterion renamed, so its criteria hash differs.
  const other = JSON.parse(readFileSync(join(__dirname, "../../src/templates/blank-100.json"), "utf8")) as { id: string; criteria: { title: string }[] };
  other.id = "blank-100-khac";
  other.criteria[0]!.title = `${other.criteria[0]!.title} (sửa)`;
  writeFileSync(join(dir, "mau-khac.json"), JSON.stringify(other));
  await build("c3", "mau-khac.json", { "Điện Biên": "Hà Giang", "Lai Châu": "Phú Thọ" });
  await build("c4", "blank-100", { "Bắc Kạn": "Hà Giang", "Cao Bằng": "Yên Bái" });
  expect((await run("export", "c4.xlsx", "--csv", "cum-4.csv")).code).toBe(0);
});

describe("thidua rollup", () => {
  it("rolls up four clusters: one table, the quota exceeded, the duplicate flagged, the report explains", async () => {
    const r = await run("rollup", "c1.xlsx", "c2.xlsx", "c3.xlsx", "cum-4.csv", "--quota", "Cờ thi đua=2", "--out", "khoi.xlsx", "--csv", "khoi.csv", "--docx", "bao-cao.docx");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Chỉ tiêu Cờ thi đua=2: 4 đơn vị được đề nghị, tối đa 2 đơn vị: VƯỢT 2.");
    expect(r.out).toContain("Đơn vị “Hà Giang” có ở nhiều cụm: Cụm thi đua Hội Cựu chiến binh 5 tỉnh (ví dụ), Cụm c2.");

    const rows = readSummaryCsv(readFileSync(join(dir, "khoi.csv"), "utf8"));
    expect(rows[0]).toEqual(["STT", "Cụm, khối", "Đơn vị", "Xếp hạng trong cụm", "Tổng", "Hạng chung (cùng mẫu)", "Xếp loại", "Đề nghị khen thưởng", "Ghi chú"]);
    expect(rows).toHaveLength(1 + 5 + 3 + 2 + 2);
    const row = (cluster: string, unit: string) => rows.find((x) => x[1] === cluster && x[2] === unit)!;
    // Clusters c1 and c2 share blank-100: compared (Lào Cai and Hà Giang 96,5 share the first place); c3 and the CSV are not.
    expect(row("Cụm c2", "Lào Cai").slice(3)).toEqual([1, 96.5, 1, "Xuất sắc", "Cờ thi đua", ""]);
    expect(row("Cụm c3", "Điện Biên").slice(3, 6)).toEqual([1, 96.5, ""]);
    expect(row("Cụm c3", "Điện Biên")[8]).toBe("Ngoài chỉ tiêu Cờ thi đua=2");
    expect(row("cum-4", "Bắc Kạn").slice(5)).toEqual(["", "Xuất sắc", "Cờ thi đua", "Ngoài chỉ tiêu Cờ thi đua=2"]);
    expect(row("Cụm c2", "Hà Giang")[8]).toBe("Cũng có ở Cụm thi đua Hội Cựu chiến binh 5 tỉnh (ví dụ)");

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "khoi.xlsx"));
    expect(book.worksheets.map((w) => w.name)).toEqual(["Tổng hợp khối", "Chỉ tiêu"]);
    expect(book.getWorksheet("Tổng hợp khối")!.getCell(4 + 7, 3).value).toBe(rows[7]![2]);
    const quota = book.getWorksheet("Chỉ tiêu")!;
    const places = [3, 4, 5, 6].map((r) => [quota.getCell(r, 3).value, quota.getCell(r, 6).value]);
    expect(places).toEqual([["Hà Giang", "Trong chỉ tiêu"], ["Lào Cai", "Trong chỉ tiêu"], ["Điện Biên", "Ngoài chỉ tiêu"], ["Bắc Kạn", "Ngoài chỉ tiêu"]]);

    const docx = await JSZip.loadAsync(readFileSync(join(dir, "bao-cao.docx")));
    const text = (await docx.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
    expect(text).toContain("BÁO CÁO TỔNG HỢP KẾT QUẢ THI ĐUA CỦA CÁC CỤM, KHỐI");
    expect(text).toContain("Vượt 2 đơn vị. Ngoài chỉ tiêu: Điện Biên (Cụm c3), Bắc Kạn (cum-4).");
    expect(text).toContain("Cụm c3: không so sánh tổng điểm vì cụm chấm theo bộ tiêu chí khác các cụm còn lại");
    expect(text).toContain("cum-4: không so sánh tổng điểm vì tệp là bảng tổng hợp xuất ra");
  });

  it("says what is wrong, where and how to fix it: a bad --quota, a CSV without its Xếp hạng column", async () => {
    const bad = await run("rollup", "c1.xlsx", "--quota", "Cờ thi đua", "--out", "x.xlsx");
    expect([bad.code, bad.err.trim()]).toEqual([2, expect.stringContaining('--quota "Cờ thi đua": viết <danh hiệu>=<số>')]);
    writeFileSync(join(dir, "hong.csv"), "\uFEFFSTT;Đơn vị;Tổng\r\n1;Hà Giang;90\r\n");
    const csv = await run("rollup", "c1.xlsx", "hong.csv", "--out", "y.xlsx", "--lang", "en");
    expect(csv.code).toBe(1);
    expect(csv.err).toContain("hong.csv: line 1: column “Xếp hạng” is missing. A summary exported by ThiDua has the columns:");
    expect(csv.out).toBe("");
  });

  it("--tone-marks writes the clusters' names in one style (a CSV's cluster is named after its file)", async () => {
    writeFileSync(join(dir, "Cụm Thuỷ Nguyên.csv"), readFileSync(join(dir, "cum-4.csv")));
    const r = await run("rollup", "c1.xlsx", "Cụm Thuỷ Nguyên.csv", "--csv", "khoi-dau-moi.csv", "--tone-marks", "new");
    expect([r.code, r.err]).toEqual([0, ""]);
    const clusters = new Set(readSummaryCsv(readFileSync(join(dir, "khoi-dau-moi.csv"), "utf8")).slice(1).map((row) => row[1]));
    expect(clusters).toContain("Cụm Thủy Nguyên");
    const bad = await run("rollup", "c1.xlsx", "--csv", "z.csv", "--tone-marks", "kieu-khac");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("kieu-khac");
  });
});
