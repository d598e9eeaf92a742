/**
 * Issue 13's "done when" for sharing a template: for every standard template, `thidua template to-sheet` writes the
 * design workbook, LibreOffice opens, recalculates and saves it again (as a cluster's Excel would), and
 * `thidua template from-sheet` reads the saved file back into a template that ranks the same random score sets
 * exactly as the original: same totals, ranks, bands, eligibility and award proposals (and the same file).
 * Needs soffice (THIDUA_SKIP_LIBREOFFICE=1 skips without it).
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateCluster, FAIL_TOKEN, PASS_TOKEN, type EntryInput, type RawValue } from "../../src/domain";
import type { Criterion, Template } from "../../src/domain/template/model";
import { parseTemplate } from "../../src/domain/template/parse";
import { runCli } from "../../src/cli/cli";
import { memoryIo } from "../../src/cli/memoryIo";
import { loadStandardTemplate, standardTemplates } from "../../src/templates";
import { isSofficeAvailable, recalculateXlsx } from "../support/libreoffice";

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable();
const describeLO = skip ? describe.skip : describe;
jest.setTimeout(300_000);

const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái", "Phú Thọ", "Lào Cai"];

/** A valid entry for a leaf (coarse, so that totals tie and the tie-break chain matters). */
function entryArb(c: Criterion): fc.Arbitrary<RawValue> {
  const m = c.method ?? { type: "manual" as const };
  const na = c.naAllowed ? [fc.constant<RawValue>("N/A")] : [];
  switch (m.type) {
    case "passFail":
      return fc.oneof(fc.constantFrom<RawValue>(PASS_TOKEN, FAIL_TOKEN), ...na);
    case "levels":
      return fc.oneof(fc.constantFrom<RawValue>(...m.levels.map((l) => l.points)), ...na);
    case "perCount":
      return fc.oneof(fc.integer({ min: 0, max: 4 }), ...na);
    case "ratio":
    case "relativeToBest":
      return fc.oneof(fc.constantFrom<RawValue>(80, 100, 120, 150), ...na);
    default:
      return fc.oneof(fc.constantFrom<RawValue>(0, c.max, Math.floor(c.max / 2)), ...na);
  }
}

function scoreSets(t: Template, count: number): EntryInput[][] {
  const unitArb = fc.tuple(...t.leaves.map(entryArb));
  return fc.sample(fc.array(unitArb, { minLength: UNITS.length, maxLength: UNITS.length }), { numRuns: count, seed: 13 }).map((units) =>
    units.flatMap((values, u) => t.leaves.map((l, i) => ({ unit: UNITS[u]!, criterion: l.code, self: values[i]!, cluster: values[i]! }))),
  );
}

/** What a ranking decides, unit by unit. */
function ranking(t: Template, entries: EntryInput[]) {
  const r = evaluateCluster(t, UNITS.map((name) => ({ name })), entries);
  return r.units.map((u) => ({ name: u.name, total: u.final.total, value: u.rankValue, rank: u.rank, band: u.band, eligible: u.eligible, award: u.award }));
}

describeLO("template to-sheet → saved by LibreOffice → from-sheet ranks like the original", () => {
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("for every standard template", async () => {
    dir = mkdtempSync(join(tmpdir(), "thidua-design-roundtrip-"));
    const cli = async (...argv: string[]) => {
      const io = memoryIo({ cwd: dir });
      const code = await runCli(["template", ...argv], io);
      return { code, out: io.out() + io.err() };
    };
    for (const s of standardTemplates) expect(await cli("to-sheet", s.id, "--out", `${s.id}.xlsx`)).toMatchObject({ code: 0 });
    const saved = await recalculateXlsx(standardTemplates.map((s) => join(dir, `${s.id}.xlsx`)), { outDir: join(dir, "lo") });
    for (const s of standardTemplates) {
      const from = await cli("from-sheet", saved.get(join(dir, `${s.id}.xlsx`))!, "--out", `${s.id}.json`);
      expect({ id: s.id, code: from.code }).toEqual({ id: s.id, code: 0 });
      const data: unknown = JSON.parse(readFileSync(join(dir, `${s.id}.json`), "utf8"));
      expect(data).toEqual(s.data);
      const parsed = parseTemplate(data);
      if (!parsed.ok) throw new Error(`${s.id}: ${JSON.stringify(parsed.errors)}`);
      const original = loadStandardTemplate(s.id);
      for (const entries of scoreSets(original, 8)) expect(ranking(parsed.template, entries)).toEqual(ranking(original, entries));
    }
  });
});
