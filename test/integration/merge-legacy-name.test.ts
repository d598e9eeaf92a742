/**
 * Regression (issue 12): a self-scoring file whose unit name is in an old font ("Hßa B×nh", TCVN3) was
 * refused as an unknown unit, with no word of the font. thidua merge now names the file and the cell the name
 * was read from, shows its Unicode reading, and merges the file for the unit that reading names.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { handoutCommand } from "../../src/cli/commands/handout";
import { mergeCommand } from "../../src/cli/commands/merge";
import { memoryIo } from "../../src/cli/memoryIo";
import { loadStandardTemplate } from "../../src/templates";
import { buildPlan } from "../../src/workbook/buildPlan";
import { HANDOUT_META_KEYS, HANDOUT_SHEET } from "../../src/workbook/handout/handoutLayout";
import { renderPlan } from "../../src/xlsx/renderPlan";
import { toTcvn3 } from "../support/vietnameseText";

const T = loadStandardTemplate("ccb-cum-3-thang-90");
const UNITS = ["Hòa Bình", "Tân Lâm"];
let work: string;

async function run(cmd: typeof mergeCommand, ...argv: string[]) {
  const io = memoryIo({ cwd: work });
  return { code: await cmd(argv, io), out: io.out(), err: io.err() };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "thidua-legacy-name-"));
  writeFileSync(join(work, "cum.xlsx"), await renderPlan(buildPlan(T, { name: "Cụm 3", period: "2025", units: UNITS })));
  expect((await run(handoutCommand, "cum.xlsx", "--out-dir", "phat")).code).toBe(0);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

it("names the file and the cell of a TCVN3 unit name, with its Unicode reading, in vi and en", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(work, "phat", readdirSync(join(work, "phat")).sort()[0]!));
  const row = HANDOUT_META_KEYS.indexOf("unitName") + 1;
  wb.getWorksheet(HANDOUT_SHEET.meta)!.getCell(row, 2).value = toTcvn3("Hòa Bình");
  await wb.xlsx.writeFile(join(work, "hb.xlsx"));

  const vi = await run(mergeCommand, "cum.xlsx", "hb.xlsx", "--dry-run");
  const line = vi.out.split("\n").find((l) => l.includes("Hßa B×nh"));
  expect(line).toContain(`hb.xlsx · trang ${HANDOUT_SHEET.meta}, ô B${row}`);
  expect(line).toContain("TCVN3");
  expect(line).toContain("“Hòa Bình”");
  expect(vi.out).not.toMatch(/không có trong sổ/);
  const en = await run(mergeCommand, "cum.xlsx", "hb.xlsx", "--dry-run", "--lang", "en");
  expect(en.out).toMatch(/in Unicode it reads “Hòa Bình”/);
});
