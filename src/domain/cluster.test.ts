import { buildTemplate, entriesFor, group, leaf, vi, en, type TemplateOverrides } from "../../test/fixtures/domain/builders";
import {
  evaluateCluster,
  identityKey,
  renderBoth,
  type ClusterResult,
  type EntryInput,
  type Finding,
  type UnitResult,
} from "./index";

const nfd = (s: string) => s.normalize("NFD");
const unitsOf = (...names: string[]) => names.map((name) => ({ name }));
const unit = (r: ClusterResult, name: string): UnitResult => {
  const u = r.units.find((x) => x.key === identityKey(name));
  if (!u) throw new Error(`no unit ${name}`);
  return u;
};
const findingsOf = (r: ClusterResult, code: Finding["code"]) => r.findings.filter((f) => f.code === code);

/**
 * Base template (total 100, step 0.25): A (A.1 30, A.2 30) = 60, B (B.1 30, B.2 pass/fail 10) = 40,
 * bonus C (C.1 3, C.2 3), penalty T (T.1 3, T.2 3), gate DK.1.
 */
function baseTemplate(overrides: TemplateOverrides = {}) {
  return buildTemplate({
    total: 100,
    precision: 2,
    step: 0.25,
    bonusCap: 5,
    penaltyCap: 4,
    criteria: [
      group("A", [leaf("A.1", 30), leaf("A.2", 30)], { max: 60 }),
      group("B", [leaf("B.1", 30), leaf("B.2", 10, { type: "passFail" })], { max: 40 }),
      group("C", [leaf("C.1", 3), leaf("C.2", 3)], { kind: "bonus" }),
      group("T", [leaf("T.1", 3), leaf("T.2", 3)], { kind: "penalty" }),
      group("DK", [leaf("DK.1", undefined)], { kind: "gate" }),
    ],
    ...overrides,
  });
}
type Row = Partial<Record<"A.1" | "A.2" | "B.1" | "B.2" | "C.1" | "C.2" | "T.1" | "T.2" | "DK.1", EntryInput["self"]>>;
/** A complete row: every leaf entered (defaults: 0 points, pass/fail Đạt, gate Đạt). */
function row(name: string, r: Row): EntryInput[] {
  return entriesFor(name, { "A.1": 0, "A.2": 0, "B.1": 0, "B.2": "Đạt", "C.1": 0, "C.2": 0, "T.1": 0, "T.2": 0, "DK.1": "Đạt", ...r });
}

