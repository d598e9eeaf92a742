/**
 * The browser preview host's formula engine (src/preview/engine) against LibreOffice, on whole workbooks:
 * the same plans (several standard templates, seeded score sets with text numbers, N/A tokens, values over
 * the maximum, ties and failed gates) are (1) rendered with exceljs and recalculated by LibreOffice in ONE
 * batch, and (2) written into the in-memory Excel fake with applyPlan and recalculated by the engine
 * (through the fake's afterSync hook, as the preview does). Every formula cell of every visible sheet must
 * hold the same value: numbers within 1e-9, text exactly, booleans, "" for an empty-string result.
 *
 * Also: every function name in the formulas of plans built from all standard templates (cells, conditional
 * formats, custom validation) is one the engine evaluates and has Excel reference cases for.
 *
 * Needs soffice; THIDUA_SKIP_LIBREOFFICE=1 skips the LibreOffice part on a machine without it (docs/libreoffice-recalc.md).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EntryInput } from "../../src/domain/scoring/input";
import type { Template } from "../../src/domain/template/model";
import { applyPlan } from "../../src/excel/applyPlan";
import { EXCEL_CASES } from "../../src/preview/engine/excelCases";
import { isError, WorkbookEngine } from "../../src/preview/engine";
import { parseTypedInput } from "../../src/preview/grid/typedInput";
import { loadStandardTemplate, standardTemplateIds } from "../../src/templates";
import { buildPlan, SHEET, workbookLayout } from "../../src/workbook/buildPlan";
import { fillEntries } from "../../src/workbook/fillEntries";
import { addr, type WorkbookPlan } from "../../src/workbook/plan";
import { renderPlanToFile } from "../../src/xlsx/renderPlan";
import { FakeExcel } from "../../src/excel/fake";
import { isCellError, readValues, recalculateXlsx, type CellValue, type WorkbookValues } from "../support/libreoffice";
import { describeLO } from "../support/libreoffice/describeLO";
import { seededRandom } from "../support/largeCluster";

jest.setTimeout(600_000);

const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái", "Phú Thọ"];

type Raw = EntryInput["self"];

/** One entry for a leaf: mostly valid for its method, sometimes unusable (text numbers, N/A, over max, negative). */
function entryFor(leaf: Template["leaves"][number], r: () => number): Raw {
  const m = leaf.method ?? { type: "manual" as const };
  const x = r();
  if (x < 0.12) return undefined;
  if (x < 0.2) return (["120", "8,5", "18", "N/A", "KAD", "Không áp dụng", " đạt ", "abc", -1, leaf.max + 1.5, "Không đạt", 2.5] as const)[Math.floor(r() * 12)];
  switch (m.type) {
    case "passFail":
      return (["Đạt", "Không đạt", leaf.max, 0, "đạt"] as const)[Math.floor(r() * 5)];
    case "levels":
      return m.levels[Math.floor(r() * m.levels.length)]!.points;
    case "perCount":
      return Math.floor(r() * 6);
    case "ratio":
    case "relativeToBest":
      return Math.round(r() * 1500) / 10;
    default:
      return Math.round(r() * leaf.max * 4) / 4;
  }
}

interface Case {
  readonly name: string;
  readonly template: Template;
  readonly units: readonly string[];
  readonly entries: readonly EntryInput[];
  /** Entries typed into the fake's cells one by one (like a user), instead of written by applyPlan. */
  readonly typed?: boolean;
  file?: string;
}

function seededCase(id: string, seed: number, opts: { tie?: boolean; gateFail?: boolean; typed?: boolean } = {}): Case {
  const template = loadStandardTemplate(id);
  const r = seededRandom(seed);
  const rows = UNITS.map(() => template.leaves.map((l) => [entryFor(l, r), r() < 0.25 ? entryFor(l, r) : undefined] as const));
  if (opts.tie) rows[3] = rows[1]!; // two units with the same scores: a tie
  const entries: EntryInput[] = [];
  rows.forEach((row, u) =>
    row.forEach(([self, cluster], li) => {
      const leaf = template.leaves[li]!;
      let s: Raw = self;
      if (opts.gateFail && leaf.kind === "gate" && u === 0) s = "Không đạt";
      if (opts.gateFail && leaf.kind === "gate" && u === 2) s = 0;
      if (s !== undefined || cluster !== undefined) entries.push({ unit: UNITS[u]!, criterion: leaf.code, self: s, cluster });
    }),
  );
  return { name: `${id} #${seed}${opts.tie ? ", a tie" : ""}${opts.gateFail ? ", failed gates" : ""}${opts.typed ? ", typed" : ""}`, template, units: UNITS, entries, ...(opts.typed ? { typed: true } : {}) };
}

const CASES: Case[] = [
  ...standardTemplateIds.map((id, k) => seededCase(id, 101 + k, { tie: true, gateFail: true })),
  ...standardTemplateIds.map((id, k) => seededCase(id, 201 + k)),
  seededCase("blank-100", 301, { typed: true, tie: true }),
];

const planOf = (c: Case): WorkbookPlan => buildPlan(c.template, { name: "Cụm thi đua Cựu chiến binh", period: "2025", units: c.units });

function filled(c: Case): WorkbookPlan {
  const { plan, unmatched } = fillEntries(planOf(c), c.template, c.units, c.entries);
  if (unmatched.length) throw new Error(`${c.name}: unmatched ${JSON.stringify(unmatched)}`);
  return plan;
}

