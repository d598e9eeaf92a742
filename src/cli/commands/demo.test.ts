/** `demo` in-process: the example's story (ties, shared rank, failed gate), the file, no overwrite without --force. */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHEET } from "../../workbook/buildPlan";
import { runCli } from "../cli";
import { memoryIo, rankingRows } from "../memoryIo";
import { DEMO, demoCommand, demoWorkbook } from "./demo";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-demo-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await demoCommand(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("demo", () => {
  it("the data tells the intended story (checked on the domain side, by hand in demo.ts)", () => {
    const { result } = demoWorkbook();
    const byName = Object.fromEntries(result.units.map((u) => [u.name, u]));
    expect(DEMO.units).toEqual(["Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái", "Phú Thọ"]);
    expect(result.units.map((u) => [u.name, u.final.total, u.rank])).toEqual([
      ["Hà Giang", 96.5, 1],
      ["Tuyên Quang", 92, 2],
      ["Vĩnh Phúc", 92, 3],
      ["Yên Bái", 92, 3],
      ["Phú Thọ", 80, 5],
    ]);
    // Tuyên Quang wins the tie on group I; Vĩnh Phúc and Yên Bái are equal on every key.
    expect(byName["Tuyên Quang"]!.tieKeys).toEqual([56, 0, 0]);
    expect(byName["Vĩnh Phúc"]!.tieKeys).toEqual([55, 2, 1]);
    expect(byName["Yên Bái"]!.tieKeys).toEqual([55, 2, 1]);
    expect(byName["Phú Thọ"]!.eligible).toBe(false);
    expect(result.units.map((u) => u.award && [u.award.status, u.award.title])).toEqual([
      ["proposed", "Cờ thi đua"],
      ["proposed", "Bằng khen"],
      ["needsVote", "Bằng khen"],
      ["needsVote", "Bằng khen"],
      null,
    ]);
  });

  it("writes the workbook and prints the ranking", async () => {
    const r = await run("--out", "vi-du.xlsx");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Đã ghi sổ ví dụ vi-du.xlsx");
    expect(rankingRows(r.out).map((x) => [x[0], x[1], x[6], x[7], x[8], x[9]])).toEqual([
      ["1", "Hà Giang", "96,5", "Xuất sắc", "Có", "Cờ thi đua"],
      ["2", "Tuyên Quang", "92", "Xuất sắc", "Có", "Bằng khen"],
      ["3", "Vĩnh Phúc", "92", "Xuất sắc", "Có", "Bình xét: Bằng khen (1 suất)"],
      ["3", "Yên Bái", "92", "Xuất sắc", "Có", "Bình xét: Bằng khen (1 suất)"],
      ["5", "Phú Thọ", "80", "Tốt", "Không", ""],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "vi-du.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Tiêu chí", "Đơn vị", "Chấm điểm", "Điểm", "Xếp hạng", "Tổng hợp", "_ThiDua"]);
    expect(wb.getWorksheet(SHEET.units)!.getCell("E1").value).toBe(DEMO.cluster);
  });

  it("never overwrites without --force; --force overwrites; English with --lang en", async () => {
    writeFileSync(join(dir, "d.xlsx"), "old");
    const r = await run("-o", "d.xlsx", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("d.xlsx: the file already exists and is not overwritten. Choose another name, or add --force to overwrite it.");
    expect(readFileSync(join(dir, "d.xlsx"), "utf8")).toBe("old");
    const f = await run("-o", "d.xlsx", "--force", "--lang", "en");
    expect(f.code).toBe(0);
    expect(f.out).toContain("Wrote the example workbook d.xlsx");
    expect(f.out).toContain("Vote: Bằng khen (1 place)");
    expect(readFileSync(join(dir, "d.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("needs --out; is dispatched by runCli", async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.err).toContain("Thiếu tuỳ chọn --out");
    expect(await runCli(["demo", "-o", "c.xlsx"], memoryIo({ cwd: dir }))).toBe(0);
    expect(existsSync(join(dir, "c.xlsx"))).toBe(true);
    expect((await run("--help")).out).toContain("Cách dùng: thidua demo --out");
  });
});
