/**
 * A property over 200+ random score sets: each set is built into a workbook (buildPlan + fillEntries,
 * rendered with exceljs, no cached values), the files are recalculated by LibreOffice in two soffice
 * runs side by side (see BATCHES), and every unit's self total, scored points, capped bonus and penalty, total, ranking value,
 * rank, band, eligibility and award proposal on Xếp hạng must equal evaluateCluster's; no cell may be
 * an error.
 *
 * Templates: every standard template, plus variants of blank-100 and tnmt-tien-giang-2022 with caps
 * low enough to be exceeded (the shipped caps of blank-100 equal the sum of its bonus/penalty maxima).
 * The generator favours what breaks formulas: coarse values (so totals tie, broken by the chain or
 * shared), copied units, bonus/penalty at and over the caps, failed gates, NFD and padded unit names,
 * unusable entries. A coverage test checks, on the domain side, that the sample really contains each.
 *
 * Needs soffice; THIDUA_SKIP_LIBREOFFICE=1 skips on a machine without it (see docs/libreoffice-recalc.md).
 */
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateCluster, type ClusterResult } from "../../src/domain/cluster";
import type { RawValue } from "../../src/domain/scoring/entryValue";
import type { EntryInput } from "../../src/domain/scoring/input";
import type { Criterion, Template } from "../../src/domain/template/model";
import { parseTemplate } from "../../src/domain/template/parse";
import { identityKey } from "../../src/domain/text/normalize";
import { loadStandardTemplate, standardTemplateIds } from "../../src/templates";
import { buildPlan } from "../../src/workbook/buildPlan";
import { fillEntries } from "../../src/workbook/fillEntries";
import { renderPlanToFile } from "../../src/xlsx/renderPlan";
import { readValues, recalculateXlsxDetailed, type WorkbookValues } from "../support/libreoffice";
import { describeLO } from "../support/libreoffice/describeLO";
import { actualRankingRows, expectedRankingRows, type WorkbookCase } from "./support/rankingRows";

jest.setTimeout(600_000);


const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái", "Phú Thọ", "Lào Cai"];
const SEED = 20261123;

function variant(id: string, suffix: string, overrides: Record<string, unknown>): Template {
  const base = loadStandardTemplate(id).input as unknown as Record<string, unknown>;
  const r = parseTemplate({ ...base, id: `${id}-${suffix}`, ...overrides });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.template;
}

/**
 * soffice spends about 0.3 s per workbook of this kind whatever its size (measured: 10 files of any
 * standard template ≈ 4.5 s), so one run for 200+ files takes about a minute. The files are split
 * into at most two batches run side by side (one soffice each, one per core): two soffice calls in all.
 */
const BATCHES = Math.max(1, Math.min(2, availableParallelism()));

/** [template, number of random sets]. */
const PLAN: [Template, number][] = [
  ...standardTemplateIds.map((id): [Template, number] => [loadStandardTemplate(id), id === "blank-100" ? 40 : id === "ca-quang-tri-cum-347-2025" ? 15 : 20]),
  [variant("blank-100", "tight-caps", { bonusCap: 2, penaltyCap: 3, gateEffect: "unclassified" }), 35],
  [variant("tnmt-tien-giang-2022", "capped", { bonusCap: 5, penaltyCap: 4 }), 26],
  // Only blank-100 ships award rules, and random scores seldom reach its Xuất sắc: count and percent quotas here.
  [
    variant("ccb-cum-3-thang-90", "awards", {
      awards: [
        { id: "co", title: "Cờ thi đua", quota: { count: 1 } },
        { id: "bk", title: "Bằng khen", quota: { percent: 40, base: "eligible", rounding: "ceil" } },
        { id: "gk", title: "Giấy khen", quota: { percent: 50, rounding: "round" }, minScore: 45 },
      ],
    }),
    30,
  ],
];

const e = (unit: string, criterion: string, self?: RawValue, cluster?: RawValue): EntryInput => ({ unit, criterion, self, cluster });

/** Valid entries; `coarse` draws from few values so that totals tie often. */
function validArb(leaf: Criterion, coarse: boolean): fc.Arbitrary<RawValue> {
  const m = leaf.method ?? { type: "manual" as const };
  switch (m.type) {
    case "passFail":
      return coarse ? fc.constantFrom<RawValue>("Đạt", "Không đạt") : fc.constantFrom<RawValue>("Đạt", "Không đạt", leaf.max, 0, "đạt", " ĐẠT ", "không đạt");
    case "levels":
      return fc.constantFrom<RawValue>(...m.levels.map((l) => l.points));
    case "perCount":
      return coarse ? fc.integer({ min: 0, max: 3 }) : fc.integer({ min: 0, max: 10 });
    case "ratio":
    case "relativeToBest":
      return coarse ? fc.constantFrom<RawValue>(0, 50, 100, 120) : fc.oneof(fc.constant(100), fc.integer({ min: 0, max: 1500 }).map((x) => x / 10));
    case "manual":
    default:
      return coarse
        ? fc.constantFrom<RawValue>(0, leaf.max / 2, leaf.max)
        : fc.integer({ min: 0, max: Math.round(leaf.max * 4) }).map((x) => x / 4);
  }
}