/** The typed version of an entry: what a user would type for it in en-US Excel. */
function typedText(v: Raw): string {
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v ?? "";
}

/** The plan in the fake, recalculated by the engine after every sync (and after typing). */
async function inFake(c: Case): Promise<FakeExcel> {
  const fake = new FakeExcel();
  const engine = new WorkbookEngine(fake.state);
  fake.afterSync = () => void engine.recalculate();
  fake.state.addSheet("Sheet1");
  const plan = c.typed ? planOf(c) : filled(c);
  const res = await applyPlan(fake.run, plan, { isSetSupported: fake.isSetSupported });
  if (res.status !== "applied") throw new Error(`${c.name}: applyPlan ${res.status}`);
  if (c.typed) {
    // Type each entry through the preview grid's en-US input rules ("8,5" stays text, "120" a number).
    const L = workbookLayout(c.template, c.units.length);
    const rowOf = new Map(L.nodes.map((n, i) => [n.code, L.nodeRow(i)]));
    const sheet = fake.state.sheet(SHEET.entry)!;
    for (const e of c.entries) {
      const u = c.units.indexOf(e.unit);
      const row = rowOf.get(e.criterion)!;
      for (const [col, v] of [[L.selfEntryCol(u), e.self], [L.clusterEntryCol(u), e.cluster]] as const) {
        if (v === undefined) continue;
        const input = parseTypedInput(typedText(v));
        if (input.kind === "formula") throw new Error("entries are never formulas");
        if (input.kind === "empty") continue;
        sheet.type(addr(col, row), input.value);
      }
      engine.recalculate();
    }
  }
  return fake;
}

/** Every formula cell of every visible sheet whose engine value differs from LibreOffice's. */
function mismatches(c: Case, v: WorkbookValues, fake: FakeExcel): string[] {
  const out: string[] = [];
  let compared = 0;
  for (const sp of planOf(c).sheets) {
    if (sp.hidden) continue;
    const sheet = fake.state.sheet(sp.name)!;
    for (const [a, cell] of sp.cells) {
      if (!("formula" in cell)) continue;
      compared++;
      const lo: CellValue | undefined = v.cell(sp.name, a);
      const got = sheet.valueAt(a);
      const want = lo === undefined ? "" : isCellError(lo) ? lo.code : lo;
      const same = typeof want === "number" && typeof got === "number" ? Math.abs(want - got) <= 1e-9 : want === got;
      if (!same) out.push(`${sp.name}!${a} = ${cell.formula}\n   engine ${JSON.stringify(got)}, LibreOffice ${JSON.stringify(want)}`);
    }
  }
  if (compared < 50) out.push(`only ${compared} formula cells compared`);
  return out;
}

describe("every function the workbook plans use is evaluated by the preview engine", () => {
  const used = new Set<string>();
  const scan = (f: string) => {
    for (const m of f.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]!);
  };
  for (const id of standardTemplateIds) {
    const t = loadStandardTemplate(id);
    for (const sp of buildPlan(t, { name: "C", period: "2025", units: UNITS }).sheets) {
      for (const cell of sp.cells.values()) if ("formula" in cell) scan(cell.formula);
      for (const cf of sp.conditionalFormats) scan(cf.formula);
      for (const dv of sp.dataValidations) if (dv.rule.type === "custom") scan(dv.rule.formula);
    }
  }
  const covered = new Set<string>();
  for (const [f] of EXCEL_CASES) for (const m of f.matchAll(/([A-Z][A-Z0-9.]*)\(/g)) covered.add(m[1]!);

  it("finds the functions (the scan works)", () => {
    expect(used.size).toBeGreaterThanOrEqual(10);
    expect(used).toContain("SMALL");
  });
  it.each([...used].sort().map((f) => [f]))("%s has Excel reference cases and evaluates without #NAME?", (name) => {
    expect(covered).toContain(name);
    const fake = new FakeExcel();
    const s = fake.state.addSheet("S");
    s.type("A1", 1);
    const engine = new WorkbookEngine(fake.state);
    const sample = EXCEL_CASES.find(([f]) => f.includes(`${name}(`))![0];
    engine.recalculate();
    const v = engine.evaluate("S", 1, 2, sample);
    expect(isError(v) ? v.error : v).not.toBe("#NAME?");
  });
});

describeLO("preview engine values equal LibreOffice's on whole workbooks", () => {
  let work: string;
  const values = new Map<Case, WorkbookValues>();

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "thidua-preview-"));
    for (const [i, c] of CASES.entries()) {
      c.file = join(work, `case-${i}.xlsx`);
      await renderPlanToFile(filled(c), c.file);
    }
    const out = await recalculateXlsx(CASES.map((c) => c.file!), { outDir: join(work, "out") });
    for (const c of CASES) values.set(c, await readValues(out.get(c.file!)!));
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_n, c) => {
    const fake = await inFake(c);
    expect(mismatches(c, values.get(c)!, fake)).toEqual([]);
  });

  it("the score sets exercise what they claim: unusable entries, N/A, over-max and text numbers are present", () => {
    const all = CASES.flatMap((c) => c.entries.flatMap((e) => [e.self, e.cluster]));
    for (const token of ["8,5", "120", "N/A"]) expect(all).toContain(token);
    expect(all.some((x) => typeof x === "number" && x < 0)).toBe(true);
  });
});