describe("evaluateCluster: totals", () => {
  it("scored + capped bonus − capped penalty, with the cap findings", () => {
    const t = baseTemplate();
    const r = evaluateCluster(t, unitsOf("Hòa Bình"), row("Hòa Bình", { "A.1": 30, "A.2": 25, "B.1": 20, "C.1": 3, "C.2": 3, "T.1": 3, "T.2": 2 }));
    const u = unit(r, "Hòa Bình");
    // scored 30 + 25 + 20 + 10 = 85; bonus 6 capped at 5; penalty 5 capped at 4 → 86
    expect(u.final.scored).toBe(85);
    expect(u.final.bonusRaw).toBe(6);
    expect(u.final.bonus).toBe(5);
    expect(u.final.penaltyRaw).toBe(5);
    expect(u.final.penalty).toBe(4);
    expect(u.final.total).toBe(86);
    expect(u.rankValue).toBe(86);
    const bonus = findingsOf(r, "entry.bonusOverCap");
    expect(bonus.map((f) => [f.unit, f.severity, f.message.params])).toEqual([["Hòa Bình", "warning", { sum: 6, cap: 5 }]]);
    expect(en(bonus[0]!.message)).toBe("Bonus points total 6, above the cap of 5; only 5 counts.");
    const pen = findingsOf(r, "entry.penaltyOverCap");
    expect(pen.map((f) => f.message.params)).toEqual([{ sum: 5, cap: 4 }]);
    expect(vi(pen[0]!.message)).toBe("Tổng điểm trừ 5 vượt mức trần 4; chỉ trừ 4.");
  });

  it("uncapped bonus and penalty count in full", () => {
    const t = baseTemplate({ bonusCap: null, penaltyCap: null });
    const r = evaluateCluster(t, unitsOf("X"), row("X", { "A.1": 30, "A.2": 25, "B.1": 20, "C.1": 3, "C.2": 3, "T.1": 3, "T.2": 2 }));
    // 85 + 6 − 5
    expect(unit(r, "X").final.total).toBe(86);
    expect(unit(r, "X").final.bonus).toBe(6);
    expect(unit(r, "X").final.penalty).toBe(5);
    expect(findingsOf(r, "entry.bonusOverCap")).toEqual([]);
    expect(findingsOf(r, "entry.penaltyOverCap")).toEqual([]);
  });

  it("an uncapped template can exceed its total (TN&MT: self 124,4 and agreed 118,4 out of 100)", () => {
    const t = buildTemplate({
      total: 100,
      precision: 1,
      bonusCap: null,
      penaltyCap: null,
      criteria: [group("1", [leaf("1.a", 100)]), group("THUONG", [leaf("TH", 30)], { kind: "bonus" })],
    });
    const r = evaluateCluster(t, unitsOf("Phòng TN&MT thị xã Cai Lậy"), [
      { unit: "Phòng TN&MT thị xã Cai Lậy", criterion: "1.a", self: 100, cluster: 100 },
      { unit: "Phòng TN&MT thị xã Cai Lậy", criterion: "TH", self: 24.4, cluster: 18.4 },
    ]);
    const u = r.units[0]!;
    expect(u.self.total).toBe(124.4);
    expect(u.final.total).toBe(118.4);
    expect(u.final.total).toBeGreaterThan(t.total);
  });

  it("a group's subtotal is capped at its maximum", () => {
    const t = baseTemplate({
      criteria: [
        group("A", [leaf("A.1", 30), leaf("A.2", 30)], { max: 50 }),
        group("B", [leaf("B.1", 50)]),
      ],
    });
    const r = evaluateCluster(t, unitsOf("X"), entriesFor("X", { "A.1": 30, "A.2": 30, "B.1": 40 }));
    const u = unit(r, "X");
    expect(u.final.items).toEqual([30, 30, 40]);
    expect(u.final.byCode.get("A")).toBe(50);
    expect(u.final.byCode.get("B")).toBe(40);
    expect(u.final.scored).toBe(90);
    expect(u.final.total).toBe(90);
  });

  it("totals are rounded to the template precision", () => {
    const t = buildTemplate({
      precision: 1,
      criteria: [group("A", [leaf("A.1", 50), leaf("A.2", 50)])],
    });
    const r = evaluateCluster(t, unitsOf("X", "Y"), [
      ...entriesFor("X", { "A.1": 40.25, "A.2": 40 }),
      ...entriesFor("Y", { "A.1": 40.24, "A.2": 40 }),
    ]);
    expect(unit(r, "X").final.total).toBe(80.3); // ROUND(80.25, 1), half away from zero
    expect(unit(r, "Y").final.total).toBe(80.2);
  });

  it("text that looks like a number is reported with a fix and not counted", () => {
    const t = baseTemplate();
    const r = evaluateCluster(t, unitsOf("X"), row("X", { "A.1": "28,5", "A.2": 30, "B.1": "1.000" }));
    const u = unit(r, "X");
    expect(u.final.items[0]).toBe(0);
    expect(u.final.scored).toBe(30 + 0 + 10);
    const text = findingsOf(r, "entry.textNumber");
    expect(text.map((f) => [f.severity, f.unit, f.criterion, f.column, f.fix?.value])).toEqual([["error", "X", "A.1", "self", 28.5]]);
    const amb = findingsOf(r, "entry.ambiguousNumber");
    expect(amb.map((f) => [f.criterion, f.message.params.a, f.message.params.b])).toEqual([["B.1", 1, 1000]]);
  });

  it("an entry above the maximum is an error and counts as the maximum", () => {
    const r = evaluateCluster(baseTemplate(), unitsOf("X"), row("X", { "A.1": 35 }));
    expect(unit(r, "X").final.items[0]).toBe(30);
    expect(findingsOf(r, "entry.aboveMax").map((f) => [f.severity, f.criterion, f.fix?.value])).toEqual([["error", "A.1", 30]]);
  });
});

describe("evaluateCluster: gates", () => {
  const scores = { "A.1": 30, "A.2": 30, "B.1": 30 };

  it("gateEffect ineligible: the unit keeps its band but gets no award", () => {
    const t = baseTemplate({
      gateEffect: "ineligible",
      bands: [{ label: "Xuất sắc", min: 90 }, { label: "Khác", min: 0, max: 90, maxExclusive: true }],
      awards: [{ id: "co", title: "Cờ thi đua", quota: { count: 1 } }],
    });
    const r = evaluateCluster(t, unitsOf("X", "Y"), [...row("X", { ...scores, "DK.1": "Không đạt" }), ...row("Y", { "A.1": 20, "A.2": 20, "B.1": 20 })]);
    const x = unit(r, "X");
    expect(x.final.failedGates).toEqual(["DK.1"]);
    expect(x.band).toBe("Xuất sắc");
    expect(x.rank).toBe(1);
    expect(x.eligible).toBe(false);
    expect(x.ineligibleReasons.map((m) => m.id)).toEqual(["award.gateFailed"]);
    expect(en(x.ineligibleReasons[0]!)).toBe("failed gate DK.1");
    expect(x.award).toBeNull();
    expect(unit(r, "Y").award).toMatchObject({ status: "proposed", awardId: "co" });
    const f = findingsOf(r, "entry.gateFailed");
    expect(f.map((x) => [x.unit, x.criterion, x.severity])).toEqual([["X", "DK.1", "warning"]]);
    expect(en(f[0]!.message)).toBe("Gate DK.1 (Tiêu chí DK.1) failed: the unit is not eligible for awards.");
  });

  it("gateEffect unclassified: no band and no award", () => {
    const t = baseTemplate({ gateEffect: "unclassified", bands: [{ label: "Xuất sắc", min: 90 }, { label: "Khác", min: 0, max: 90, maxExclusive: true }] });
    const r = evaluateCluster(t, unitsOf("X"), row("X", { ...scores, "DK.1": false }));
    const x = unit(r, "X");
    expect(x.band).toBeNull();
    expect(x.eligible).toBe(false);
    expect(renderBoth(findingsOf(r, "entry.gateFailed")[0]!.message).en).toContain("unclassified and not eligible for awards");
  });

  it("a passed or missing gate does not make the unit ineligible", () => {
    const t = baseTemplate();
    const entries = [...row("X", scores), ...row("Y", scores).filter((e) => e.criterion !== "DK.1")];
    const r = evaluateCluster(t, unitsOf("X", "Y"), entries);
    expect(unit(r, "X").eligible).toBe(true);
    expect(unit(r, "Y").eligible).toBe(true);
    expect(findingsOf(r, "entry.missing").map((f) => [f.unit, f.criterion])).toEqual([["Y", "DK.1"]]);
  });
});