/** Bonus and penalty leaves lean to their maxima, so the caps are reached and exceeded. */
function entryArb(leaf: Criterion, coarse: boolean): fc.Arbitrary<RawValue> {
  const valid = validArb(leaf, coarse);
  const high =
    leaf.kind === "bonus" || leaf.kind === "penalty"
      ? leaf.method?.type === "perCount"
        ? fc.integer({ min: 2, max: 8 })
        : leaf.method?.type === "levels"
          ? fc.constant<RawValue>(Math.max(...leaf.method.levels.map((l) => l.points)))
          : fc.constant<RawValue>(leaf.max)
      : valid;
  const na = leaf.naAllowed ? fc.constantFrom<RawValue>("N/A", "KAD", "Không áp dụng") : fc.constant<RawValue>(undefined);
  const invalid = fc.constantFrom<RawValue>(-1, leaf.max + 1.5, "abc", "12", "N/A", "", " ");
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 8, arbitrary: valid },
    { weight: 3, arbitrary: high },
    { weight: 1, arbitrary: na },
    { weight: 1, arbitrary: invalid },
  );
}

/**
 * For a tie broken by the chain: a manual leaf under the first tie-break criterion and a manual scored
 * leaf outside it, and an amount to move from one to the other (same total, different first key).
 */
function transferPair(t: Template): { a: number; b: number; d: number } | null {
  const first = t.tieBreak[0];
  if (!first || first.by !== "criterion") return null;
  const root = t.byKey.get(identityKey(first.code));
  if (!root) return null;
  const under = new Set<Criterion>();
  const add = (c: Criterion) => {
    under.add(c);
    c.children.forEach(add);
  };
  add(root);
  const manual = (l: Criterion) => (l.method ?? { type: "manual" }).type === "manual" && l.kind === "scored";
  const a = t.leaves.findIndex((l) => manual(l) && under.has(l));
  const b = t.leaves.findIndex((l) => manual(l) && !under.has(l));
  if (a < 0 || b < 0) return null;
  const step = t.leaves[a]!.step ?? t.step ?? 0.25;
  const d = Math.max(step, Math.floor(Math.min(t.leaves[a]!.max, t.leaves[b]!.max) / 2 / step) * step);
  return { a, b, d };
}

function caseArb(template: Template): fc.Arbitrary<WorkbookCase> {
  const pair = transferPair(template);
  return fc
    .record({
      count: fc.integer({ min: 2, max: 6 }),
      coarse: fc.boolean(),
      nfd: fc.integer({ min: -1, max: 5 }),
      pad: fc.boolean(),
      /**
       * 0: none; 1: unit 1 is a copy of unit 0 (shares every key); 2: units 1 and 2 copy unit 0's self
       * column only; 3: unit 1 is a copy of unit 0 with points moved out of the first tie-break criterion;
       * 4: every unit but the last is a copy of unit 0 (a rank group that straddles award quotas: votes).
       */
      copy: fc.constantFrom(0, 0, 1, 2, 3, 4),
    })
    .chain(({ count, coarse, nfd, pad, copy }) => {
      const units = UNITS.slice(0, count);
      const leafCell = (l: Criterion) => fc.tuple(entryArb(l, coarse), fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: entryArb(l, coarse) }));
      const grid = fc.tuple(...units.map(() => fc.tuple(...template.leaves.map(leafCell))));
      return grid.map((g) => {
        const rows = g.map((row) => [...row]);
        if (copy === 1) rows[1] = rows[0]!;
        if (copy === 2) for (const u of [1, 2]) if (rows[u]) rows[u] = rows[u]!.map(([, c], li) => [rows[0]![li]![0], c] as [RawValue, RawValue]);
        if (copy === 4) for (let u = 1; u < rows.length - 1; u++) rows[u] = rows[0]!;
        if (copy === 3 && pair) {
          const max = template.leaves[pair.a]!.max;
          rows[0]![pair.a] = [max, undefined];
          rows[0]![pair.b] = [0, undefined];
          rows[1] = [...rows[0]!];
          rows[1][pair.a] = [max - pair.d, undefined];
          rows[1][pair.b] = [pair.d, undefined];
        }
        const entries: EntryInput[] = [];
        rows.forEach((row, u) =>
          row.forEach(([self, cluster], li) => {
            if (self !== undefined || cluster !== undefined) entries.push(e(units[u]!, template.leaves[li]!.code, self, cluster));
          }),
        );
        const names = units.map((n, i) => (i === nfd ? n.normalize("NFD") : n)).map((n, i) => (pad && i === 0 ? `  ${n} ` : n));
        const traits = [`${count} units`, coarse ? "coarse" : "fine", copy === 1 ? "a copied unit" : copy === 2 ? "copied self scores" : copy === 3 && pair ? "a copy with points moved off the first tie key" : copy === 4 ? "all but the last unit equal" : "", nfd >= 0 && nfd < count ? "an NFD name" : ""];
        return { name: `${template.id}: ${traits.filter(Boolean).join(", ")}`, template, units: names, entries };
      });
    });
}

