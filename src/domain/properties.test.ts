/**
 * Property tests over arbitrary valid templates and score sets (fast-check).
 * Scores are drawn from small sets and units share score profiles, so ties are common;
 * unit names and the words "Đạt" / "Không đạt" / "Không áp dụng" are spelled NFC, NFD,
 * old-style tone placement, upper case or with stray white space.
 */
import fc from "fast-check";
import { mustParse } from "../../test/fixtures/domain/builders";
import {
  evaluateCluster,
  identityKey,
  type AwardRule,
  type ClusterResult,
  type Criterion,
  type CriterionInput,
  type EntryInput,
  type Method,
  type RawValue,
  type Template,
  type UnitInput,
} from "./index";

const RUNS = 250;

// ---------------------------------------------------------------- templates

type GenKind = "scored" | "bonus" | "penalty";
type CapMode = "omit" | "sum" | "less";
interface LeafSpec { t: "leaf"; max: number; method: Method; naAllowed: boolean }
interface GroupSpec { t: "group"; cap: CapMode; children: (LeafSpec | GroupSpec)[] }

const leafMaxArb = fc.constantFrom(1, 2, 3, 5, 10);
const capModeArb = fc.constantFrom<CapMode>("omit", "sum", "less");

function methodArb(kind: GenKind, max: number): fc.Arbitrary<Method> {
  const options: fc.Arbitrary<Method>[] = [
    fc.constant<Method>({ type: "manual" }),
    fc.constant<Method>({ type: "passFail" }),
    fc.boolean().map<Method>((half) => ({
      type: "levels",
      levels: half
        ? [{ points: 0, label: "Không" }, { points: max / 2, label: "Một phần" }, { points: max, label: "Đủ" }]
        : [{ points: max, label: "Đủ" }, { points: 0, label: "Không" }],
    })),
    fc
      .record({
        per: fc.constantFrom(0.5, 1, 0.2),
        cap: fc.option(fc.constantFrom(max / 2, max, max * 2), { nil: undefined }),
        mode: kind === "scored" ? fc.constantFrom("deductFromMax" as const, "accumulate" as const) : fc.constant("accumulate" as const),
      })
      .map<Method>(({ per, cap, mode }) => ({ type: "perCount", per, mode, ...(cap !== undefined ? { cap } : {}) })),
  ];
  if (kind === "scored") options.push(fc.constant<Method>({ type: "ratio" }), fc.constant<Method>({ type: "relativeToBest" }));
  return fc.oneof(...options);
}

const leafSpecArb = (kind: GenKind): fc.Arbitrary<LeafSpec> =>
  fc
    .record({ max: leafMaxArb, naAllowed: fc.boolean() })
    .chain(({ max, naAllowed }) => methodArb(kind, max).map((method) => ({ t: "leaf" as const, max, method, naAllowed: kind !== "penalty" && naAllowed })));

const groupSpecArb = (kind: GenKind, depth: number): fc.Arbitrary<GroupSpec> =>
  fc.record({
    t: fc.constant("group" as const),
    cap: capModeArb,
    children: fc.array(depth > 0 ? fc.oneof({ weight: 3, arbitrary: leafSpecArb(kind) }, { weight: 1, arbitrary: groupSpecArb(kind, depth - 1) }) : leafSpecArb(kind), {
      minLength: 1,
      maxLength: 3,
    }),
  });

interface Built { input: CriterionInput; max: number }

function buildNode(spec: LeafSpec | GroupSpec, code: string): Built {
  if (spec.t === "leaf") {
    return {
      input: { code, title: `Tiêu chí ${code}`, max: spec.max, method: spec.method, ...(spec.naAllowed ? { naAllowed: true } : {}) },
      max: spec.max,
    };
  }
  const children = spec.children.map((c, i) => buildNode(c, `${code}.${i + 1}`));
  const sum = children.reduce((s, c) => s + c.max, 0);
  const declared = spec.cap === "omit" ? undefined : spec.cap === "less" && sum >= 2 ? sum - 1 : sum;
  return {
    input: { code, title: `Nhóm ${code}`, ...(declared !== undefined ? { max: declared } : {}), children: children.map((c) => c.input) },
    max: declared ?? sum,
  };
}