describe("evaluateCluster: N/A and ranking by % of own maximum (Công an)", () => {
  // "Đơn vị A không có chỉ tiêu về công tác ngoại tuyến (chấm 10 điểm) nên tổng điểm thi đua của đơn vị đó là 990 điểm."
  const t = buildTemplate({
    total: 1000,
    precision: 2,
    rankBy: "percentOfOwnMax",
    criteria: [
      group("I", [leaf("I.1", 990)]),
      group("NT", [leaf("NT.1", 10, { type: "relativeToBest" }, { naAllowed: true })]),
    ],
  });

  it("a unit without the 10-point target has maximum 990 and is ranked by %", () => {
    const r = evaluateCluster(t, unitsOf("Đơn vị A", "Đơn vị B", "Đơn vị C"), [
      ...entriesFor("Đơn vị A", { "I.1": 960, "NT.1": "N/A" }),
      ...entriesFor("Đơn vị B", { "I.1": 960, "NT.1": 100 }), // met: ½ × 10 = 5
      ...entriesFor("Đơn vị C", { "I.1": 955, "NT.1": 120 }), // the leader: 10
    ]);
    const a = unit(r, "Đơn vị A");
    const b = unit(r, "Đơn vị B");
    const c = unit(r, "Đơn vị C");
    expect(a.final.ownMax).toBe(990);
    expect(b.final.ownMax).toBe(1000);
    expect(a.final.items).toEqual([960, null]);
    expect(a.final.total).toBe(960);
    expect(b.final.total).toBe(965);
    expect(c.final.total).toBe(965);
    // 960 / 990 = 96.9696… % → 96.97; 965 / 1000 = 96.5 %
    expect(a.rankValue).toBe(96.97);
    expect(b.rankValue).toBe(96.5);
    expect(c.rankValue).toBe(96.5);
    expect([a.rank, b.rank, c.rank]).toEqual([1, 2, 2]);
    expect(r.order.map((i) => r.units[i]!.name)).toEqual(["Đơn vị A", "Đơn vị B", "Đơn vị C"]);
    expect(findingsOf(r, "entry.missing")).toEqual([]);
    expect(findingsOf(r, "entry.naNotAllowed")).toEqual([]);
  });

  it("N/A on a criterion that does not allow it is an error and the maximum stays", () => {
    const t2 = buildTemplate({ total: 100, criteria: [group("A", [leaf("A.1", 90), leaf("A.2", 10)])] });
    const r = evaluateCluster(t2, unitsOf("X"), entriesFor("X", { "A.1": 90, "A.2": "N/A" }));
    expect(unit(r, "X").final.ownMax).toBe(100);
    expect(unit(r, "X").final.total).toBe(90);
    expect(findingsOf(r, "entry.naNotAllowed").map((f) => [f.severity, f.criterion])).toEqual([["error", "A.2"]]);
  });
});

describe("evaluateCluster: self and cluster scores", () => {
  it("final = cluster score where given, else self score; self totals use the self column", () => {
    const t = baseTemplate({ selfClusterGap: null });
    const r = evaluateCluster(t, unitsOf("X"), [
      ...row("X", { "A.2": 20, "B.1": 15 }).filter((e) => e.criterion !== "A.1"),
      { unit: "X", criterion: "A.1", self: 30, cluster: 25 },
    ]);
    const x = unit(r, "X");
    expect(x.final.items.slice(0, 3)).toEqual([25, 20, 15]);
    expect(x.self.items.slice(0, 3)).toEqual([30, 20, 15]);
    expect(x.final.total).toBe(25 + 20 + 15 + 10);
    expect(x.self.total).toBe(30 + 20 + 15 + 10);
    expect(x.rankValue).toBe(70);
    expect(r.sheet.cells[0]![0]!.final).toEqual({ kind: "number", value: 25 });
  });

  it("a cluster 0 overrides the self score (0 is a score, not an empty cell)", () => {
    const r = evaluateCluster(baseTemplate(), unitsOf("X"), [...row("X", { "A.1": 30 }).slice(1), { unit: "X", criterion: "A.1", self: 30, cluster: 0 }]);
    expect(unit(r, "X").final.items[0]).toBe(0);
  });

  it("reports a self/cluster gap above the threshold, with the numbers", () => {
    const t = baseTemplate({ selfClusterGap: 2 });
    const entries: EntryInput[] = [
      ...row("X", {}).filter((e) => !["A.1", "A.2", "B.2"].includes(e.criterion)),
      { unit: "X", criterion: "A.1", self: 30, cluster: 27 }, // gap 3 > 2
      { unit: "X", criterion: "A.2", self: 20, cluster: 18 }, // gap 2: not above
      { unit: "X", criterion: "B.2", self: "Đạt", cluster: "Không đạt" }, // 10 vs 0
    ];
    const r = evaluateCluster(t, unitsOf("X"), entries);
    const gaps = findingsOf(r, "entry.selfClusterGap");
    expect(gaps.map((f) => [f.criterion, f.severity, f.column, f.message.params])).toEqual([
      ["A.1", "warning", "cluster", { self: 30, cluster: 27, gap: 3, threshold: 2 }],
      ["B.2", "warning", "cluster", { self: 10, cluster: 0, gap: 10, threshold: 2 }],
    ]);
    expect(en(gaps[0]!.message)).toBe("Self score 30, cluster score 27: a gap of 3, above the threshold 2. Record the reason or agree again.");
    expect(vi(gaps[0]!.message)).toBe("Tự chấm 30, cụm chấm 27: chênh 3 điểm, vượt ngưỡng 2. Ghi lý do hoặc thống nhất lại.");
  });

  it("no gap findings when the template sets no threshold", () => {
    const r = evaluateCluster(baseTemplate({ selfClusterGap: null }), unitsOf("X"), [
      ...row("X", {}).slice(1),
      { unit: "X", criterion: "A.1", self: 30, cluster: 0 },
    ]);
    expect(findingsOf(r, "entry.selfClusterGap")).toEqual([]);
  });
});

