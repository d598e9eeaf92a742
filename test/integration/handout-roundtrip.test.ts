/**
 * The done-when: build a cluster workbook → hand out one file per unit (thidua handout) → fill the
 * files by program, good and bad (wrong version, renamed criterion, unknown unit, "Hoà" vs "Hòa", duplicate
 * unit, over max, "8,5" as text, .xls bytes, CSV, random bytes, truncated zip, meta sheet deleted, rows moved,
 * a file re-saved by LibreOffice) → merge (thidua merge) → read back, validate (evaluateCluster) and rank,
 * with the expected findings and every entry compared cell by cell.
 */
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateCluster, type EntryInput } from "../../src/domain";
import { handoutCommand } from "../../src/cli/commands/handout";
import { mergeCommand } from "../../src/cli/commands/merge";
import { memoryIo } from "../../src/cli/memoryIo";
import { loadStandardTemplate } from "../../src/templates";
import { buildPlan } from "../../src/workbook/buildPlan";
import { fillEntries } from "../../src/workbook/fillEntries";
import { HANDOUT_FIRST_ROW } from "../../src/workbook/handout/handoutLayout";
import { cellValue, readClusterXlsx } from "../../src/xlsx/readClusterWorkbook";
import { readHandoutBytes } from "../../src/xlsx/readHandoutFile";
import { renderPlan } from "../../src/xlsx/renderPlan";
import { MERGE_LOG_SHEET } from "../../src/xlsx/writeSelfScores";
import { isSofficeAvailable, recalculateXlsx } from "../support/libreoffice";

const T = loadStandardTemplate("ccb-cum-3-thang-90");
const UNITS = ["Hòa Bình", "Hòa Hưng", "Tân Lâm", "Bàu Lâm"];
const skipLO = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable();

type Values = Record<string, number | string>;
/** Self scores per unit (valid for ccb-cum-3: manual ≤ max on 0.25 steps, II.3 pass/fail, V.2 a count). */
const SCORES: Record<string, Values> = {
  "Hòa Bình": { "I.1": 10, "I.2": 9.5, "II.1": 10, "II.2": 9.75, "II.3": "Đạt", "III.1": 8, "III.2": 7, "IV.1": 10, "IV.2": 10, "V.1": 5, "V.2": 0 },
  "Hòa Hưng": { "I.1": 9.5, "I.2": 9.5, "II.1": 9, "II.2": 10, "II.3": "Đạt", "III.1": 7.5, "III.2": 7, "IV.1": 10, "IV.2": 9.25, "V.1": 5, "V.2": 1 },
  "Tân Lâm": { "I.1": 9, "I.2": 9.25, "II.1": 9, "II.2": 9, "II.3": "Không đạt", "III.1": 8, "III.2": 6.5, "IV.1": 9.5, "IV.2": 10, "V.1": 4.5, "V.2": 0 },
  "Bàu Lâm": { "I.1": 9, "I.2": 9, "II.1": 9.5, "II.2": 9.5, "II.3": "Đạt", "III.1": 8, "III.2": 7, "IV.1": 9, "IV.2": 9, "V.1": 5, "V.2": 2 },
};
/** Cụm chấm already in the workbook: must never change. */
const CLUSTER: EntryInput[] = [
  { unit: "Hòa Hưng", criterion: "I.1", cluster: 9 },
  { unit: "Tân Lâm", criterion: "II.2", cluster: 8.5 },
];

let work: string;
let clusterFile: string;
const files: Record<string, string> = {};

async function run(cmd: typeof mergeCommand, ...argv: string[]) {
  const io = memoryIo({ cwd: work });
  const code = await cmd(argv, io);
  return { code, out: io.out(), err: io.err() };
}