const templateArb = fc
  .record({
    precision: fc.constantFrom(0, 1, 2),
    step: fc.constantFrom<number | undefined>(undefined, 0.25, 0.5),
    scored: fc.array(groupSpecArb("scored", 1), { minLength: 1, maxLength: 4 }),
    bonus: fc.option(groupSpecArb("bonus", 0), { nil: undefined }),
    penalty: fc.option(groupSpecArb("penalty", 0), { nil: undefined }),
    gate: fc.boolean(),
    bonusCap: fc.constantFrom<number | null>(null, 1, 3),
    penaltyCap: fc.constantFrom<number | null>(null, 1, 3),
    selfClusterGap: fc.constantFrom<number | null>(null, 1),
    rankBy: fc.constantFrom("total" as const, "percentOfOwnMax" as const),
    gateEffect: fc.constantFrom("ineligible" as const, "unclassified" as const),
    bandGap: fc.constantFrom("lowerBand" as const, "unclassified" as const),
    bandCuts: fc.subarray([0, 0.5, 0.7, 0.9]),
    bandShapes: fc.array(fc.constantFrom("exclusive", "inclusive", "gap"), { minLength: 4, maxLength: 4 }),
    topOpen: fc.boolean(),
    tieBreakPicks: fc.oneof({ weight: 1, arbitrary: fc.constant<number[]>([]) }, { weight: 5, arbitrary: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 1 }) }),
    awards: fc.array(
      fc.record({
        quota: fc.oneof(
          fc.record({ count: fc.integer({ min: 0, max: 3 }) }),
          fc.record({
            percent: fc.constantFrom(10, 20, 25, 35, 50),
            base: fc.constantFrom<"units" | "eligible" | undefined>(undefined, "units", "eligible"),
            rounding: fc.constantFrom<"floor" | "round" | "ceil" | undefined>(undefined, "floor", "round", "ceil"),
          }),
        ),
        minFrac: fc.option(fc.constantFrom(0.5, 0.8, 0.9), { nil: undefined, freq: 2 }),
        bandPicks: fc.option(fc.subarray([0, 1, 2, 3], { minLength: 1 }), { nil: undefined, freq: 2 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map((g) => {
    const scored = g.scored.map((s, i) => buildNode(s, `G${i + 1}`));
    const total = scored.reduce((s, c) => s + c.max, 0);
    const criteria: CriterionInput[] = scored.map((s) => s.input);
    if (g.bonus) criteria.push({ ...buildNode(g.bonus, "C").input, kind: "bonus" });
    if (g.penalty) criteria.push({ ...buildNode(g.penalty, "T").input, kind: "penalty" });
    if (g.gate) criteria.push({ code: "DK", title: "Điều kiện", kind: "gate", children: [{ code: "DK.1", title: "Gửi báo cáo đúng hạn" }] });

    const scale = g.rankBy === "percentOfOwnMax" ? 100 : total;
    const cuts = [...g.bandCuts].sort((a, b) => a - b).map((f) => Math.round(f * scale * 100) / 100);
    const bands = cuts.map((min, i) => {
      const label = `Mức ${i + 1}`;
      const next = cuts[i + 1];
      if (next === undefined) return g.topOpen ? { label, min } : { label, min, max: Math.max(min, scale) };
      const shape = g.bandShapes[i]!;
      if (shape === "exclusive") return { label, min, max: next, maxExclusive: true };
      if (shape === "inclusive") return { label, min, max: next };
      return { label, min, max: Math.max(min, next - 1) };
    });
    const labels = bands.map((b) => b.label);

    const firstLeaf = (c: CriterionInput): string => (c.children ? firstLeaf(c.children[0]!) : c.code);
    const tieCandidates = [
      { by: "criterion" as const, code: "G1" },
      { by: "criterion" as const, code: firstLeaf(criteria[0]!) },
      { by: "penalty" as const },
      { by: "bonus" as const },
      { by: "selfTotal" as const },
    ];
    const awards = g.awards.map((a, i) => {
      const picked = (a.bandPicks ?? []).filter((k) => k < labels.length).map((k) => labels[k]!);
      return {
        id: `a${i}`,
        title: `Khen thưởng ${i + 1}`,
        quota: a.quota,
        ...(a.minFrac !== undefined ? { minScore: Math.round(a.minFrac * scale * 100) / 100 } : {}),
        ...(a.bandPicks !== undefined && picked.length > 0 ? { bands: picked } : {}),
      };
    });
    return {
      format: "thidua-template",
      formatVersion: 1,
      id: "prop",
      version: "1",
      title: "Mẫu ngẫu nhiên",
      total,
      precision: g.precision,
      ...(g.step !== undefined ? { step: g.step } : {}),
      bonusCap: g.bonusCap,
      penaltyCap: g.penaltyCap,
      selfClusterGap: g.selfClusterGap,
      rankBy: g.rankBy,
      gateEffect: g.gateEffect,
      bands,
      bandGap: g.bandGap,
      tieBreak: g.tieBreakPicks.map((k) => tieCandidates[k]!),
      awards,
      criteria,
    };
  });

// ---------------------------------------------------------------- entries

/** A cell value before it is spelled out. */
type Sym =
  | { t: "empty" }
  | { t: "num"; v: number }
  | { t: "bool"; v: boolean }
  | { t: "pass" }
  | { t: "fail" }
  | { t: "na" }
  | { t: "text"; v: string };

const num = (...vs: number[]) => fc.constantFrom(...vs).map<Sym>((v) => ({ t: "num", v }));
const EMPTY: Sym = { t: "empty" };

function symArb(l: Criterion): fc.Arbitrary<Sym> {
  const m = l.method!;
  const opts: fc.Arbitrary<Sym>[] = [];
  if (l.kind === "gate") {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom<Sym>({ t: "pass" }, { t: "bool", v: true }) },
      { weight: 3, arbitrary: fc.constantFrom<Sym>({ t: "fail" }, { t: "bool", v: false }, { t: "num", v: 0 }) },
      { weight: 1, arbitrary: fc.constant(EMPTY) },
    );
  }
  switch (m.type) {
    case "manual":
      opts.push(num(0, l.max / 2, l.max, l.max), num(l.max + 1, 0.3));
      break;
    case "passFail":
      opts.push(fc.constantFrom<Sym>({ t: "pass" }, { t: "fail" }, { t: "bool", v: true }, { t: "bool", v: false }, { t: "num", v: 0 }, { t: "num", v: l.max }));
      break;
    case "levels":
      opts.push(num(...m.levels.map((x) => x.points)), num(l.max + 1));
      break;
    case "perCount":
      opts.push(num(0, 0, 1, 2, 5), num(1.5));
      break;
    case "ratio":
      opts.push(num(0, 50, 100, 150));
      break;
    case "relativeToBest":
      opts.push(num(0, 80, 100, 150, 200));
      break;
  }
  const weighted: fc.WeightedArbitrary<Sym>[] = opts.map((a) => ({ weight: 6, arbitrary: a }));
  weighted.push({ weight: 1, arbitrary: fc.constant(EMPTY) });
  weighted.push({ weight: 1, arbitrary: fc.constantFrom<Sym>({ t: "text", v: "x" }, { t: "text", v: "1,5" }) });
  if (l.naAllowed) weighted.push({ weight: 2, arbitrary: fc.constant<Sym>({ t: "na" }) });
  return fc.oneof(...weighted);
}

interface CellSym { self: Sym; cluster: Sym }
const cellArb = (l: Criterion): fc.Arbitrary<CellSym> =>
  fc.record({ self: symArb(l), cluster: fc.oneof({ weight: 2, arbitrary: fc.constant(EMPTY) }, { weight: 1, arbitrary: symArb(l) }) });
const rowArb = (t: Template) => fc.tuple(...t.leaves.map(cellArb)) as fc.Arbitrary<CellSym[]>;

/** [new-style NFC, old-style tone placement] */
const NAMES: readonly [string, string][] = [
  ["Hòa Bình", "Hoà Bình"],
  ["Hòa Hưng", "Hoà Hưng"],
  ["Bàu Lâm", "Bàu Lâm"],
  ["Tân Lâm", "Tân Lâm"],
  ["Thủy Xuân", "Thuỷ Xuân"],
  ["Đồng Nai", "Đồng Nai"],
  ["Khỏe Mạnh", "Khoẻ Mạnh"],
  ["Quý Lộc", "Quý Lộc"],
  ["An Giang", "An Giang"],
  ["Ăn Phú", "Ăn Phú"],
  ["Dak Lak", "Dak Lak"],
  ["Hoàn Kiếm", "Hoàn Kiếm"],
];
const PASS = ["Đạt", "Đạt".normalize("NFD"), "ĐẠT", " đạt\u00a0"];
const FAIL = ["Không đạt", "Không đạt".normalize("NFD"), "KHÔNG ĐẠT", "không\u00a0 đạt"];
const NA = ["Không áp dụng", "Không áp dụng".normalize("NFD"), "N/A", "kad"];

/** Spelling 0: NFC new style; 1: NFD; 2: old tone placement; 3: upper case with NBSP and spaces around. */
type Spelling = 0 | 1 | 2 | 3;
function spellName(i: number, s: Spelling): string {
  const [modern, old] = NAMES[i]!;
  switch (s) {
    case 0: return modern.normalize("NFC");
    case 1: return modern.normalize("NFD");
    case 2: return old.normalize("NFC");
    case 3: return ` ${old.toUpperCase().replace(" ", "\u00a0 ")}\t`.normalize("NFD");
  }
}
function spellValue(v: Sym, s: Spelling): RawValue {
  switch (v.t) {
    case "empty": return s === 3 ? " " : undefined;
    case "num": case "bool": case "text": return v.v;
    case "pass": return PASS[s]!;
    case "fail": return FAIL[s]!;
    case "na": return NA[s]!;
  }
}

interface Scenario {
  templateObject: Record<string, unknown>;
  template: Template;
  units: { name: number; row: CellSym[] }[];
  /** Random spellings (unit list, entries) and seeds for mixed-spelling runs. */
  spellings: Spelling[];
  seed: number;
}

const scenarioArb: fc.Arbitrary<Scenario> = templateArb.chain((templateObject) => {
  const template = mustParse(templateObject);
  return fc
    .record({
      profiles: fc.array(rowArb(template), { minLength: 1, maxLength: 4 }),
      derive: fc.constantFrom("none", "swap", "self", "both"),
      names: fc.shuffledSubarray(NAMES.map((_, i) => i), { minLength: 1, maxLength: 7 }),
      picks: fc.array(fc.nat(), { minLength: 7, maxLength: 7 }),
      spellings: fc.array(fc.constantFrom<Spelling>(0, 1, 2, 3), { minLength: 64, maxLength: 64 }),
      seed: fc.integer(),
    })
    .map(({ profiles, derive, names, picks, spellings, seed }) => {
      // Profiles with the same final total as the first one but different tie-break keys, so that
      // tie-breaks have ties to break: the points spread differently over the groups, or the same
      // cluster scores over different self scores.
      const first = profiles[0]!;
      const rest = profiles.length - 1;
      if (derive === "swap" || derive === "both") profiles = [swappedAcrossGroups(template, first), ...profiles];
      if (derive === "self" || derive === "both") profiles = [first.map((c) => (c.cluster.t === "empty" ? c : { ...c, self: EMPTY })), ...profiles];
      return {
      templateObject,
      template,
      // the first units take the derived profiles and the first one (names are shuffled), the others any profile
      units: names.map((name, i) => ({ name, row: profiles[i < profiles.length - rest ? i : picks[i]! % profiles.length]! })),
      spellings,
      seed,
    };
    });
});

/** The row with the cells of two scored leaves of equal maximum and method, in different top-level groups, swapped. */
function swappedAcrossGroups(t: Template, row: CellSym[]): CellSym[] {
  const top = (l: Criterion): string => {
    let c = l;
    while (c.parentCode !== null) c = t.byKey.get(identityKey(c.parentCode))!;
    return c.code;
  };
  const scored = t.leaves.map((l, li) => ({ l, li })).filter(({ l }) => l.kind === "scored");
  for (const a of scored) {
    for (const b of scored) {
      const differ = JSON.stringify(row[a.li]) !== JSON.stringify(row[b.li]);
      if (differ && top(a.l) !== top(b.l) && a.l.max === b.l.max && JSON.stringify(a.l.method) === JSON.stringify(b.l.method)) {
        const out = [...row];
        out[a.li] = row[b.li]!;
        out[b.li] = row[a.li]!;
        return out;
      }
    }
  }
  return row;
}

/** Deterministic shuffle (mulberry32). */
function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const a = [...xs];
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** Unit list and entries; `spelling` fixed, or "mixed" (each string spelled per the scenario's random choices). */
function inputs(sc: Scenario, spelling: Spelling | "mixed"): { units: UnitInput[]; entries: EntryInput[] } {
  let k = 0;
  const next = (): Spelling => (spelling === "mixed" ? sc.spellings[k++ % sc.spellings.length]! : spelling);
  const units = sc.units.map((u) => ({ name: spellName(u.name, next()) }));
  const entries: EntryInput[] = [];
  for (const u of sc.units) {
    sc.template.leaves.forEach((leaf, li) => {
      const cell = u.row[li]!;
      if (cell.self.t === "empty" && cell.cluster.t === "empty") return;
      const code = spelling === "mixed" && next() === 3 ? ` ${leaf.code.toLowerCase()} ` : leaf.code;
      entries.push({ unit: spellName(u.name, next()), criterion: code, self: spellValue(cell.self, next()), cluster: spellValue(cell.cluster, next()) });
    });
  }
  return { units, entries };
}

// ---------------------------------------------------------------- comparisons

function unitSummary(r: ClusterResult, i: number) {
  const u = r.units[i]!;
  const keyOf = (j: number) => r.units[j]!.key;
  return {
    key: u.key,
    selfTotal: u.self.total,
    finalTotal: u.final.total,
    items: u.final.items,
    selfItems: u.self.items,
    byCode: [...u.final.byCode.entries()].sort(),
    bonus: u.final.bonus,
    penalty: u.final.penalty,
    ownMax: u.final.ownMax,
    rankValue: u.rankValue,
    tieKeys: u.tieKeys,
    rank: u.rank,
    band: u.band,
    eligible: u.eligible,
    reasons: u.ineligibleReasons.map((m) => m.params.code),
    tie: u.tie?.id ?? null,
    award: u.award
      ? u.award.status === "proposed"
        ? { status: u.award.status, id: u.award.awardId }
        : { status: u.award.status, id: u.award.awardId, slots: u.award.slots, contenders: u.award.contenders.map(keyOf).sort() }
      : null,
  };
}
const byKey = (r: ClusterResult) => new Map(r.units.map((_, i) => [r.units[i]!.key, unitSummary(r, i)]));
const findingSummary = (r: ClusterResult) =>
  r.findings.map((f) => `${f.code}|${f.unit ? identityKey(f.unit) : ""}|${f.criterion ?? ""}|${f.column ?? ""}|${f.severity}`).sort();

/** Higher is better after orientation (penalty: fewer is better). */
function oriented(t: Template, u: ClusterResult["units"][number]): number[] {
  // Ranked on the exact value (the exact % of own maximum), not on the rounded value shown (issue 12).
  return [u.exactValue, ...u.tieKeys.map((k, i) => (t.tieBreak[i]!.by === "penalty" ? -k : k))];
}
function strictlyBetter(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}
const isRounded = (x: number, p: number) => Math.abs(x * 10 ** p - Math.round(x * 10 ** p)) < 1e-6;

/** Quota by the rule "không quá X %" (exact integer arithmetic, rounding per template). */
function expectedQuota(q: AwardRule["quota"], units: number, eligible: number): number {
  if (q.count !== undefined) return q.count;
  const base = q.base === "eligible" ? eligible : units;
  const n = q.percent! * base; // percent is a whole number here: quota = n / 100
  switch (q.rounding ?? "floor") {
    case "floor": return (n - (n % 100)) / 100;
    case "ceil": return (n + ((100 - (n % 100)) % 100)) / 100;
    case "round": { const m = 2 * n + 100; return (m - (m % 200)) / 200; }
  }
}

/** What a unit's final gate entry says, from the generated cells: failed when "Không đạt"/FALSE/0. */
/** A gate nobody decided (empty), with no other gate failed: the unit waits and is not counted on a quota's "eligible" base. */
function awaitsGate(t: Template, row: CellSym[]): boolean {
  if (failsGate(t, row)) return false;
  return t.leaves.some((l, li) => {
    if (l.kind !== "gate") return false;
    const c = row[li]!;
    return (c.cluster.t !== "empty" ? c.cluster : c.self).t === "empty";
  });
}

function failsGate(t: Template, row: CellSym[]): boolean {
  return t.leaves.some((l, li) => {
    if (l.kind !== "gate") return false;
    const c = row[li]!;
    const f = c.cluster.t !== "empty" ? c.cluster : c.self;
    return f.t === "fail" || (f.t === "bool" && !f.v) || (f.t === "num" && f.v === 0);
  });
}

// ---------------------------------------------------------------- properties

describe("properties of evaluateCluster", () => {
  it("generated templates are valid and units/criteria always match whatever the spelling", () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const r = evaluateCluster(sc.template, ...Object.values(inputs(sc, "mixed")) as [UnitInput[], EntryInput[]]);
        const codes = new Set(r.findings.map((f) => f.code));
        for (const bad of ["entry.unknownUnit", "entry.unknownCriterion", "entry.duplicateUnit", "entry.duplicateEntry", "entry.emptyUnitName"] as const) {
          expect(codes.has(bad)).toBe(false);
        }
        expect(r.units).toHaveLength(sc.units.length);
      }),
      { numRuns: RUNS },
    );
  });

  it("permuting units and entries never changes anyone's totals, rank, band or award", () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { units, entries } = inputs(sc, "mixed");
        const a = evaluateCluster(sc.template, units, entries);
        const b = evaluateCluster(sc.template, shuffle(units, sc.seed), shuffle(entries, sc.seed ^ 0x5bd1e995));
        expect(byKey(b)).toEqual(byKey(a));
        expect(findingSummary(b)).toEqual(findingSummary(a));
        // the published order is the same list of units
        expect(b.order.map((i) => b.units[i]!.key)).toEqual(a.order.map((i) => a.units[i]!.key));
      }),
      { numRuns: RUNS },
    );
  });

  it("NFC, NFD, old tone placement and mixed spellings of names and words give identical results", () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const run = (s: Spelling | "mixed") => {
          const { units, entries } = inputs(sc, s);
          return evaluateCluster(sc.template, units, entries);
        };
        const nfc = run(0);
        const summary = (r: ClusterResult) => ({ units: r.units.map((_, i) => unitSummary(r, i)), findings: findingSummary(r), order: r.order });
        const expected = summary(nfc);
        for (const s of [1, 2, 3, "mixed"] as const) expect(summary(run(s))).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it("ranks are competition ranks: 1 + the number of strictly better units; equal value and keys share a rank", () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const { units, entries } = inputs(sc, "mixed");
        const r = evaluateCluster(sc.template, units, entries);
        const o = r.units.map((u) => oriented(sc.template, u));
        r.units.forEach((u, i) => {
          const better = o.filter((x) => strictlyBetter(x, o[i]!)).length;
          expect(u.rank).toBe(1 + better);
          r.units.forEach((v, j) => {
            const same = u.exactValue === v.exactValue && u.tieKeys.every((k, n) => k === v.tieKeys[n]);
            expect(u.rank === v.rank).toBe(same);
            if (same) expect(j === i || (u.tie?.id === "rank.tieShared" && v.tie?.id === "rank.tieShared")).toBe(true);
          });
        });
        // the 1, 2, 2, 4 shape
        const sorted = r.units.map((u) => u.rank).sort((a, b) => a - b);
        sorted.forEach((rank, i) => expect(rank).toBe(i > 0 && sorted[i - 1] === rank ? sorted[i - 1] : i + 1));
        // the order lists units best first
        const ordered = r.order.map((i) => r.units[i]!.rank);
        expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
      }),
      { numRuns: RUNS },
    );
  });

  it("caps are never exceeded and totals are rounded to the template precision", () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const t = sc.template;
        const { units, entries } = inputs(sc, "mixed");
        const r = evaluateCluster(t, units, entries);
        const groups = t.criteria.flatMap(function all(c: Criterion): Criterion[] {
          return [c, ...c.children.flatMap(all)];
        }).filter((c) => c.children.length > 0);
        const scoredMax = t.criteria.filter((c) => c.kind === "scored").reduce((s, c) => s + c.max, 0);
        for (const u of r.units) {
          for (const col of [u.self, u.final]) {
            t.leaves.forEach((leaf, li) => {
              const p = col.items[li];
              if (p === null) {
                expect(leaf.naAllowed).toBe(true);
                return;
              }
              expect(p).toBeGreaterThanOrEqual(0);
              expect(p).toBeLessThanOrEqual(leaf.max + 1e-9);
            });
            for (const g of groups) expect(col.byCode.get(g.code)!).toBeLessThanOrEqual(g.max + 1e-9);
            expect(col.scored).toBeLessThanOrEqual(scoredMax + 1e-9);
            expect(col.bonus).toBeLessThanOrEqual(col.bonusRaw + 1e-9);
            expect(col.penalty).toBeLessThanOrEqual(col.penaltyRaw + 1e-9);
            if (t.bonusCap !== null) expect(col.bonus).toBeLessThanOrEqual(t.bonusCap);
            if (t.penaltyCap !== null) expect(col.penalty).toBeLessThanOrEqual(t.penaltyCap);
            expect(col.bonus).toBeGreaterThanOrEqual(0);
            expect(col.penalty).toBeGreaterThanOrEqual(0);
            expect(col.ownMax).toBeLessThanOrEqual(t.total);
            expect(isRounded(col.total, t.precision)).toBe(true);
            expect(Math.abs(col.total - (col.scored + col.bonus - col.penalty))).toBeLessThanOrEqual(0.5 * 10 ** -t.precision + 1e-9);
          }
          expect(isRounded(u.rankValue, t.precision)).toBe(true);
          for (const k of u.tieKeys) expect(isRounded(k, t.precision)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("bands follow the published bounds: the highest band containing the value, else the gap rule", () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const t = sc.template;
        const { units, entries } = inputs(sc, "mixed");
        const r = evaluateCluster(t, units, entries);
        r.units.forEach((u, i) => {
          if (t.gateEffect === "unclassified" && failsGate(t, sc.units[i]!.row)) {
            expect(u.band).toBeNull();
            return;
          }
          const v = u.rankValue;
          const containing = t.bands.filter((b) => v >= b.min && (b.max === undefined || (b.maxExclusive ? v < b.max : v <= b.max)));
          const highest = (bs: typeof t.bands) => (bs.length === 0 ? null : bs.reduce((a, b) => (b.min > a.min ? b : a)).label);
          const expected = containing.length > 0 ? highest(containing) : t.bandGap === "unclassified" ? null : highest(t.bands.filter((b) => b.min <= v));
          expect(u.band).toBe(expected);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it("awards respect quotas, minimum scores and bands; one award per unit, best ranks first; none for ineligible units", () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const t = sc.template;
        const { units, entries } = inputs(sc, "mixed");
        const r = evaluateCluster(t, units, entries);
        const failed = sc.units.map((u) => failsGate(t, u.row));
        r.units.forEach((u, i) => {
          expect(u.eligible).toBe(!failed[i]);
          if (!u.eligible) expect(u.award).toBeNull();
          if (failed[i] && t.gateEffect === "unclassified") expect(u.band).toBeNull();
        });
        const waiting = sc.units.map((u) => awaitsGate(t, u.row));
        r.units.forEach((u, i) => expect(u.pendingGates.length > 0).toBe(waiting[i]));
        // docs/template-format.md: a unit awaiting a gate decision does not count as eligible for a quota on "eligible"
        const eligible = failed.filter((f, i) => !f && !waiting[i]).length;
        t.awards.forEach((rule, ri) => {
          const quota = expectedQuota(rule.quota, r.units.length, eligible);
          const proposed = r.units.filter((u) => u.award?.status === "proposed" && u.award.awardId === rule.id);
          const voting = r.units.filter((u) => u.award?.status === "needsVote" && u.award.awardId === rule.id);
          expect(proposed.length).toBeLessThanOrEqual(quota);
          let slots = 0;
          if (voting.length > 0) {
            const a = voting[0]!.award!;
            if (a.status !== "needsVote") throw new Error("unreachable");
            slots = a.slots;
            expect(slots).toBeGreaterThanOrEqual(1);
            expect(voting.length).toBeGreaterThan(slots);
            expect(new Set(voting.map((u) => u.rank)).size).toBe(1);
            expect(a.contenders.length).toBe(voting.length);
            // the vote is for the last places: every proposed unit ranks above the contenders
            for (const p of proposed) expect(p.rank).toBeLessThan(voting[0]!.rank);
          }
          expect(proposed.length + slots).toBeLessThanOrEqual(quota);
          const qualifies = (u: ClusterResult["units"][number]) =>
            u.eligible && u.pendingGates.length === 0 && (rule.minScore === undefined || u.rankValue >= rule.minScore) && (rule.bands === undefined || (u.band !== null && rule.bands.includes(u.band)));
          for (const u of [...proposed, ...voting]) expect(qualifies(u)).toBe(true);
          // a qualifying unit left without any award never ranks above one that got this award
          const left = r.units.filter((u) => qualifies(u) && u.award === null);
          for (const p of [...proposed, ...voting]) for (const l of left) expect(p.rank).toBeLessThanOrEqual(l.rank);
          // places are not left unused while qualifying units wait (places kept for units not chosen in a vote above count as used)
          const kept = new Set(r.units.flatMap((u) => (u.award?.status === "needsVote" ? u.award.fallback.filter((s) => s.awardId === rule.id) : [])));
          const keptSlots = [...kept].reduce((sum, s) => sum + s.slots, 0);
          if (proposed.length + slots + keptSlots < quota) expect(left).toEqual([]);
          // an award is given by an earlier (more prestigious) rule only to units that qualified then
          void ri;
        });
        // one award per unit: the number of award outcomes equals the number of units holding one
        const holders = r.units.filter((u) => u.award !== null).length;
        const outcomes = t.awards.reduce((s, rule) => s + r.units.filter((u) => u.award?.awardId === rule.id).length, 0);
        expect(outcomes).toBe(holders);
      }),
      { numRuns: RUNS },
    );
  });

  it("scores are independent of unrelated units, except for relativeToBest leaders", () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const t = sc.template;
        if (t.leaves.some((l) => l.method?.type === "relativeToBest") || sc.units.length < 2) return;
        const all = inputs(sc, 0);
        const r = evaluateCluster(t, all.units, all.entries);
        const firstKey = identityKey(all.units[0]!.name);
        const alone = evaluateCluster(t, [all.units[0]!], all.entries.filter((e) => identityKey(e.unit) === firstKey));
        expect(alone.units[0]!.final.total).toBe(r.units[0]!.final.total);
        expect(alone.units[0]!.self.total).toBe(r.units[0]!.self.total);
        expect(alone.units[0]!.final.items).toEqual(r.units[0]!.final.items);
      }),
      { numRuns: RUNS },
    );
  });
});