describe("evaluateCluster: matching units, criteria and entries", () => {
  it("reports every missing score as a warning", () => {
    const t = baseTemplate();
    const r = evaluateCluster(t, unitsOf("X", "Y"), [
      ...row("X", {}).filter((e) => e.criterion !== "B.1"),
      { unit: "Y", criterion: "A.1", self: "", cluster: "  " },
      { unit: "Y", criterion: "A.2", self: 5 },
    ]);
    const missing = findingsOf(r, "entry.missing");
    expect(missing.every((f) => f.severity === "warning")).toBe(true);
    expect(missing.map((f) => `${f.unit}/${f.criterion}`)).toEqual([
      "X/B.1",
      // bonus (C.*) and penalty (T.*) items left empty count 0 without a warning
      "Y/A.1", "Y/B.1", "Y/B.2", "Y/DK.1",
    ]);
  });

  it("matches unit names after normalisation (NFD 'Hòa Bình' = 'Hoà Bình', case, spaces)", () => {
    const t = baseTemplate();
    const r = evaluateCluster(t, unitsOf("Hoà Bình", "Tân Lâm"), [
      ...row(nfd("Hòa Bình"), { "A.1": 30 }).filter((e) => e.criterion !== "A.2"),
      { unit: "  HÒA\u00a0BÌNH ", criterion: "A.2", self: 10 },
      ...row("tân lâm", { "A.1": 20 }),
    ]);
    expect(findingsOf(r, "entry.unknownUnit")).toEqual([]);
    expect(r.units.map((u) => u.name)).toEqual(["Hoà Bình", "Tân Lâm"]);
    expect(unit(r, "Hòa Bình").final.items.slice(0, 2)).toEqual([30, 10]);
    expect(unit(r, "Tân Lâm").final.items[0]).toBe(20);
    expect(findingsOf(r, "entry.missing")).toEqual([]);
  });

  it("reports an entry for a unit that is not in the list", () => {
    const r = evaluateCluster(baseTemplate(), unitsOf("Hòa Bình"), [...row("Hòa Bình", {}), { unit: "Hòa Hiệp", criterion: "A.1", self: 5 }]);
    const f = findingsOf(r, "entry.unknownUnit");
    expect(f.map((x) => [x.severity, x.unit])).toEqual([["error", "Hòa Hiệp"]]);
    expect(vi(f[0]!.message)).toContain("Hòa Hiệp");
    expect(r.units).toHaveLength(1);
  });

  it("reports units that are the same after normalisation and keeps the first spelling", () => {
    const r = evaluateCluster(baseTemplate(), unitsOf("Hòa Bình", "Hoà\u00a0Bình", nfd("hòa bình"), "Bàu Lâm"), [...row("Hòa Bình", {}), ...row("Bàu Lâm", {})]);
    expect(r.units.map((u) => u.name)).toEqual(["Hòa Bình", "Bàu Lâm"]);
    const dup = findingsOf(r, "entry.duplicateUnit");
    expect(dup).toHaveLength(2);
    expect(dup.every((f) => f.severity === "error" && f.message.params.other === "Hòa Bình")).toBe(true);
    expect(dup[0]!.message.params.name).toBe("Hoà Bình");
    expect(en(dup[0]!.message)).toBe('Unit "Hoà Bình" is the same as "Hòa Bình" after normalisation. Keep one name.');
  });

  it("reports an empty unit name", () => {
    const r = evaluateCluster(baseTemplate(), unitsOf("X", " \u00a0"), row("X", {}));
    expect(findingsOf(r, "entry.emptyUnitName").map((f) => f.severity)).toEqual(["error"]);
    expect(r.units).toHaveLength(1);
  });

  it("reports unknown criteria, including group codes, and matches codes by identity", () => {
    const r = evaluateCluster(baseTemplate(), unitsOf("X"), [
      ...row("X", {}).filter((e) => e.criterion !== "A.1"),
      { unit: "X", criterion: " a.1 ", self: 12 },
      { unit: "X", criterion: "Z.9", self: 1 },
      { unit: "X", criterion: "A", self: 60 },
    ]);
    const f = findingsOf(r, "entry.unknownCriterion");
    expect(f.map((x) => [x.severity, x.criterion])).toEqual([["error", "Z.9"], ["error", "A"]]);
    expect(en(f[0]!.message)).toContain('"Z.9"');
    expect(unit(r, "X").final.items[0]).toBe(12);
  });

  it("reports a duplicate entry and uses the first one", () => {
    const r = evaluateCluster(baseTemplate(), unitsOf("Hòa Bình"), [
      ...row("Hòa Bình", { "A.1": 20 }),
      { unit: "Hoà Bình", criterion: "A.1", self: 25 },
    ]);
    const f = findingsOf(r, "entry.duplicateEntry");
    expect(f.map((x) => [x.severity, x.unit, x.criterion])).toEqual([["error", "Hòa Bình", "A.1"]]);
    expect(unit(r, "Hòa Bình").final.items[0]).toBe(20);
  });

  it("value findings carry unit, criterion and column", () => {
    const r = evaluateCluster(baseTemplate(), unitsOf("X"), [
      ...row("X", {}).filter((e) => e.criterion !== "B.2"),
      { unit: "X", criterion: "B.2", self: "x", cluster: "Đạt" },
    ]);
    const f = findingsOf(r, "entry.passFailUnrecognised");
    expect(f.map((x) => [x.unit, x.criterion, x.column])).toEqual([["X", "B.2", "self"]]);
    expect(unit(r, "X").final.items[3]).toBe(10);
  });
});

