/**
 * `build --units` and `rank` with unit lists as clerks have them (issue 12): an STT column, a header,
 * blank lines, and names typed with a legacy font (TCVN3/VNI), which stop the command with their
 * conversion unless --convert-legacy.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHEET } from "../../workbook/buildPlan";
import { memoryIo } from "../memoryIo";
import { buildCommand } from "./build";
import { rankCommand } from "./rank";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-units-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function build(units: string, file: string, ...extra: string[]) {
  writeFileSync(join(dir, file), units);
  const io = memoryIo({ cwd: dir });
  const code = await buildCommand(["--template", "blank-100", "--units", file, "--out", "so.xlsx", ...extra], io);
  return { code, out: io.out(), err: io.err() };
}

async function unitNames(): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "so.xlsx"));
  const names: string[] = [];
  wb.getWorksheet(SHEET.units)!.eachRow((row) => {
    const v = row.getCell(2).value;
    if (typeof v === "string") names.push(v);
  });
  return names;
}

describe("build --units (issue 12)", () => {
  it("regression: an STT column, a header and blank lines are not units (.txt from Excel, .csv)", async () => {
    expect((await build("STT\tTên đơn vị\n1\tHà Giang\n\n2\tYên Bái\n3\tLào Cai\n", "don-vi.txt")).code).toBe(0);
    const txt = await unitNames();
    for (const n of ["Hà Giang", "Yên Bái", "Lào Cai"]) expect(txt).toContain(n);
    expect(txt).not.toContain("1");
    rmSync(join(dir, "so.xlsx"));
    const r = await build("STT;Tên đơn vị;Ghi chú\n1;Hà Giang;cụm trưởng\n2;Yên Bái;\n", "don-vi.csv");
    expect(r.out).toMatch(/2 (đơn vị|units)/u);
  });

  it("stops on TCVN3 names, naming the line, the conversion and the fix; writes nothing", async () => {
    const r = await build("1. Hà Giang\n2. Hßa B×nh\n3. Lµo Cai\n", "don-vi.txt", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toContain("don-vi.txt:2: “2. Hßa B×nh” was typed with an old TCVN3 font (ABC, .VnTime); in Unicode it reads “2. Hòa Bình”.");
    expect(r.err).toContain("don-vi.txt:3: “3. Lµo Cai”");
    expect(r.err).toMatch(/don-vi\.txt was not used: 2 names are in an old font\. To fix: .*--convert-legacy/u);
    expect(existsSync(join(dir, "so.xlsx"))).toBe(false);
  });

  it("with --convert-legacy, uses the Unicode names and says what it converted", async () => {
    const r = await build("Hoäi Noâng daân\nHà Giang\n", "don-vi.txt", "--convert-legacy");
    expect(r.code).toBe(0);
    expect(r.out).toContain("don-vi.txt:1: đã chuyển “Hoäi Noâng daân” → “Hội Nông dân” (--convert-legacy).");
    expect(await unitNames()).toEqual(expect.arrayContaining(["Hội Nông dân", "Hà Giang"]));
  });
});

describe("rank with legacy unit names in the scores CSV (issue 12)", () => {
  const csv = "unit,criterion,self,cluster\nHßa B×nh,I.1,5,5\nHà Giang,I.1,4,4\n";
  function rank(...extra: string[]) {
    writeFileSync(join(dir, "diem.csv"), csv);
    const io = memoryIo({ cwd: dir });
    const code = rankCommand(["--template", "blank-100", "--scores", "diem.csv", ...extra], io);
    return { code, out: io.out(), err: io.err() };
  }

  it("stops with the line:column, the conversion and the fix", () => {
    const r = rank();
    expect(r.code).toBe(1);
    expect(r.err).toContain("diem.csv:2:1: “Hßa B×nh” được gõ bằng phông chữ cũ TCVN3 (ABC, .VnTime); chuyển sang Unicode là “Hòa Bình”.");
    expect(r.out).toBe("");
  });

  it("ranks the converted names with --convert-legacy", () => {
    const r = rank("--convert-legacy");
    expect(r.err).toContain("đã chuyển “Hßa B×nh” → “Hòa Bình”");
    expect(r.out).toContain("Hòa Bình");
    expect(r.out).not.toContain("Hßa");
  });
});
