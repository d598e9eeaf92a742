/**
 * Regressions for the ranking rules users dispute (issue 12), on evaluateCluster:
 * ranking by % of own maximum on the exact value, a gate nobody decided, bounded tie explanations.
 */
import { buildTemplate, entriesFor, group, leaf } from "../../../test/fixtures/domain/builders";
import { evaluateCluster, render, type ClusterResult, type UnitResult } from "..";

const byName = (r: ClusterResult, name: string): UnitResult => r.units.find((u) => u.name === name)!;

describe("% of own maximum ranks on the exact value (regression: rounded to 2 decimals before comparing)", () => {
  const t = buildTemplate({
    total: 1000,
    rankBy: "percentOfOwnMax",
    criteria: [group("A", [leaf("A.1", 500), leaf("A.2", 500)])],
  });
  const run = (scores: [string, number][]) =>
    evaluateCluster(t, scores.map(([name]) => ({ name })), scores.flatMap(([name, v]) => entriesFor(name, { "A.1": 500, "A.2": v - 500 })));

  it("912,41 ranks above 912,35 although both show 91,24 %", () => {
    const r = run([["Hà Giang", 912.35], ["Yên Bái", 912.41]]);
    expect([byName(r, "Yên Bái").rank, byName(r, "Hà Giang").rank]).toEqual([1, 2]);
    expect(r.units.map((u) => u.rankValue)).toEqual([91.24, 91.24]);
    expect(r.units.map((u) => u.exactValue)).toEqual([91.235, 91.241]);
  });

  it("shows the decimals that separate them, and explains the order by the exact share", () => {
    const r = run([["Hà Giang", 912.35], ["Yên Bái", 912.41], ["Lào Cai", 900]]);
    expect(r.units.map((u) => u.shownDecimals)).toEqual([3, 3, 2]);
    expect(render(byName(r, "Yên Bái").tie!, "vi-VN")).toBe(
      "Cùng 91,24% điểm tối đa của mình (làm tròn) với Hà Giang; xếp trên Hà Giang vì tỷ lệ chính xác cao hơn (91,241% so với 91,235%).",
    );
    expect(render(byName(r, "Hà Giang").tie!, "en-US")).toBe(
      "Shows the same 91.24% of its own maximum (rounded) as Yên Bái; ranked below Yên Bái on the exact share (91.235% vs 91.241%).",
    );
    expect(byName(r, "Lào Cai").tie).toBeNull();
  });

  it("equal exact shares on different own maxima are a real tie (45,6 of 50 and 91,2 of 100 after N/A)", () => {
    const t2 = buildTemplate({
      total: 100,
      rankBy: "percentOfOwnMax",
      criteria: [group("A", [leaf("A.1", 50, undefined, { naAllowed: true }), leaf("A.2", 50)])],
    });
    const r = evaluateCluster(t2, [{ name: "X" }, { name: "Y" }], [...entriesFor("X", { "A.1": "N/A", "A.2": 45.6 }), ...entriesFor("Y", { "A.1": 45.6, "A.2": 45.6 })]);
    expect(r.units.map((u) => u.rank)).toEqual([1, 1]);
    expect(r.units.map((u) => u.shownDecimals)).toEqual([2, 2]);
  });
});

describe("a gate nobody decided (regression: an empty gate kept the unit proposable)", () => {
  const t = buildTemplate({
    bands: [{ label: "Tốt", min: 0 }],
    awards: [{ id: "bk", title: "Bằng khen", quota: { count: 1 } }],
    criteria: [group("S", [leaf("S.1", 100)]), group("DK", [leaf("DK.1", undefined), leaf("DK.2", undefined)], { kind: "gate" })],
  });
  const run = (gates: Record<string, [unknown, unknown]>) =>
    evaluateCluster(
      t,
      [{ name: "A" }, { name: "B" }],
      [
        ...entriesFor("A", { "S.1": 95, "DK.1": gates["A"]![0] as string, "DK.2": gates["A"]![1] as string }),
        ...entriesFor("B", { "S.1": 90, "DK.1": "Đạt", "DK.2": "Đạt" }),
      ],
    );

  it.each<[string, unknown]>([["empty", undefined], ["blank text", "  "], ["an unknown word", "x"]])("%s: keeps its rank, is not proposed, the gate is awaiting a decision", (_n, v) => {
    const r = run({ A: ["Đạt", v] });
    const a = byName(r, "A");
    expect([a.rank, a.eligible, a.pendingGates, a.award, a.band]).toEqual([1, true, ["DK.2"], null, "Tốt"]);
    expect(byName(r, "B").award).toEqual({ status: "proposed", awardId: "bk", title: "Bằng khen" });
  });

  it("once Đạt is entered the unit is proposed; Không đạt makes it ineligible (nothing pending)", () => {
    expect(byName(run({ A: ["Đạt", "Đạt"] }), "A").award).toMatchObject({ status: "proposed" });
    const failed = byName(run({ A: ["Không đạt", undefined] }), "A");
    expect([failed.eligible, failed.pendingGates, failed.award]).toEqual([false, [], null]);
  });
});

describe("tie explanations stay bounded (regression: each listed every other tied unit)", () => {
  it("10,000 units tied: each explanation names at most 5 others and the output grows linearly", () => {
    const t = buildTemplate({ criteria: [group("A", [leaf("A.1", 100)])] });
    const lengths = [1000, 10_000].map((n) => {
      const names = Array.from({ length: n }, (_, i) => `Đơn vị số ${i + 1}`);
      const r = evaluateCluster(t, names.map((name) => ({ name })), names.flatMap((name) => entriesFor(name, { "A.1": 50 })));
      const lines = r.units.map((u) => render(u.tie!, "vi-VN"));
      expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(200);
      return lines.reduce((s, l) => s + l.length, 0);
    });
    expect(lengths[1]! / lengths[0]!).toBeLessThan(11);
    const t3 = buildTemplate({ criteria: [group("A", [leaf("A.1", 100)])] });
    const r = evaluateCluster(t3, ["A", "B", "C"].map((name) => ({ name })), ["A", "B", "C"].flatMap((name) => entriesFor(name, { "A.1": 50 })));
    expect(render(r.units[0]!.tie!, "vi-VN")).toBe("Bằng 50 điểm với B, C, các tiêu chí phân định cũng bằng nhau: đồng hạng 1.");
  });

  it("the text names the count and the first five", () => {
    const t = buildTemplate({ criteria: [group("A", [leaf("A.1", 100)])] });
    const names = Array.from({ length: 8 }, (_, i) => `U${i + 1}`);
    const r = evaluateCluster(t, names.map((name) => ({ name })), names.flatMap((name) => entriesFor(name, { "A.1": 50 })));
    expect(render(r.units[0]!.tie!, "en-US")).toBe("Tied on 50 points with 7 other units (first 5: U2, U3, U4, U5, U6), and equal on every tie-break: shares rank 1.");
  });
});