/** Fills a handout with exceljs (as a unit would in Excel) and saves it under a new name. */
async function fill(src: string, dest: string, values: Values, edit?: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  const ws = wb.getWorksheet("Tự chấm")!;
  for (let r = HANDOUT_FIRST_ROW; r <= ws.rowCount; r++) {
    const code = String(ws.getCell(r, 1).value ?? "");
    if (code in values) {
      ws.getCell(r, 6).value = values[code]!;
      ws.getCell(r, 7).value = `Minh chứng ${code}`;
    }
  }
  edit?.(wb, ws);
  const out = join(work, "in", dest);
  await wb.xlsx.writeFile(out);
  return out;
}
const rowOf = (ws: ExcelJS.Worksheet, code: string) => {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === code) return r;
  throw new Error(code);
};
const setMeta = (key: string, value: string) => (wb: ExcelJS.Workbook) => {
  const m = wb.getWorksheet("_ThiDuaTuCham")!;
  for (let r = 1; r <= m.rowCount; r++) if (m.getCell(r, 1).value === key) m.getCell(r, 2).value = value;
};

/** Every cell of every sheet: value or formula (without cached results). */
async function snapshot(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, string>();
  wb.eachSheet((ws) => {
    out.set(`${ws.name}!state`, String(ws.state));
    out.set(`${ws.name}!validations`, JSON.stringify((ws as unknown as { dataValidations: { model: object } }).dataValidations.model));
    out.set(`${ws.name}!conditionalFormats`, JSON.stringify((ws as unknown as { conditionalFormattings: unknown }).conditionalFormattings));
    out.set(`${ws.name}!print`, JSON.stringify(ws.pageSetup));
    out.set(`${ws.name}!merges`, JSON.stringify((ws as unknown as { model: { merges: unknown } }).model.merges));
    out.set(`${ws.name}!protected`, String(Boolean((ws as unknown as { sheetProtection?: object }).sheetProtection)));
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const v = c.value as unknown;
        const shown = v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v) ? `=${c.formula}` : JSON.stringify(v);
        out.set(`${ws.name}!${c.address}`, shown);
        // What matters of the style (exceljs drops an explicit default font/fill on re-save: same look).
        const fill = c.fill && (c.fill as ExcelJS.FillPattern).pattern !== "none" ? c.fill : null;
        const look = { locked: c.protection?.locked ?? true, fill, bold: c.font?.bold ?? false, numFmt: c.numFmt ?? null, alignment: c.alignment ?? null };
        out.set(`${ws.name}!${c.address}#style`, JSON.stringify(look));
      }),
    );
  });
  for (const n of wb.definedNames.model) out.set(`name:${n.name}`, JSON.stringify(n.ranges));
  return out;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "thidua-handout-"));
  mkdirSync(join(work, "in"));
  const plan = fillEntries(buildPlan(T, { name: "Cụm thi đua số 3", period: "2025", units: UNITS }), T, UNITS, CLUSTER).plan;
  clusterFile = join(work, "cum.xlsx");
  writeFileSync(clusterFile, await renderPlan(plan));
  const r = await run(handoutCommand, "cum.xlsx", "--out-dir", "phat");
  expect(r).toMatchObject({ code: 0, err: "" });
  const handouts = readdirSync(join(work, "phat")).sort();
  expect(handouts).toEqual(["Tự chấm - 01 - Hòa Bình.xlsx", "Tự chấm - 02 - Hòa Hưng.xlsx", "Tự chấm - 03 - Tân Lâm.xlsx", "Tự chấm - 04 - Bàu Lâm.xlsx"]);
  const src = (i: number) => join(work, "phat", handouts[i]!);

  // Good files. Hòa Bình's meta spells the unit with the old tone placement: it must still match.
  files.hoaBinh = await fill(src(0), "hoa-binh.xlsx", SCORES["Hòa Bình"]!, setMeta("unitName", "Hoà Bình"));
  // Hòa Hưng's file has rows I.1 and I.2 swapped by hand (values with them): matched by code anyway.
  files.hoaHung = await fill(src(1), "hoa-hung.xlsx", SCORES["Hòa Hưng"]!, (_wb, ws) => {
    const [a, b] = [rowOf(ws, "I.1"), rowOf(ws, "I.2")];
    for (let c = 1; c <= 8; c++) {
      const v = ws.getCell(a, c).value;
      ws.getCell(a, c).value = ws.getCell(b, c).value;
      ws.getCell(b, c).value = v;
    }
  });
  files.tanLam = await fill(src(2), "tan-lam.xlsx", SCORES["Tân Lâm"]!);
  const bauLam = await fill(src(3), "bau-lam-excel.xlsx", SCORES["Bàu Lâm"]!);
  // Bàu Lâm's file comes back re-saved by LibreOffice.
  if (skipLO) files.bauLam = bauLam;
  else {
    const lo = await recalculateXlsx([bauLam], { outDir: join(work, "lo") });
    files.bauLam = join(work, "in", "bau-lam.xlsx");
    copyFileSync(lo.get(bauLam)!, files.bauLam);
  }

  // Bad files.
  files.duplicate = await fill(src(2), "tan-lam-ban-2.xlsx", { ...SCORES["Tân Lâm"]!, "I.1": 10 });
  files.version = await fill(src(0), "phien-ban-cu.xlsx", SCORES["Hòa Bình"]!, setMeta("templateVersion", "0.9"));
  files.renamed = await fill(src(1), "doi-ten.xlsx", SCORES["Hòa Hưng"]!, (_wb, ws) => (ws.getCell(rowOf(ws, "III.1"), 2).value = "Tiêu chí đã sửa"));
  files.unknown = await fill(src(1), "don-vi-la.xlsx", SCORES["Hòa Hưng"]!, setMeta("unitName", "Phú Lâm"));
  files.overMax = await fill(src(1), "qua-diem.xlsx", { ...SCORES["Hòa Hưng"]!, "I.2": 12 });
  files.textNumber = await fill(src(1), "so-dang-chu.xlsx", { ...SCORES["Hòa Hưng"]!, "III.1": "8,5" });
  files.noMeta = await fill(src(1), "mat-trang-an.xlsx", SCORES["Hòa Hưng"]!, (wb) => wb.removeWorksheet(wb.getWorksheet("_ThiDuaTuCham")!.id));
  files.xls = join(work, "in", "luu-nham.xls");
  writeFileSync(files.xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000, 7)]));
  files.csv = join(work, "in", "diem.csv");
  writeFileSync(files.csv, "Mã,Tự chấm\nI.1,8\n");
  files.random = join(work, "in", "rac.xlsx");
  writeFileSync(files.random, Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 151 + 7) % 256)));
  files.truncated = join(work, "in", "tai-do.xlsx");
  const whole = readFileSync(files.hoaHung);
  writeFileSync(files.truncated, whole.subarray(0, Math.floor(whole.length / 2)));
  files.empty = join(work, "in", "rong.xlsx");
  writeFileSync(files.empty, "");
}, 180_000);