describe("evaluateCluster: ranking", () => {
  const single = (overrides: TemplateOverrides = {}) => buildTemplate({ criteria: [group("S", [leaf("S.1", 100)])], ...overrides });
  const scored = (pairs: [string, number][]) => ({
    units: unitsOf(...pairs.map(([n]) => n)),
    entries: pairs.flatMap(([n, v]) => entriesFor(n, { "S.1": v })),
  });

  it("competition ranks 1, 2, 2, 4", () => {
    const { units, entries } = scored([["Bàu Lâm", 85], ["Hòa Bình", 90], ["Tân Lâm", 80], ["Hòa Hưng", 85]]);
    const r = evaluateCluster(single(), units, entries);
    expect(r.units.map((u) => u.rank)).toEqual([2, 1, 4, 2]);
    expect(r.order.map((i) => r.units[i]!.name)).toEqual(["Hòa Bình", "Bàu Lâm", "Hòa Hưng", "Tân Lâm"]);
    expect(unit(r, "Hòa Bình").tie).toBeNull();
    expect(unit(r, "Tân Lâm").tie).toBeNull();
    const bl = unit(r, "Bàu Lâm").tie!;
    expect(bl.id).toBe("rank.tieShared");
    expect(vi(bl)).toBe("Bằng 85 điểm với Hòa Hưng, các tiêu chí phân định cũng bằng nhau: đồng hạng 2.");
    expect(en(bl)).toBe("Tied on 85 points with Hòa Hưng, and equal on every tie-break: shares rank 2.");
    expect(en(unit(r, "Hòa Hưng").tie)).toBe("Tied on 85 points with Bàu Lâm, and equal on every tie-break: shares rank 2.");
  });

  it("decimal ties are rendered with the locale's decimal separator", () => {
    const { units, entries } = scored([["P", 87.5], ["Q", 87.5]]);
    const r = evaluateCluster(single(), units, entries);
    expect(vi(unit(r, "P").tie)).toBe("Bằng 87,5 điểm với Q, các tiêu chí phân định cũng bằng nhau: đồng hạng 1.");
    expect(en(unit(r, "P").tie)).toBe("Tied on 87.5 points with Q, and equal on every tie-break: shares rank 1.");
  });

  describe("tie-break chain: group score, then fewer deductions, then more bonus", () => {
    const t = buildTemplate({
      total: 100,
      bonusCap: null,
      penaltyCap: null,
      tieBreak: [{ by: "criterion", code: "A" }, { by: "penalty" }, { by: "bonus" }],
      criteria: [
        group("A", [leaf("A.1", 50)]),
        group("B", [leaf("B.1", 50)]),
        group("C", [leaf("C.1", 5)], { kind: "bonus" }),
        group("T", [leaf("T.1", 5)], { kind: "penalty" }),
      ],
    });
    const data: [string, number, number, number, number][] = [
      // name, A.1, B.1, bonus, penalty
      ["Phú Hòa", 40, 45, 0, 0], // 85
      ["Phú Mỹ", 45, 40, 0, 0], // 85, better A
      ["Bàu Lâm", 40, 42, 0, 2], // 80
      ["Tân Lâm", 40, 41, 0, 1], // 80, same A, fewer deductions
      ["Ăn Phú", 30, 41, 1, 2], // 70
      ["An Giang", 30, 40, 2, 2], // 70, same A and penalty, more bonus
      ["Đồng Nai", 30, 30, 0, 0], // 60
      ["Dak Lak", 30, 30, 0, 0], // 60, equal on everything
    ];
    const r = evaluateCluster(
      t,
      unitsOf(...data.map((d) => d[0])),
      data.flatMap(([n, a, b, c, p]) => entriesFor(n, { "A.1": a, "B.1": b, "C.1": c, "T.1": p })),
    );

    it("ranks by total, then the chain", () => {
      expect(r.units.map((u) => [u.name, u.rankValue, u.rank])).toEqual([
        ["Phú Hòa", 85, 2],
        ["Phú Mỹ", 85, 1],
        ["Bàu Lâm", 80, 4],
        ["Tân Lâm", 80, 3],
        ["Ăn Phú", 70, 6],
        ["An Giang", 70, 5],
        ["Đồng Nai", 60, 7],
        ["Dak Lak", 60, 7],
      ]);
      expect(r.order.map((i) => r.units[i]!.name)).toEqual(["Phú Mỹ", "Phú Hòa", "Tân Lâm", "Bàu Lâm", "An Giang", "Ăn Phú", "Dak Lak", "Đồng Nai"]);
    });

    it("exposes the tie-break keys as people read them (penalty not negated)", () => {
      expect(unit(r, "Phú Mỹ").tieKeys).toEqual([45, 0, 0]);
      expect(unit(r, "Tân Lâm").tieKeys).toEqual([40, 1, 0]);
      expect(unit(r, "An Giang").tieKeys).toEqual([30, 2, 2]);
    });

    it("explains a tie broken on the group score", () => {
      expect(unit(r, "Phú Mỹ").tie!.id).toBe("rank.tieBroken");
      expect(vi(unit(r, "Phú Mỹ").tie)).toBe("Bằng 85 điểm với Phú Hòa; xếp trên Phú Hòa nhờ điểm mục A “Nhóm A” (45 so với 40).");
      expect(en(unit(r, "Phú Mỹ").tie)).toBe("Tied on 85 points with Phú Hòa; ranked above Phú Hòa on the score on item A “Nhóm A” (45 vs 40).");
      expect(unit(r, "Phú Hòa").tie!.id).toBe("rank.tieBelow");
      expect(vi(unit(r, "Phú Hòa").tie)).toBe("Bằng 85 điểm với Phú Mỹ; xếp dưới Phú Mỹ do điểm mục A “Nhóm A” (40 so với 45).");
      expect(en(unit(r, "Phú Hòa").tie)).toBe("Tied on 85 points with Phú Mỹ; ranked below Phú Mỹ on the score on item A “Nhóm A” (40 vs 45).");
    });

    it("explains a tie broken on fewer deductions", () => {
      expect(vi(unit(r, "Tân Lâm").tie)).toBe("Bằng 80 điểm với Bàu Lâm; xếp trên Bàu Lâm nhờ điểm trừ ít hơn (1 so với 2).");
      expect(en(unit(r, "Tân Lâm").tie)).toBe("Tied on 80 points with Bàu Lâm; ranked above Bàu Lâm on fewer deductions (1 vs 2).");
      expect(en(unit(r, "Bàu Lâm").tie)).toBe("Tied on 80 points with Tân Lâm; ranked below Tân Lâm on fewer deductions (2 vs 1).");
    });

    it("explains a tie broken on more bonus", () => {
      expect(vi(unit(r, "An Giang").tie)).toBe("Bằng 70 điểm với Ăn Phú; xếp trên Ăn Phú nhờ điểm cộng nhiều hơn (2 so với 1).");
      expect(en(unit(r, "An Giang").tie)).toBe("Tied on 70 points with Ăn Phú; ranked above Ăn Phú on more bonus points (2 vs 1).");
      expect(vi(unit(r, "Ăn Phú").tie)).toBe("Bằng 70 điểm với An Giang; xếp dưới An Giang do điểm cộng nhiều hơn (1 so với 2).");
    });

    it("explains a tie that every key leaves standing", () => {
      expect(vi(unit(r, "Đồng Nai").tie)).toBe("Bằng 60 điểm với Dak Lak, các tiêu chí phân định cũng bằng nhau: đồng hạng 7.");
      expect(en(unit(r, "Dak Lak").tie)).toBe("Tied on 60 points with Đồng Nai, and equal on every tie-break: shares rank 7.");
    });
  });

  it("a three-way tie split by a tie-break: the shared-rank message names only the units sharing the rank", () => {
    const t = buildTemplate({
      tieBreak: [{ by: "criterion", code: "A" }],
      criteria: [group("A", [leaf("A.1", 50)]), group("B", [leaf("B.1", 50)])],
    });
    const r = evaluateCluster(t, unitsOf("X", "Y", "Z"), [
      ...entriesFor("X", { "A.1": 45, "B.1": 40 }),
      ...entriesFor("Y", { "A.1": 45, "B.1": 40 }),
      ...entriesFor("Z", { "A.1": 40, "B.1": 45 }),
    ]);
    expect(r.units.map((u) => u.rank)).toEqual([1, 1, 3]);
    expect(en(unit(r, "X").tie)).toBe("Tied on 85 points with Y, and equal on every tie-break: shares rank 1.");
    expect(en(unit(r, "Y").tie)).toBe("Tied on 85 points with X, and equal on every tie-break: shares rank 1.");
    expect(unit(r, "Z").tie!.id).toBe("rank.tieBelow");
    expect(en(unit(r, "Z").tie)).toContain("Tied on 85 points with X, Y; ranked below");
    expect(en(unit(r, "Z").tie)).toContain("on the score on item A “Nhóm A” (40 vs 45)");
  });

  it("names a tie-break criterion by its code and title as the table prints them, a long title shortened (issue 15)", () => {
    const title = "Tiêu chuẩn 1: Thực hiện nhiệm vụ chính trị, chuyên môn nghiệp vụ được giao trong năm công tác";
    const t = buildTemplate({
      tieBreak: [{ by: "criterion", code: "1" }],
      criteria: [group("1", [leaf("1.1", 50)], { title }), group("2", [leaf("2.1", 50)])],
    });
    const r = evaluateCluster(t, unitsOf("X", "Z"), [...entriesFor("X", { "1.1": 45, "2.1": 40 }), ...entriesFor("Z", { "1.1": 40, "2.1": 45 })]);
    const shown = vi(unit(r, "X").tie);
    expect(shown).toContain("nhờ điểm mục 1 “Tiêu chuẩn 1: Thực hiện nhiệm vụ chính trị, chuyên môn…” (45 so với 40)");
    expect(shown).not.toContain("điểm 1 ");
  });

  it("a tie broken on the self score", () => {
    const t = single({ tieBreak: [{ by: "selfTotal" }] });
    const r = evaluateCluster(t, unitsOf("P", "Q"), [
      { unit: "P", criterion: "S.1", self: 90, cluster: 80 },
      { unit: "Q", criterion: "S.1", self: 95, cluster: 80 },
    ]);
    expect(r.units.map((u) => u.rank)).toEqual([2, 1]);
    expect(en(unit(r, "Q").tie)).toBe("Tied on 80 points with P; ranked above P on a higher self score (95 vs 90).");
  });
});