const CASES: WorkbookCase[] = PLAN.flatMap(([t, n], k) => fc.sample(caseArb(t), { numRuns: n, seed: SEED + k }).map((c, i) => ({ ...c, name: `#${i + 1} ${c.name}` })));

const evaluate = (c: WorkbookCase): ClusterResult => evaluateCluster(c.template, c.units.map((name) => ({ name })), c.entries);

describeLO(`workbook formulas equal evaluateCluster on ${CASES.length} random score sets (${BATCHES} soffice run(s))`, () => {
  let work: string;
  const values = new Map<WorkbookCase, WorkbookValues>();
  let sofficeMs = 0;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "thidua-random-"));
    for (const [i, c] of CASES.entries()) {
      const plan = buildPlan(c.template, { name: "Cụm thi đua Hội Cựu chiến binh", period: "2025", units: c.units });
      const { plan: filled, unmatched } = fillEntries(plan, c.template, c.units, c.entries);
      if (unmatched.length) throw new Error(`${c.name}: unmatched entries ${JSON.stringify(unmatched.slice(0, 3))}`);
      c.file = join(work, `r-${String(i).padStart(3, "0")}.xlsx`);
      await renderPlanToFile(filled, c.file);
    }
    const batches = Array.from({ length: BATCHES }, (_, b) => CASES.filter((_c, i) => i % BATCHES === b).map((c) => c.file!));
    const runs = await Promise.all(batches.map((files, b) => recalculateXlsxDetailed(files, { outDir: join(work, `out-${b}`) })));
    sofficeMs = Math.max(...runs.map((r) => r.sofficeMs));
    const outputs = new Map(runs.flatMap((r) => [...r.outputs]));
    for (const c of CASES) values.set(c, await readValues(outputs.get(c.file!)!));
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("the sample covers ties (broken and shared), caps reached and exceeded, failed gates, NFD names, awards", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(200);
    const count = { sharedRank: 0, brokenTie: 0, bonusAtCap: 0, bonusOverCap: 0, penaltyAtCap: 0, penaltyOverCap: 0, failedGate: 0, nfd: 0, proposed: 0, vote: 0, unclassified: 0 };
    for (const c of CASES) {
      const res = evaluate(c);
      const us = res.units;
      const t = c.template;
      if (us.some((a, i) => us.some((b, j) => i < j && a.rank === b.rank))) count.sharedRank++;
      if (us.some((a, i) => us.some((b, j) => i !== j && a.rankValue === b.rankValue && a.rank < b.rank))) count.brokenTie++;
      if (t.bonusCap !== null && us.some((u) => u.final.bonusRaw === t.bonusCap)) count.bonusAtCap++;
      if (t.bonusCap !== null && us.some((u) => u.final.bonusRaw > t.bonusCap!)) count.bonusOverCap++;
      if (t.penaltyCap !== null && us.some((u) => u.final.penaltyRaw === t.penaltyCap)) count.penaltyAtCap++;
      if (t.penaltyCap !== null && us.some((u) => u.final.penaltyRaw > t.penaltyCap!)) count.penaltyOverCap++;
      if (us.some((u) => !u.eligible)) count.failedGate++;
      if (c.units.some((n) => n !== n.normalize("NFC"))) count.nfd++;
      if (us.some((u) => u.award?.status === "proposed")) count.proposed++;
      if (us.some((u) => u.award?.status === "needsVote")) count.vote++;
      if (us.some((u) => u.band === null)) count.unclassified++;
    }
    console.log(`workbook-random coverage (score sets with …): ${JSON.stringify(count)}`);
    for (const [k, n] of Object.entries(count)) expect([k, n >= 5]).toEqual([k, true]);
  });

  it("every total, rank, band and award proposal equals the domain's; no error cell", () => {
    const failures: string[] = [];
    for (const c of CASES) {
      const v = values.get(c)!;
      const errs = v.errors();
      if (errs.length) failures.push(`${c.name}: error cells ${JSON.stringify(errs.slice(0, 3))}`);
      const got = actualRankingRows(v, c);
      const want = expectedRankingRows(c);
      if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${c.name}:\n  got  ${JSON.stringify(got)}\n  want ${JSON.stringify(want)}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(failures).toHaveLength(0);
  });

  it(`${BATCHES} soffice run(s) for all the workbooks`, () => {
    console.log(`workbook-random: ${CASES.length} workbooks, ${BATCHES} soffice run(s) side by side, ${(sofficeMs / 1000).toFixed(1)} s`);
    expect(sofficeMs).toBeGreaterThan(0);
  });
});