afterAll(() => work && rmSync(work, { recursive: true, force: true }));

const BAD = ["duplicate", "version", "renamed", "unknown", "overMax", "textNumber", "noMeta", "xls", "csv", "random", "truncated", "empty"];
const EXPECTED_REASON: Record<string, string> = {
  duplicate: "handout.merge.duplicateUnit",
  version: "handout.merge.wrongVersion",
  renamed: "handout.merge.criterionRenamed",
  unknown: "handout.merge.unknownUnit",
  overMax: "entry.aboveMax",
  textNumber: "entry.textNumber",
  noMeta: "handout.read.noMeta",
  xls: "files.read.wb.xls",
  csv: "files.read.wb.text",
  random: "files.read.wb.binary",
  truncated: "files.read.wb.damaged",
  empty: "files.read.wb.empty",
};

describe("handout → fill → merge round trip", () => {
  it("reads every bad file into a clear reason, never a crash", async () => {
    for (const k of BAD) {
      if (k === "duplicate") continue;
      const h = await readHandoutBytes(k, readFileSync(files[k]!));
      if ("unreadable" in h) expect(h.unreadable.id).toBe(EXPECTED_REASON[k]);
      else expect(["version", "renamed", "unknown", "overMax", "textNumber"]).toContain(k);
    }
  });

  it("previews (--dry-run) the good files, names every problem of the bad ones, and writes nothing", async () => {
    const before = readFileSync(clusterFile);
    const all = [files.hoaBinh!, files.hoaHung!, files.tanLam!, files.bauLam!, ...BAD.map((k) => files[k]!)];
    const r = await run(mergeCommand, "cum.xlsx", ...all, "--dry-run", "--lang", "en");
    expect(r.code).toBe(1);
    expect(readFileSync(clusterFile).equals(before)).toBe(true);
    // Each bad file is skipped with its finding, naming the file (and the cell where one is known).
    for (const k of BAD) expect(r.out).toMatch(new RegExp(`${files[k]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: SKIPPED`));
    expect(r.out).toContain("so-dang-chu.xlsx · sheet Tự chấm, cell F14 · unit Hòa Hưng · criterion III.1"); // "8,5" stored as text
    // III.1's maximum is 8: converting "8,5" would make a new error, so no conversion is offered (issue 12, right fixes).
    expect(r.out).toContain("as a number it would not be valid either: 8.5 is above the maximum 8");
    expect(r.out).not.toContain("Convert to the number 8.5");
    expect(r.out).toContain("hoa-hung.xlsx · sheet Tự chấm, cell A7 · unit Hòa Hưng · criterion I.2: Criterion I.2 is on row 7 instead of row 8");
  });

  it("writes nothing without --force while a file is skipped", async () => {
    const before = readFileSync(clusterFile);
    const r = await run(mergeCommand, "cum.xlsx", files.hoaBinh!, files.xls!);
    expect(r.code).toBe(1);
    expect(r.out).toContain("chưa ghi gì vào cum.xlsx");
    expect(readFileSync(clusterFile).equals(before)).toBe(true);
    expect(readdirSync(work).filter((f) => f.includes("truoc-gop"))).toEqual([]);
  });

  it("with --force merges exactly the clean files into Tự chấm, keeps everything else, and ranks like the domain", async () => {
    const before = await snapshot(clusterFile);
    const all = [files.hoaBinh!, files.hoaHung!, files.tanLam!, files.bauLam!, ...BAD.map((k) => files[k]!)];
    const r = await run(mergeCommand, "cum.xlsx", ...all, "--force", "--lang", "en");
    expect(r.err).toBe("");
    expect(r.code).toBe(1); // files were skipped
    expect(r.out).toMatch(/Wrote 33 Tự chấm cells to cum\.xlsx \(verified\)/);
    const backups = readdirSync(work).filter((f) => /^cum\.truoc-gop-\d{8}T\d{6}Z\.xlsx$/.test(f));
    expect(backups).toHaveLength(1);
    // The backup is the workbook as it was.
    expect(await snapshot(join(work, backups[0]!))).toEqual(before);

    // Tân Lâm had two clean files: neither is merged. The others: every self cell as typed, cluster cells kept.
    const merged = ["Hòa Bình", "Hòa Hưng", "Bàu Lâm"];
    const expected: EntryInput[] = [];
    for (const leaf of T.leaves) {
      for (const u of UNITS) {
        const self = merged.includes(u) ? SCORES[u]![leaf.code] : undefined;
        const cluster = CLUSTER.find((e) => e.unit === u && e.criterion === leaf.code)?.cluster;
        if (self === undefined && cluster === undefined) continue;
        expected.push({ unit: u, criterion: leaf.code, ...(self !== undefined ? { self } : {}), ...(cluster !== undefined ? { cluster } : {}) });
      }
    }
    const { read, workbook } = await readClusterXlsx(readFileSync(clusterFile));
    if (!read.ok) throw new Error(read.error.id);
    expect(read.value.entries.map(({ unit, criterion, self, cluster }) => ({ unit, criterion, ...(self !== undefined ? { self } : {}), ...(cluster !== undefined ? { cluster } : {}) })))
      .toEqual(expected);

    // Every other cell of every sheet is as before: only the 33 self cells differ (+ the new log sheet).
    const after = await snapshot(clusterFile);
    const changed = [...after.keys()].filter((k) => after.get(k) !== before.get(k) && !k.startsWith(`${MERGE_LOG_SHEET}!`));
    const layout = read.value.layout;
    const selfCols = new Set(UNITS.map((_, u) => layout.selfEntryCol(u)));
    expect(changed).toHaveLength(33);
    for (const k of changed) {
      const cell = workbook.getWorksheet("Chấm điểm")!.getCell(k.replace(/^.*!/, "").replace(/#style$/, ""));
      expect(k.startsWith("Chấm điểm!")).toBe(true);
      expect(selfCols.has(Number(cell.col))).toBe(true);
    }
    expect([...before.keys()].filter((k) => !after.has(k))).toEqual([]);
    expect(workbook.getWorksheet(MERGE_LOG_SHEET)!.state).toBe("hidden");

    // Validate and rank: the same as the domain on the expected entries.
    const units = UNITS.map((name) => ({ name }));
    const got = evaluateCluster(T, units, read.value.entries);
    const want = evaluateCluster(T, units, expected);
    expect(got.units.map((u) => [u.name, u.self.total, u.final.total, u.rank, u.band])).toEqual(want.units.map((u) => [u.name, u.self.total, u.final.total, u.rank, u.band]));
    // Hòa Bình by hand: I 10+9,5; II 10+9,75+5 (Đạt); III 8+7; IV 10+10; V 5+(5−0×0,25) → 89,25.
    expect(got.units.find((u) => u.name === "Hòa Bình")!.self.total).toBe(89.25);
    expect(got.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("skips files already merged with the same values, then merges Tân Lâm's one right file", async () => {
    const again = await run(mergeCommand, "cum.xlsx", files.hoaBinh!, files.hoaHung!, files.bauLam!, "--lang", "en");
    expect(again.code).toBe(0);
    expect(again.out.match(/merged before, skipped/g)).toHaveLength(3);
    expect(readdirSync(work).filter((f) => f.includes("truoc-gop"))).toHaveLength(1);

    const tan = await run(mergeCommand, "cum.xlsx", files.tanLam!, "--lang", "en");
    expect(tan.code).toBe(0);
    expect(tan.out).toMatch(/Wrote 11 Tự chấm cells/);
    // A second backup, never overwriting the first (even within the same second).
    expect(readdirSync(work).filter((f) => f.includes("truoc-gop"))).toHaveLength(2);
    const { read } = await readClusterXlsx(readFileSync(clusterFile));
    if (!read.ok) throw new Error(read.error.id);
    const tl = read.value.entries.filter((e) => e.unit === "Tân Lâm");
    expect(Object.fromEntries(tl.map((e) => [e.criterion, e.self]))).toEqual(SCORES["Tân Lâm"]);
    expect(tl.find((e) => e.criterion === "II.2")!.cluster).toBe(8.5);
  });

  (skipLO ? it.skip : it)("keeps the provisional self total right after LibreOffice recalculates the unit's file", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(files.bauLam!);
    const ws = wb.getWorksheet("Tự chấm")!;
    let total: unknown;
    ws.eachRow((row, r) => {
      if (String(cellValue(row.getCell(2)) ?? "").startsWith("Tổng điểm tự chấm")) total = cellValue(ws.getCell(r, 8));
    });
    const entries = Object.entries(SCORES["Bàu Lâm"]!).map(([criterion, self]) => ({ unit: "Bàu Lâm", criterion, self }));
    expect(total).toBe(evaluateCluster(T, [{ name: "Bàu Lâm" }], entries).units[0]!.self.total);
  });
});