describe("evaluateCluster: bands", () => {
  const bands = [
    { label: "Xuất sắc", min: 90 },
    { label: "Tốt", min: 80, max: 90, maxExclusive: true },
    { label: "Khá", min: 70, max: 79 },
  ];
  const tpl = (bandGap: "lowerBand" | "unclassified") => buildTemplate({ bands, bandGap, criteria: [group("S", [leaf("S.1", 100)])] });
  const bandOf = (bandGap: "lowerBand" | "unclassified", score: number) =>
    evaluateCluster(tpl(bandGap), unitsOf("X"), entriesFor("X", { "S.1": score })).units[0]!.band;

  it("inclusive minimum, exclusive and inclusive maximum", () => {
    expect(bandOf("lowerBand", 90)).toBe("Xuất sắc");
    expect(bandOf("lowerBand", 89.99)).toBe("Tốt");
    expect(bandOf("lowerBand", 80)).toBe("Tốt");
    expect(bandOf("lowerBand", 79)).toBe("Khá");
    expect(bandOf("lowerBand", 70)).toBe("Khá");
    expect(bandOf("lowerBand", 100)).toBe("Xuất sắc");
  });

  it("a score in a gap goes to the lower band, or is unclassified, as the template says", () => {
    expect(bandOf("lowerBand", 79.5)).toBe("Khá");
    expect(bandOf("unclassified", 79.5)).toBeNull();
    expect(bandOf("unclassified", 79)).toBe("Khá");
    expect(bandOf("unclassified", 80)).toBe("Tốt");
  });

  it("a score below every band is unclassified either way", () => {
    expect(bandOf("lowerBand", 69.75)).toBeNull();
    expect(bandOf("unclassified", 0)).toBeNull();
  });
});

