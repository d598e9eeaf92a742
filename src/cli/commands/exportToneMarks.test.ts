/** `export --tone-marks new|old` (issue 12): one tone-mark style in every exported document, default new. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { PANE_SHEET, setRecordText } from "../../workbook/paneRecord";
import { runCli } from "../cli";
import { memoryIo } from "../memoryIo";

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "thidua-tone-"));
  writeFileSync(join(dir, "don-vi.txt"), "Xã Hoà Bình\nPhường Thủy Xuân\nXã Khoẻ\n");
  const built = await run("build", "--template", "blank-100", "--units", "don-vi.txt", "--cluster", "Cụm Hòa – Thuỷ", "--out", "so.xlsx");
  expect(built.code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("export --tone-marks", () => {
  it("writes the newer style by default (names typed in both styles)", async () => {
    expect((await run("export", "so.xlsx", "--csv", "moi.csv", "--force")).code).toBe(0);
    const csv = readFileSync(join(dir, "moi.csv"), "utf8");
    expect(csv).toContain("Xã Hòa Bình");
    expect(csv).toContain("Phường Thủy Xuân");
    expect(csv).toContain("Xã Khỏe");
    expect(csv).not.toMatch(/Hoà|Thuỷ|Khoẻ/u);
  });

  it("writes the older style with --tone-marks old", async () => {
    expect((await run("export", "so.xlsx", "--csv", "cu.csv", "--tone-marks", "old", "--force")).code).toBe(0);
    const csv = readFileSync(join(dir, "cu.csv"), "utf8");
    expect(csv).toContain("Xã Hoà Bình");
    expect(csv).toContain("Phường Thuỷ Xuân");
    expect(csv).toContain("Xã Khoẻ");
  });

  it("refuses another value, saying which are allowed", async () => {
    const r = await run("export", "so.xlsx", "--csv", "x.csv", "--tone-marks", "moi-nhat", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain("--tone-marks must be new (hòa, thủy) or old (hoà, thuỷ), not “moi-nhat”.");
  });

  it("uses the style chosen in the pane (saved in the workbook) when --tone-marks is not given; --tone-marks still wins", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, "so.xlsx"));
    const pane = book.addWorksheet(PANE_SHEET, { state: "veryHidden" });
    pane.getCell("S1").value = setRecordText("", "old");
    await book.xlsx.writeFile(join(dir, "so-cu.xlsx"));
    const r = await run("export", "so-cu.xlsx", "--csv", "da-luu.csv", "--force");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Cách đặt dấu thanh đã chọn trong sổ (bước Xuất): Kiểu cũ");
    expect(readFileSync(join(dir, "da-luu.csv"), "utf8")).toContain("Xã Hoà Bình");
    expect((await run("export", "so-cu.xlsx", "--csv", "moi-2.csv", "--tone-marks", "new", "--force")).code).toBe(0);
    expect(readFileSync(join(dir, "moi-2.csv"), "utf8")).toContain("Xã Hòa Bình");
  });
});
