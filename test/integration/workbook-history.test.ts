/**
 * Award rules that look back (`previous`), as a property: random score sets with random earlier results
 * (bands and awards spelt as typed — padded, other case, other texts, blanks, units without a result) are
 * built into workbooks with a Lịch sử sheet, recalculated by LibreOffice in one soffice run, and every unit's
 * look-back verdicts, rank and award proposal on Xếp hạng must equal evaluateCluster's. Ties are frequent
 * (coarse values, copied units), so rank groups split by record (lookBackRecord) are exercised, including ties
 * whose units end with different awards because their records differ (the split at a quota boundary).
 * Needs soffice; THIDUA_SKIP_LIBREOFFICE=1 skips on a machine without it.
 */
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateCluster } from "../../src/domain/cluster";
import { lookBackRecord, meetsLookBack } from "../../src/domain/history/lookBack";
import type { ClusterHistory, PastResult } from "../../src/domain/history/types";
import type { RawValue } from "../../src/domain/scoring/entryValue";
import type { EntryInput } from "../../src/domain/scoring/input";
import type { Template } from "../../src/domain/template/model";
import { parseTemplate } from "../../src/domain/template/parse";
import { loadStandardTemplate } from "../../src/templates";
import { summaryRows } from "../../src/export/summaryTable";
import { buildPlan, ELIGIBLE_NO, ELIGIBLE_YES, HISTORY_SHEET, SHEET, workbookLayout } from "../../src/workbook/buildPlan";
import { summarySheetLayout } from "../../src/workbook/summarySheetLayout";
import { fillEntries } from "../../src/workbook/fillEntries";
import { historyLayout } from "../../src/workbook/historyLayout";
import { addr } from "../../src/workbook/plan";
import { readHistory } from "../../src/workbook/readHistory";
import { renderPlanToFile } from "../../src/xlsx/renderPlan";
import { readValues, recalculateXlsxDetailed, type WorkbookValues } from "../support/libreoffice";
import { describeLO } from "../support/libreoffice/describeLO";
import { chartParts } from "../support/chartParts";
import { actualRankingRows, expectedRankingRows, type WorkbookCase } from "./support/rankingRows";

jest.setTimeout(300_000);

const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái", "Phú Thọ"];
const TOP = "TSVM xuất sắc";
const GOOD = "TSVM tiên tiến";

function lookingBack(suffix: string, awards: unknown[]): Template {
  const base = loadStandardTemplate("ccb-cum-3-thang-90").input as unknown as Record<string, unknown>;
  const r = parseTemplate({ ...base, id: `ccb-history-${suffix}`, awards });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.template;
}

const TEMPLATES: Template[] = [
  lookingBack("bands", [
    { id: "co", title: "Cờ thi đua", quota: { count: 1 }, previous: { periods: 2, bands: [TOP] } },
    { id: "bk", title: "Bằng khen", quota: { percent: 40, base: "eligible", rounding: "ceil" }, previous: { periods: 1, bands: [TOP, GOOD] } },
    { id: "gk", title: "Giấy khen", quota: { percent: 60, rounding: "round" } },
  ]),
  lookingBack("awards", [
    { id: "co", title: "Cờ thi đua", quota: { count: 2 }, bands: [TOP, GOOD], previous: { periods: 3, awards: ["Bằng khen", "Cờ thi đua"] } },
    { id: "bk", title: "Bằng khen", quota: { count: 2 }, minScore: 40 },
  ]),
];

/** What staff type for a band or award: the text itself, padded or in capitals, another text, or nothing. */
function typedArb(texts: readonly string[]): fc.Arbitrary<string | null> {
  const t = fc.constantFrom(...texts);
  return fc.oneof(
    { weight: 6, arbitrary: t },
    { weight: 1, arbitrary: t.map((x) => `  ${x.toUpperCase()} `) },
    { weight: 1, arbitrary: fc.constantFrom("Hoàn thành nhiệm vụ", "TSVM  xuất sắc", "x") },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

const pastArb: fc.Arbitrary<PastResult | null> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: fc.record({ total: fc.integer({ min: 40, max: 90 }), rank: fc.integer({ min: 1, max: 5 }), band: typedArb([TOP, GOOD, "TSVM"]), award: typedArb(["Cờ thi đua", "Bằng khen", "Giấy khen"]) }) },
);

const coarse = (max: number) => fc.constantFrom<RawValue>(0, max / 2, max);