describe("evaluateCluster: awards", () => {
  const awardTemplate = (awards: TemplateOverrides["awards"], extra: TemplateOverrides = {}) =>
    buildTemplate({
      bands: [{ label: "Xuất sắc", min: 90 }, { label: "Tốt", min: 0, max: 90, maxExclusive: true }],
      awards,
      criteria: [group("S", [leaf("S.1", 100)]), group("DK", [leaf("DK.1", undefined)], { kind: "gate" })],
      ...extra,
    });
  const flagThenMerit = [
    { id: "co", title: "Cờ thi đua", quota: { count: 1 }, minScore: 95 },
    { id: "bk", title: "Bằng khen", quota: { count: 2 } },
  ];
  function run(t: ReturnType<typeof awardTemplate>, scores: [string, number, boolean?][]) {
    return evaluateCluster(
      t,
      unitsOf(...scores.map((s) => s[0])),
      scores.flatMap(([n, v, gate]) => entriesFor(n, { "S.1": v, "DK.1": gate === false ? "Không đạt" : "Đạt" })),
    );
  }
  const awardsOf = (r: ClusterResult) =>
    Object.fromEntries(r.units.map((u) => [u.name, u.award ? `${u.award.status}:${u.award.awardId}` : null]));

  it("top 1 with a minimum score, then the next 2; one award per unit, highest first", () => {
    const r = run(awardTemplate(flagThenMerit), [["E", 90], ["B", 96], ["A", 97], ["D", 93], ["C", 94]]);
    expect(awardsOf(r)).toEqual({ A: "proposed:co", B: "proposed:bk", C: "proposed:bk", D: null, E: null });
    expect(unit(r, "A").award).toEqual({ status: "proposed", awardId: "co", title: "Cờ thi đua" });
  });

  it("nobody reaches the minimum score: no flag, the merit goes to the top 2", () => {
    const r = run(awardTemplate(flagThenMerit), [["A", 94], ["B", 93], ["C", 92]]);
    expect(awardsOf(r)).toEqual({ A: "proposed:bk", B: "proposed:bk", C: null });
  });

  it("an ineligible unit is skipped and the next one is proposed", () => {
    const r = run(awardTemplate(flagThenMerit), [["A", 98, false], ["B", 97], ["C", 96], ["D", 95]]);
    expect(awardsOf(r)).toEqual({ A: null, B: "proposed:co", C: "proposed:bk", D: "proposed:bk" });
    expect(unit(r, "A").rank).toBe(1);
  });

  it("a tie straddling the quota: both need a vote for the slots left, neither is proposed", () => {
    const t = awardTemplate([...flagThenMerit, { id: "gk", title: "Giấy khen", quota: { count: 3 } }]);
    const r = run(t, [["A", 97], ["B", 96], ["C", 95], ["D", 95], ["E", 90]]);
    expect(awardsOf(r)).toEqual({ A: "proposed:co", B: "proposed:bk", C: "needsVote:bk", D: "needsVote:bk", E: "proposed:gk" });
    const c = unit(r, "C").award!;
    expect(c.status).toBe("needsVote");
    if (c.status !== "needsVote") return;
    expect(c.slots).toBe(1);
    expect(c.contenders.map((i) => r.units[i]!.name).sort()).toEqual(["C", "D"]);
    expect(unit(r, "D").award).toEqual(c);
  });

  it("a tie for a single flag: both contenders vote; the one not chosen keeps the first merit place (regression: it was dropped and D got it)", () => {
    const r = run(awardTemplate(flagThenMerit), [["A", 97], ["B", 97], ["C", 96], ["D", 94], ["E", 93]]);
    expect(awardsOf(r)).toEqual({ A: "needsVote:co", B: "needsVote:co", C: "proposed:bk", D: null, E: null });
    const a = unit(r, "A").award!;
    expect(a.status === "needsVote" && a.slots).toBe(1);
    expect(a.status === "needsVote" && a.fallback).toEqual([{ awardId: "bk", title: "Bằng khen", slots: 1, among: 1 }]);
  });

  it("a tie that fits inside the quota is proposed in full", () => {
    const r = run(awardTemplate([{ id: "bk", title: "Bằng khen", quota: { count: 2 } }]), [["A", 97], ["B", 97], ["C", 96]]);
    expect(awardsOf(r)).toEqual({ A: "proposed:bk", B: "proposed:bk", C: null });
  });

  it("band restrictions: only units in the listed bands qualify", () => {
    const r = run(awardTemplate([{ id: "bk", title: "Bằng khen", quota: { count: 3 }, bands: ["Xuất sắc"] }]), [["A", 97], ["B", 90], ["C", 89.75]]);
    expect(awardsOf(r)).toEqual({ A: "proposed:bk", B: "proposed:bk", C: null });
  });

  it("a percent quota: 'không quá 20%' of 10 units → 2, of 4 units → 0", () => {
    const t = awardTemplate([{ id: "co", title: "Cờ thi đua", quota: { percent: 20 } }]);
    const ten = run(t, Array.from({ length: 10 }, (_, i) => [`Đơn vị ${i + 1}`, 99 - i] as [string, number]));
    expect(ten.units.filter((u) => u.award?.status === "proposed").map((u) => u.name)).toEqual(["Đơn vị 1", "Đơn vị 2"]);
    const four = run(t, [["A", 99], ["B", 98], ["C", 97], ["D", 96]]);
    expect(four.units.filter((u) => u.award !== null)).toEqual([]);
  });

  it("a percent quota on eligible units counts only eligible ones", () => {
    const t = awardTemplate([{ id: "bk", title: "Bằng khen", quota: { percent: 50, base: "eligible" } }]);
    // 4 units, 2 eligible → 50 % of 2 = 1
    const r = run(t, [["A", 99, false], ["B", 98], ["C", 97], ["D", 96, false]]);
    expect(awardsOf(r)).toEqual({ A: null, B: "proposed:bk", C: null, D: null });
  });
});

describe("evaluateCluster: findings carry the entry's location", () => {
  it("missing, gap and failed-gate findings point at the cell the user must look at", () => {
    const t = baseTemplate({ selfClusterGap: 2 });
    const at = (cell: string) => ({ sheet: "Chấm điểm", cell });
    const entries: EntryInput[] = [
      { unit: "X", criterion: "A.1", self: null, cluster: null, where: { self: at("D5"), cluster: at("E5") } },
      { unit: "X", criterion: "A.2", self: 30, cluster: 20, where: { self: at("D6"), cluster: at("E6") } },
      { unit: "X", criterion: "DK.1", self: "Đạt", cluster: "Không đạt", where: { self: at("D9"), cluster: at("E9") } },
    ];
    const r = evaluateCluster(t, unitsOf("X"), entries);
    expect(findingsOf(r, "entry.missing").find((f) => f.criterion === "A.1")?.where).toEqual(at("D5"));
    expect(findingsOf(r, "entry.selfClusterGap")[0]?.where).toEqual(at("E6"));
    expect(findingsOf(r, "entry.gateFailed")[0]?.where).toEqual(at("E9"));
  });
});
