/**
 * Regression (issue 12): units tied for the last place of an award were put to a vote and then dropped
 * from every lower award, while lower-ranked units got it. Now the units not chosen stay first in line.
 *
 * Reference model: the meeting resolves every vote in some order (here: by index, ascending or
 * descending); then awards are given greedily — rule by rule, units in rank order (ties in the
 * meeting's order), each unit at most one award, until the quota is used. allocateAwards' outcome
 * must describe every such resolution exactly.
 */
import fc from "fast-check";
import { buildTemplate } from "../../../test/fixtures/domain/builders";
import type { Template } from "../template/model";
import { allocateAwards, type AwardCandidate, type AwardOutcome } from "./awards";

const BANDS = ["Xuất sắc", "Tốt"] as const;

function template(rules: { count: number; minScore?: number; band?: boolean }[]): Template {
  return buildTemplate({
    bands: [{ label: "Xuất sắc", min: 90 }, { label: "Tốt", min: 0, max: 90, maxExclusive: true }],
    awards: rules.map((r, k) => ({
      id: `a${k}`,
      title: `Khen ${k}`,
      quota: { count: r.count },
      ...(r.minScore !== undefined ? { minScore: r.minScore } : {}),
      ...(r.band ? { bands: ["Xuất sắc"] } : {}),
    })),
  });
}

/** Units with ranks consistent with their values (equal value ⇒ equal rank here: no tie-break keys). */
const unitsArb = fc.array(fc.record({ value: fc.constantFrom(98, 95, 95, 92, 90, 88, 85), eligible: fc.boolean() }), { minLength: 1, maxLength: 12 }).map((us) =>
  us.map((u): AwardCandidate => ({
    rank: 1 + us.filter((o) => o.value > u.value).length,
    value: u.value,
    band: u.value >= 90 ? BANDS[0] : BANDS[1],
    eligible: u.eligible || u.value % 2 === 0,
  })),
);
const rulesArb = fc.array(fc.record({ count: fc.integer({ min: 0, max: 4 }), minScore: fc.option(fc.constantFrom(90, 95), { nil: undefined }), band: fc.boolean() }), { minLength: 1, maxLength: 3 });

/** What each unit receives once the votes are resolved with tied units in `order` (reference model). */
function resolved(t: Template, units: readonly AwardCandidate[], order: (a: number, b: number) => number): (string | null)[] {
  const got: (string | null)[] = units.map(() => null);
  const line = units.map((_, i) => i).filter((i) => units[i]!.eligible).sort((a, b) => units[a]!.rank - units[b]!.rank || order(a, b));
  for (const rule of t.awards) {
    let left = rule.quota.count!;
    for (const i of line) {
      if (left === 0) break;
      const u = units[i]!;
      if (got[i] !== null) continue;
      if (rule.minScore !== undefined && u.value < rule.minScore) continue;
      if (rule.bands && !rule.bands.includes(u.band!)) continue;
      got[i] = rule.id;
      left--;
    }
  }
  return got;
}

/** The awards the members of one outcome's group receive, as a multiset: award id → how many. */
function promised(o: AwardOutcome, size: number): Map<string | null, number> {
  if (o.status === "proposed") return new Map([[o.awardId, size]]);
  const m = new Map<string | null, number>([[o.awardId, o.slots]]);
  let left = size - o.slots;
  for (const step of o.fallback) {
    m.set(step.awardId, (m.get(step.awardId) ?? 0) + step.slots);
    left -= step.slots;
  }
  if (left > 0) m.set(null, left);
  return m;
}

function check(t: Template, units: readonly AwardCandidate[], order: (a: number, b: number) => number): string[] {
  const out = allocateAwards(t, units);
  const real = resolved(t, units, order);
  const problems: string[] = [];
  const seen = new Set<AwardOutcome>();
  units.forEach((u, i) => {
    const o = out[i]!;
    if (o === null) {
      if (real[i] !== null) problems.push(`unit ${i} (rank ${u.rank}) gets ${real[i]} but the outcome is none`);
      return;
    }
    if (seen.has(o)) return;
    seen.add(o);
    const members = o.status === "needsVote" ? o.contenders : [i];
    const actual = new Map<string | null, number>();
    for (const j of members) actual.set(real[j]!, (actual.get(real[j]!) ?? 0) + 1);
    const want = promised(o, members.length);
    const key = (m: Map<string | null, number>) => JSON.stringify([...m].sort(([a], [b]) => String(a).localeCompare(String(b))));
    if (key(actual) !== key(want)) problems.push(`group of unit ${i}: outcome ${key(want)}, resolved ${key(actual)}`);
  });
  return problems;
}

describe("allocateAwards against the resolved-vote reference model", () => {
  it("describes every resolution of the votes exactly (tied units in either order)", () => {
    fc.assert(
      fc.property(rulesArb, unitsArb, (rules, units) => {
        const t = template(rules);
        expect(check(t, units, (a, b) => a - b)).toEqual([]);
        expect(check(t, units, (a, b) => b - a)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("no unit ranked below a vote is proposed an award that a member of the vote could be left without", () => {
    fc.assert(
      fc.property(rulesArb, unitsArb, (rules, units) => {
        const t = template(rules);
        const out = allocateAwards(t, units);
        const index = new Map(t.awards.map((r, k) => [r.id, k]));
        out.forEach((o, i) => {
          if (o?.status !== "needsVote") return;
          const u = units[i]!;
          const worst = [...promised(o, o.contenders.length).keys()].map((id) => (id === null ? Infinity : index.get(id)!));
          out.forEach((p, j) => {
            if (p?.status !== "proposed" || units[j]!.rank <= u.rank) return;
            const rule = t.awards[index.get(p.awardId)!]!;
            const qualifies = (rule.minScore === undefined || u.value >= rule.minScore) && (!rule.bands || rule.bands.includes(u.band!));
            if (qualifies) expect(Math.max(...worst)).toBeLessThanOrEqual(index.get(p.awardId)!);
          });
        });
      }),
      { numRuns: 400 },
    );
  });

  it("the issue's case: ranks 1, 1 vote for one flag; the one not chosen has the first merit place, rank 4 gets nothing", () => {
    const t = template([{ count: 1 }, { count: 2 }]);
    const units: AwardCandidate[] = [98, 98, 95, 92].map((value, i) => ({ rank: [1, 1, 3, 4][i]!, value, band: "Xuất sắc", eligible: true }));
    const out = allocateAwards(t, units);
    expect(out.map((o) => o && `${o.status}:${o.awardId}`)).toEqual(["needsVote:a0", "needsVote:a0", "proposed:a1", null]);
    expect(out[0]!.status === "needsVote" && out[0]!.fallback).toEqual([{ awardId: "a1", title: "Khen 1", slots: 1, among: 1 }]);
  });

  it("three tied for one place, one place left below: the two not chosen vote again", () => {
    const t = template([{ count: 1 }, { count: 1 }, { count: 3 }]);
    const units: AwardCandidate[] = [95, 95, 95, 90].map((value, i) => ({ rank: i < 3 ? 1 : 4, value, band: "Xuất sắc", eligible: true }));
    const out = allocateAwards(t, units);
    expect(out[0]).toMatchObject({ status: "needsVote", awardId: "a0", slots: 1, fallback: [{ awardId: "a1", slots: 1, among: 2 }, { awardId: "a2", slots: 1, among: 1 }] });
    expect(out[3]).toEqual({ status: "proposed", awardId: "a2", title: "Khen 2" });
  });
});
