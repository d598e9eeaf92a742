/**
 * The good files the catalogue's bad inputs are made from, built once per run with the CLI itself:
 * a filled cluster workbook (demo), a unit's self-scoring file with one score typed in, a self-scoring
 * file of another template, a workbook without ThiDua's sheets, and the standard template's text.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../../../src/cli/cli";
import { memoryIo } from "../../../src/cli/memoryIo";
import { HANDOUT_FIRST_ROW } from "../../../src/workbook/handout/handoutLayout";
import { encryptedWorkbook } from "./compoundFile";

export const ROOT = resolve(__dirname, "..", "..", "..");

export interface Base {
  readonly cluster: Buffer;
  readonly handout: Buffer;
  readonly otherTemplateHandout: Buffer;
  readonly plainWorkbook: Buffer;
  /** The cluster workbook with its stored template (hidden _ThiDua sheet) broken by hand. */
  readonly tamperedTemplate: Buffer;
  /** The cluster workbook with its Chấm điểm sheet deleted. */
  readonly missingSheet: Buffer;
  readonly wordDocument: Buffer;
  readonly zipOfText: Buffer;
  readonly encrypted: Uint8Array;
  readonly xls: Buffer;
  readonly template: string;
  readonly scores: Buffer;
  readonly units: Buffer;
}

async function cli(cwd: string, ...argv: string[]): Promise<void> {
  const io = memoryIo({ cwd });
  const code = await runCli(argv, io);
  if (code !== 0) throw new Error(`fixture ${argv.join(" ")} failed (${code}): ${io.err()}`);
}

async function fillFirstScore(file: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Tự chấm")!;
  for (let r = HANDOUT_FIRST_ROW; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === "I.1") ws.getCell(r, 6).value = 15;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The cluster workbook after `change`, saved again. */
async function changed(bytes: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function breakStoredTemplate(wb: ExcelJS.Workbook): void {
  const meta = wb.getWorksheet("_ThiDua")!;
  meta.eachRow((row) => {
    if (row.getCell(1).value === "templateJson1") row.getCell(2).value = String(row.getCell(2).value).replace('"criteria":', '"criteria": 5, "x":');
  });
}

async function zip(files: Record<string, string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function buildBase(): Promise<Base> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-catalogue-base-"));
  try {
    await cli(dir, "demo", "--out", "cum.xlsx");
    await cli(dir, "handout", "cum.xlsx", "--out-dir", "phat");
    const first = readdirSync(join(dir, "phat")).sort()[0]!;
    await cli(dir, "build", "--template", "ccb-cum-3-thang-90", "--units", join(ROOT, "test/fixtures/cli/units-ccb.txt"), "--out", "khac.xlsx");
    await cli(dir, "handout", "khac.xlsx", "--out-dir", "khac");
    const other = readdirSync(join(dir, "khac")).sort()[0]!;
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Trang tính1").getCell("A1").value = "Hà Giang";
    const cluster = readFileSync(join(dir, "cum.xlsx"));
    return {
      cluster,
      tamperedTemplate: await changed(cluster, breakStoredTemplate),
      missingSheet: await changed(cluster, (wb) => wb.removeWorksheet(wb.getWorksheet("Chấm điểm")!.id)),
      handout: await fillFirstScore(join(dir, "phat", first)),
      otherTemplateHandout: readFileSync(join(dir, "khac", other)),
      plainWorkbook: Buffer.from(await plain.xlsx.writeBuffer()),
      wordDocument: await zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }),
      zipOfText: await zip({ "ghi-chu.txt": "Biên bản họp cụm" }),
      encrypted: encryptedWorkbook(),
      xls: readFileSync(join(ROOT, "test/fixtures/files/excel-97.xls")),
      template: readFileSync(join(ROOT, "src/templates/blank-100.json"), "utf8"),
      scores: readFileSync(join(ROOT, "test/fixtures/cli/blank-100-ccb.csv")),
      units: readFileSync(join(ROOT, "test/fixtures/cli/units-ccb.txt")),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
