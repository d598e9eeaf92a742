/**
 * `thidua template to-sheet` / `from-sheet` in-process, in temp folders: a standard template goes to a design
 * workbook and back to the same template file; findings are printed with their cells and a design with errors
 * writes nothing (exit 1); no output is written over an existing file without --force, nor over the input (exit 2).
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { templateToDesign } from "../../domain/template/design";
import { findStandardTemplate } from "../../templates";
import { runCli } from "../cli";
import { memoryIo } from "../memoryIo";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-design-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await runCli(["template", ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

const blank = findStandardTemplate("blank-100")!.data;

describe("thidua template to-sheet / from-sheet", () => {
  it("writes the design and reads it back as the same template file", async () => {
    const to = await run("to-sheet", "blank-100", "--out", "thiet-ke.xlsx");
    expect(to).toMatchObject({ code: 0, err: "" });
    expect(to.out).toContain('Đã ghi thiet-ke.xlsx: trang "Thiết kế tiêu chí" của mẫu Mẫu trống thang 100 điểm');
    const from = await run("from-sheet", "thiet-ke.xlsx", "--out", "mau.json");
    expect(from).toMatchObject({ code: 0, err: "" });
    expect(from.out).toContain("Bảng thiết kế không có lỗi hay cảnh báo.");
    expect(JSON.parse(readFileSync(join(dir, "mau.json"), "utf8"))).toEqual(blank);
  });

  it("prints findings with their cells; a design with an error writes nothing (exit 1)", async () => {
    await run("to-sheet", "blank-100", "--out", "thiet-ke.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "thiet-ke.xlsx"));
    const design = templateToDesign(blank as never);
    const leaf = design.criteria.rows.find((r) => r.cells.code === "I.1")!.row;
    const group = design.criteria.rows.find((r) => r.cells.code === "II")!.row;
    wb.worksheets[0]!.getCell(group, 6).value = 30;
    await wb.xlsx.writeFile(join(dir, "canh-bao.xlsx"));
    const warned = await run("from-sheet", "canh-bao.xlsx", "--out", "mau.json");
    expect(warned.code).toBe(0);
    expect(warned.out).toContain(`Thiết kế tiêu chí!F${group}: Cảnh báo: Nhóm II: tổng điểm các tiêu chí con là 25 nhưng điểm tối đa của nhóm là 30.`);
    expect(JSON.parse(readFileSync(join(dir, "mau.json"), "utf8")).criteria[1].max).toBe(30);
    wb.worksheets[0]!.getCell(leaf, 6).value = null;
    await wb.xlsx.writeFile(join(dir, "loi.xlsx"));
    const r = await run("from-sheet", "loi.xlsx", "--out", "mau-2.json");
    expect(r.code).toBe(1);
    expect(r.out).toContain(`Thiết kế tiêu chí!F${leaf}: Lỗi: Tiêu chí I.1 chưa có điểm tối đa (max).`);
    expect(r.out).toContain("chưa ghi tệp mẫu");
    expect(existsSync(join(dir, "mau-2.json"))).toBe(false);
  });

  it("never overwrites without --force, never writes over its input, and says when the file has no design sheet", async () => {
    writeFileSync(join(dir, "thiet-ke.xlsx"), "giữ nguyên");
    const refused = await run("to-sheet", "blank-100", "--out", "thiet-ke.xlsx");
    expect(refused.code).toBe(2);
    expect(readFileSync(join(dir, "thiet-ke.xlsx"), "utf8")).toBe("giữ nguyên");
    expect((await run("to-sheet", "blank-100", "--out", "thiet-ke.xlsx", "--force")).code).toBe(0);
    copyFileSync(join(dir, "thiet-ke.xlsx"), join(dir, "la.json"));
    const before = readFileSync(join(dir, "la.json"));
    const self = await run("from-sheet", "la.json", "--out", "la.json", "--force");
    expect(self.code).toBe(2);
    expect(readFileSync(join(dir, "la.json")).equals(before)).toBe(true);
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Trang 1").getCell("A1").value = "x";
    await other.xlsx.writeFile(join(dir, "khac.xlsx"));
    const none = await run("from-sheet", "khac.xlsx", "--out", "mau.json");
    expect(none.code).toBe(1);
    expect(none.out).toContain('Không thấy trang "Thiết kế tiêu chí"');
    expect((await run("to-sheet", "--out", "x.xlsx")).code).toBe(2);
    expect((await run("from-sheet", "thiet-ke.xlsx", "--out", "mau.txt")).code).toBe(2);
  });

  it("is listed in the template help", async () => {
    const r = await run("--help");
    expect(r.out).toContain("to-sheet <mã|mẫu.json> --out <thiết-kế.xlsx>");
    expect(r.out).toContain("from-sheet <thiết-kế.xlsx> --out <mẫu.json>");
  });
});