function caseArb(t: Template, seedName: string): fc.Arbitrary<WorkbookCase> {
  return fc.record({ count: fc.integer({ min: 3, max: 5 }), copyAll: fc.boolean() }).chain(({ count, copyAll }) => {
    const units = UNITS.slice(0, count);
    const scores = fc.tuple(...units.map(() => fc.tuple(...t.leaves.map((l) => coarse(l.max)))));
    const history = fc.tuple(...units.map(() => fc.tuple(...Array.from({ length: historyLayout(t, count).periods }, () => pastArb))));
    return fc.tuple(scores, history).map(([s, h]): WorkbookCase => {
      const rows = copyAll ? s.map(() => s[0]!) : s;
      const entries: EntryInput[] = rows.flatMap((row, u) => row.map((v, li) => ({ unit: units[u]!, criterion: t.leaves[li]!.code, self: v })));
      const past: ClusterHistory = { periods: ["2025", "2024", "2023"].slice(0, historyLayout(t, count).periods), units: h.map((results) => ({ results })) };
      return { name: `${seedName}: ${count} units${copyAll ? ", all equal" : ""}`, template: t, units, entries, history: past };
    });
  });
}

const CASES: WorkbookCase[] = TEMPLATES.flatMap((t, k) => fc.sample(caseArb(t, t.id), { numRuns: 14, seed: 20261205 + k }).map((c, i) => ({ ...c, name: `#${i + 1} ${c.name}` })));

