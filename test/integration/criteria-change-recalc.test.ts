/**
 * Issue 13's "done when" for changing the criteria mid-year: a filled workbook (every unit scored on every
 * criterion) is rebuilt by `thidua template apply` with criteria added (I.4), removed (C.2), renamed (II.1 → II.3,
 * by --rename) and re-scaled (I.3: 20 → 15). Both workbooks are recalculated by LibreOffice in one batch: the points
 * of every untouched criterion and the totals of untouched groups are unchanged, every score is kept (in the new
 * Chấm điểm or on the orphan sheet), and the new totals are the domain's for the carried scores.
 * Needs soffice (THIDUA_SKIP_LIBREOFFICE=1 skips without it).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateCluster, type EntryInput, type RawValue } from "../../src/domain";
import type { Criterion, Template } from "../../src/domain/template/model";
import { parseTemplateText } from "../../src/domain/template/parse";
import { runCli } from "../../src/cli/cli";
import { memoryIo } from "../../src/cli/memoryIo";
import { loadStandardTemplate } from "../../src/templates";
import { buildPlan, SHEET, workbookLayout } from "../../src/workbook/buildPlan";
import { fillEntries } from "../../src/workbook/fillEntries";
import { ORPHAN_SHEET_BASE } from "../../src/workbook/change/orphanSheet";
import { addr } from "../../src/workbook/plan";
import { renderPlanToFile } from "../../src/xlsx/renderPlan";
import { isSofficeAvailable, readValues, recalculateXlsx, type WorkbookValues } from "../support/libreoffice";

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable();
const describeLO = skip ? describe.skip : describe;
jest.setTimeout(300_000);

const FIXTURE = join(__dirname, "../fixtures/criteria-change/blank-100-changed.json");
const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái"];
const OLD = loadStandardTemplate("blank-100");
const NEW = ((): Template => {
  const r = parseTemplateText(readFileSync(FIXTURE, "utf8"));
  if (!r.ok) throw new Error("fixture does not parse");
  return r.template;
})();
/** Untouched criteria (same scoring), old code → new code. */
const UNTOUCHED: [string, string][] = [["I.1", "I.1"], ["I.2", "I.2"], ["II.1", "II.3"], ["II.2", "II.2"], ["III.1", "III.1"], ["III.2", "III.2"], ["C.1", "C.1"], ["T.1", "T.1"], ["T.2", "T.2"], ["DK.1", "DK.1"]];

/** A valid score of unit u for a leaf, different per unit. */
function scoreOf(c: Criterion, u: number): RawValue {
  const m = c.method ?? { type: "manual" as const };
  if (m.type === "passFail" || c.kind === "gate") return u === 2 ? "Không đạt" : "Đạt";
  if (m.type === "levels") return m.levels[u % m.levels.length]!.points;
  if (m.type === "perCount") return u % 3;
  if (c.code === "I.3" && u === 0) return 18; // over the new maximum of 15: kept and flagged
  return Math.max(0, c.max - 1.25 * (u + 1));
}

function filledEntries(): EntryInput[] {
  return UNITS.flatMap((unit, u) => OLD.leaves.map((c) => ({ unit, criterion: c.code, self: scoreOf(c, u), cluster: scoreOf(c, (u + 1) % UNITS.length) })));
}

/** Final and self points of a criterion for every unit, on the Điểm sheet. */
function points(v: WorkbookValues, t: Template, code: string): number[][] {
  const L = workbookLayout(t, UNITS.length);
  const row = L.nodeRow(L.nodes.findIndex((n) => n.code === code));
  return UNITS.map((_, u) => [v.number(SHEET.points, addr(L.selfPointsCol(u), row)), v.number(SHEET.points, addr(L.finalPointsCol(u), row))]);
}

describeLO("changing the criteria mid-year keeps every score (LibreOffice-recalculated)", () => {
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("untouched criteria and groups keep their points; every score is in the new sheet or on the orphan sheet", async () => {
    dir = mkdtempSync(join(tmpdir(), "thidua-criteria-change-"));
    const entries = filledEntries();
    const filled = fillEntries(buildPlan(OLD, { name: "Cụm thi đua số 3", period: "2025", units: UNITS }), OLD, UNITS, entries);
    expect(filled.unmatched).toEqual([]);
    await renderPlanToFile(filled.plan, join(dir, "so.xlsx"));
    copyFileSync(FIXTURE, join(dir, "mau-moi.json"));
    const io = memoryIo({ cwd: dir });
    const code = await runCli(["template", "apply", "so.xlsx", "--template", "mau-moi.json", "--out", "so-moi.xlsx", "--rename", "II.1=II.3"], io);
    expect({ code, err: io.err() }).toEqual({ code: 1, err: "" }); // 1: the 18 on I.3 is flagged

    const saved = await recalculateXlsx([join(dir, "so.xlsx"), join(dir, "so-moi.xlsx")], { outDir: join(dir, "lo") });
    const before = await readValues(saved.get(join(dir, "so.xlsx"))!);
    const after = await readValues(saved.get(join(dir, "so-moi.xlsx"))!);
    expect(after.errors()).toEqual([]);

    for (const [from, to] of UNTOUCHED) expect({ to, points: points(after, NEW, to) }).toEqual({ to, points: points(before, OLD, from) });
    for (const group of ["II", "III", "T"]) expect({ group, points: points(after, NEW, group) }).toEqual({ group, points: points(before, OLD, group) });

    // Every score: in the new Chấm điểm (same value) or on the orphan sheet (the removed C.2, one row per unit).
    const Lnew = workbookLayout(NEW, UNITS.length);
    const renamed = new Map(UNTOUCHED);
    for (const e of entries) {
      const code = renamed.get(e.criterion) ?? e.criterion;
      const i = Lnew.nodes.findIndex((n) => n.code === code);
      const u = UNITS.indexOf(e.unit);
      if (i < 0) continue;
      expect([e.unit, code, after.cell(SHEET.entry, addr(Lnew.selfEntryCol(u), Lnew.nodeRow(i))), after.cell(SHEET.entry, addr(Lnew.clusterEntryCol(u), Lnew.nodeRow(i)))]).toEqual([e.unit, code, e.self, e.cluster]);
    }
    const orphans = entries.filter((e) => e.criterion === "C.2");
    orphans.forEach((e, k) => expect(["A", "B", "E", "F"].map((c) => after.cell(ORPHAN_SHEET_BASE, `${c}${3 + k}`))).toEqual([e.unit, "C.2", e.self, e.cluster]));

    // The new totals are the domain's for the carried scores (the 18 counts as the maximum 15, and is flagged).
    const carried = entries.filter((e) => e.criterion !== "C.2").map((e) => ({ ...e, criterion: renamed.get(e.criterion) ?? e.criterion }));
    const domain = evaluateCluster(NEW, UNITS.map((name) => ({ name })), carried);
    expect(domain.findings.some((f) => f.unit === "Hà Giang" && f.criterion === "I.3")).toBe(true);
    const totalRow = Lnew.rows.total;
    expect(UNITS.map((_, u) => after.number(SHEET.points, addr(Lnew.finalPointsCol(u), totalRow)))).toEqual(domain.units.map((x) => x.final.total));
  });
});
