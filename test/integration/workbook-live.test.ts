/**
 * The demo workbook is live: `thidua demo` writes it, LibreOffice recalculates it and its Xếp hạng
 * sheet equals evaluateCluster on the demo data; then one input score is edited in the recalculated
 * file (exceljs), LibreOffice recalculates again, and the ranks, bands and award proposals move exactly
 * as the domain predicts for the edited entries.
 *
 * The edit: Yên Bái's cluster score on I.1 goes from (self) 19 to 20. Before: Tuyên Quang 2nd (92, I 56),
 * Vĩnh Phúc and Yên Bái share 3rd (92, I 55, deductions 2, bonus 1) and go to a vote for the last Bằng
 * khen. After: Yên Bái 93 is 2nd, Tuyên Quang 3rd, Vĩnh Phúc 4th; Bằng khen goes to Yên Bái and Tuyên
 * Quang, no vote.
 *
 * Needs soffice; THIDUA_SKIP_LIBREOFFICE=1 skips on a machine without it (see docs/libreoffice-recalc.md).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoCommand, DEMO } from "../../src/cli/commands/demo";
import { memoryIo } from "../../src/cli/memoryIo";
import { evaluateCluster } from "../../src/domain/cluster";
import type { EntryInput } from "../../src/domain/scoring/input";
import { loadStandardTemplate } from "../../src/templates";
import { ELIGIBLE_NO, eligibilityLabel, SHEET, UNCLASSIFIED, unitAwardLabel, workbookLayout } from "../../src/workbook/buildPlan";
import { addr } from "../../src/workbook/plan";
import { readValues, recalculateXlsx, type WorkbookValues } from "../support/libreoffice";
import { describeLO } from "../support/libreoffice/describeLO";

jest.setTimeout(300_000);


const template = loadStandardTemplate(DEMO.templateId);
const L = workbookLayout(template, DEMO.units.length);
const C = L.rankingCols;

/** What the domain says each row of Xếp hạng shows. */
function expected(entries: readonly EntryInput[]) {
  const res = evaluateCluster(template, DEMO.units.map((name) => ({ name })), entries);
  return res.units.map((u) => ({
    unit: u.name,
    total: u.final.total,
    rank: u.rank,
    band: u.band ?? UNCLASSIFIED,
    eligible: eligibilityLabel(u),
    award: unitAwardLabel(u),
  }));
}

function actual(v: WorkbookValues) {
  return DEMO.units.map((_, u) => {
    const r = L.rankingRow(u);
    const at = (col: number) => v.cell(SHEET.ranking, addr(col, r));
    return { unit: at(C.unit), total: at(C.total), rank: at(C.rank), band: at(C.band), eligible: at(C.eligible), award: at(C.award) };
  });
}

const YB = DEMO.units.indexOf("Yên Bái");
const I1 = L.nodes.findIndex((n) => n.code === "I.1");
const EDITED_CELL = addr(L.clusterEntryCol(YB), L.nodeRow(I1));
const editedEntries: EntryInput[] = [
  ...DEMO.entries.filter((e) => !(e.unit === "Yên Bái" && e.criterion === "I.1")),
  { unit: "Yên Bái", criterion: "I.1", self: 19, cluster: 20 },
];

describeLO("the demo workbook is live (LibreOffice recalculation)", () => {
  let work: string;
  let before: WorkbookValues;
  let stale: WorkbookValues;
  let after: WorkbookValues;
  let tables = -1;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "thidua-live-"));
    const demoFile = join(work, "demo.xlsx");
    const io = memoryIo({ cwd: work });
    const code = await demoCommand(["--out", demoFile], io);
    if (code !== 0) throw new Error(`demo failed (${code}): ${io.err()}`);

    const first = await recalculateXlsx([demoFile], { outDir: join(work, "lo1") });
    const recalculated = first.get(demoFile)!;
    before = await readValues(recalculated);

    // Edit one input cell of the LibreOffice-saved file with exceljs (no tables, so exceljs can re-save it).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(recalculated);
    tables = wb.worksheets.reduce((n, ws) => n + ws.getTables().length, 0);
    const ws = wb.getWorksheet(SHEET.entry)!;
    ws.getCell(EDITED_CELL).value = 20;
    const editedFile = join(work, "demo-edited.xlsx");
    await wb.xlsx.writeFile(editedFile);
    stale = await readValues(editedFile);

    const second = await recalculateXlsx([editedFile], { outDir: join(work, "lo2") });
    after = await readValues(second.get(editedFile)!);
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("the demo as written: Xếp hạng equals evaluateCluster, no error cell", () => {
    expect(before.errors()).toEqual([]);
    expect(actual(before)).toEqual(expected(DEMO.entries));
    expect(actual(before).map((r) => [r.unit, r.rank, r.award])).toEqual([
      ["Hà Giang", 1, "Cờ thi đua"],
      ["Tuyên Quang", 2, "Bằng khen"],
      ["Vĩnh Phúc", 3, "Bằng khen – Bình xét (còn 1 suất)"],
      ["Yên Bái", 3, "Bằng khen – Bình xét (còn 1 suất)"],
      ["Phú Thọ", 5, ""],
    ]);
    expect(actual(before)[4]!.eligible).toBe(ELIGIBLE_NO);
  });

  it("the recalculated workbook has no tables, so exceljs can edit and re-save it", () => {
    expect(tables).toBe(0);
    expect(stale.cell(SHEET.entry, EDITED_CELL)).toBe(20);
    // Until recalculated, the cached ranks are the old ones.
    expect(actual(stale).map((r) => r.rank)).toEqual([1, 2, 3, 3, 5]);
  });

  it("after editing Yên Bái's I.1 (cluster 20) and recalculating, the ranks move as the domain predicts", () => {
    const want = expected(editedEntries);
    // The domain's own prediction, spelt out: Yên Bái up to 2nd, Tuyên Quang and Vĩnh Phúc down one.
    expect(want.map((r) => [r.unit, r.total, r.rank, r.award])).toEqual([
      ["Hà Giang", 96.5, 1, "Cờ thi đua"],
      ["Tuyên Quang", 92, 3, "Bằng khen"],
      ["Vĩnh Phúc", 92, 4, ""],
      ["Yên Bái", 93, 2, "Bằng khen"],
      ["Phú Thọ", 80, 5, ""],
    ]);
    expect(after.errors()).toEqual([]);
    expect(actual(after)).toEqual(want);
    expect(after.cell(SHEET.entry, EDITED_CELL)).toBe(20);
  });
});