describeLO(`look-back award rules: Lịch sử and Xếp hạng equal evaluateCluster on ${CASES.length} random histories`, () => {
  let work: string;
  const values = new Map<WorkbookCase, WorkbookValues>();
  const outputs = new Map<WorkbookCase, string>();

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "thidua-history-"));
    for (const [i, c] of CASES.entries()) {
      const plan = buildPlan(c.template, { name: "Cụm thi đua số 3", period: "2026", units: c.units, history: c.history! });
      const { plan: filled } = fillEntries(plan, c.template, c.units, c.entries);
      c.file = join(work, `h-${String(i).padStart(2, "0")}.xlsx`);
      await renderPlanToFile(filled, c.file);
    }
    const run = await recalculateXlsxDetailed(CASES.map((c) => c.file!), { outDir: join(work, "out") });
    for (const c of CASES) {
      outputs.set(c, run.outputs.get(c.file!)!);
      values.set(c, await readValues(run.outputs.get(c.file!)!));
    }
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("the sample has proposals, look-backs met and missed, and tied units with different records", () => {
    let met = 0;
    let missed = 0;
    let splitTies = 0;
    let proposed = 0;
    let decidedByRecord = 0;
    for (const c of CASES) {
      const res = evaluateCluster(c.template, c.units.map((name, u) => ({ name, history: c.history!.units[u]!.results })), c.entries);
      for (const u of res.units) {
        for (const a of c.template.awards.filter((x) => x.previous)) {
          if (meetsLookBack(a, u.history)) met++;
          else missed++;
        }
      }
      if (res.units.some((a, i) => res.units.some((b, j) => i < j && a.rank === b.rank && meetsLookBack(c.template.awards[0]!, a.history) !== meetsLookBack(c.template.awards[0]!, b.history)))) splitTies++;
      if (res.units.some((u) => u.award?.status === "proposed" && c.template.awards.find((a) => a.id === u.award?.awardId)?.previous)) proposed++;
      // A tie whose units end with different awards because their records differ: the split at a quota boundary.
      const record = (u: (typeof res.units)[number]) => lookBackRecord(c.template.awards, u.history);
      const outcome = (u: (typeof res.units)[number]) => `${u.award?.status ?? "-"}/${u.award?.awardId ?? "-"}`;
      if (res.units.some((a, i) => res.units.some((b, j) => i < j && a.rank === b.rank && record(a) !== record(b) && outcome(a) !== outcome(b)))) decidedByRecord++;
    }
    expect({ met: met > 10, missed: missed > 10, splitTies: splitTies >= 3, proposed: proposed >= 3, decidedByRecord: decidedByRecord >= 3 }).toEqual({
      met: true,
      missed: true,
      splitTies: true,
      proposed: true,
      decidedByRecord: true,
    });
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const v = values.get(c)!;
    expect(actualRankingRows(v, c)).toEqual(expectedRankingRows(c));
    const H = historyLayout(c.template, c.units.length);
    const res = evaluateCluster(c.template, c.units.map((name, u) => ({ name, history: c.history!.units[u]!.results })), c.entries);
    const verdicts = (read: (u: number, k: number) => unknown) => res.units.map((_, u) => c.template.awards.flatMap((a, k) => (a.previous ? [read(u, k)] : [])));
    expect(verdicts((u, k) => v.cell(HISTORY_SHEET, addr(H.cols.lookBack[k]!, H.row(u))))).toEqual(verdicts((u, k) => (meetsLookBack(c.template.awards[k]!, res.units[u]!.history) ? ELIGIBLE_YES : ELIGIBLE_NO)));
    const back = readHistory(c.template, c.units.length, (row, col) => (v.cell(HISTORY_SHEET, addr(col, row)) ?? null) as RawValue);
    expect(back.units.map((x) => x.results)).toEqual(c.history!.units.map((x) => x.results));
  });

  it("Tổng hợp shows last period's total and rank and the change beside this period's, as the summary export", () => {
    for (const c of CASES) {
      const res = evaluateCluster(c.template, c.units.map((name, u) => ({ name, history: c.history!.units[u]!.results })), c.entries);
      const rows = summaryRows(res);
      expect(rows[0]!.slice(-3)).toEqual(["Tổng điểm kỳ trước", "Hạng kỳ trước", "Tăng/giảm bậc"]);
      expect(summaryPrevious(values.get(c)!, c)).toEqual(rows.slice(1).map((r) => r.slice(-3)));
    }
  });

  it("Xếp hạng shows each unit's last-period total and rank and the change beside its row, as the summary export", () => {
    let blanks = 0;
    for (const c of CASES) {
      const res = evaluateCluster(c.template, c.units.map((name, u) => ({ name, history: c.history!.units[u]!.results })), c.entries);
      const byName = new Map(summaryRows(res).slice(1).map((r) => [r[1], r.slice(-3)]));
      const expected = res.units.map((u) => byName.get(u.name.normalize("NFC")));
      expect(rankingPrevious(values.get(c)!, c)).toEqual(expected);
      blanks += expected.filter((x) => x![0] === "").length;
    }
    expect(blanks).toBeGreaterThan(3);
  });

  it("the history charts draw every unit's ranks and totals, oldest period first and this one last, gaps where there is no result", async () => {
    for (const c of CASES.slice(0, 6)) {
      const res = evaluateCluster(c.template, c.units.map((name, u) => ({ name, history: c.history!.units[u]!.results })), c.entries);
      const parts = await chartParts(readFileSync(outputs.get(c)!));
      const titled = (title: string) => parts.find((x) => x.includes(`<a:t>${title}</a:t>`))!;
      const per = (past: (p: PastResult | null) => number | null, now: (u: number) => number) =>
        res.units.map((u, i) => [...[...u.history].reverse().map(past), now(i)]);
      expect(seriesByIndex(titled("Thứ hạng qua các kỳ"))).toEqual(per((p) => p?.rank ?? null, (i) => res.units[i]!.rank));
      expect(seriesByIndex(titled("Tổng điểm qua các kỳ"))).toEqual(per((p) => p?.total ?? null, (i) => res.units[i]!.final.total));
    }
  });
});

/** Tổng hợp's last-period columns, line by line (rank order). */
function summaryPrevious(v: WorkbookValues, c: WorkbookCase): unknown[][] {
  const S = summarySheetLayout(c.template, c.units.length, true);
  const P = S.cols.previous!;
  return c.units.map((_, i) => [P.total, P.rank, P.change].map((col) => v.cell(SHEET.summary, addr(col, S.line(i + 1))) ?? ""));
}

/** Xếp hạng's last-period columns, unit by unit (its rows are the units' order). */
function rankingPrevious(v: WorkbookValues, c: WorkbookCase): unknown[][] {
  const L = workbookLayout(c.template, c.units.length);
  const P = L.rankingCols.previous;
  return c.units.map((_, u) => [P.total, P.rank, P.change].map((col) => v.cell(SHEET.ranking, addr(col, L.rankingRow(u))) ?? ""));
}

/** Each series' cached points by index (null where LibreOffice saved no point: a gap). */
function seriesByIndex(xml: string): (number | null)[][] {
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(m[1]!)![1]!;
    const count = Number(/<c:ptCount val="(\d+)"/.exec(val)![1]);
    const points = new Map([...val.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)].map((p) => [Number(p[1]), Number(p[2])]));
    return Array.from({ length: count }, (_, i) => points.get(i) ?? null);
  });
}
