import { buildTemplate, group, leaf, type TemplateOverrides } from "../../../test/fixtures/domain/builders";
import { allocateAwards, type AwardCandidate } from "./awards";
import { classify } from "./classify";
import { quotaSize } from "./quota";
import { competitionRanks, decidingKey, orient } from "./rank";

const k = (value: number, ...keys: number[]) => ({ value, keys });

describe("competitionRanks", () => {
  it("gives 1, 2, 2, 4 for a tie in second place, whatever the input order", () => {
    expect(competitionRanks([k(90), k(85), k(85), k(80)])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([k(80), k(85), k(90), k(85)])).toEqual([4, 2, 1, 2]);
  });

  it("all equal → all first; empty → empty", () => {
    expect(competitionRanks([k(5), k(5), k(5)])).toEqual([1, 1, 1]);
    expect(competitionRanks([])).toEqual([]);
  });

  it("uses the keys in chain order, higher first", () => {
    expect(competitionRanks([k(80, 1, 9), k(80, 2, 0), k(80, 1, 10), k(80, 2, 0)])).toEqual([4, 1, 3, 1]);
  });

  it("the value dominates the keys", () => {
    expect(competitionRanks([k(79.99, 100), k(80, 0)])).toEqual([2, 1]);
  });

  it("handles negative totals", () => {
    expect(competitionRanks([k(-5), k(0), k(-5)])).toEqual([2, 1, 2]);
  });
});

describe("orient / decidingKey", () => {
  it("penalties rank better when smaller; every other key when larger", () => {
    expect(orient({ by: "penalty" }, 2)).toBe(-2);
    expect(orient({ by: "bonus" }, 2)).toBe(2);
    expect(orient({ by: "selfTotal" }, 2)).toBe(2);
    expect(orient({ by: "criterion", code: "A" }, 2)).toBe(2);
    // with oriented keys, the unit with fewer deductions ranks first
    expect(competitionRanks([k(80, orient({ by: "penalty" }, 2)), k(80, orient({ by: "penalty" }, 1))])).toEqual([2, 1]);
  });

  it("finds the first key that differs", () => {
    expect(decidingKey(k(1, 5, 3, 2), k(1, 5, 4, 1))).toBe(1);
    expect(decidingKey(k(1, 5), k(1, 5))).toBe(-1);
    expect(decidingKey(k(1, 5, 0), k(1, 5))).toBe(-1);
  });
});

describe("classify", () => {
  const tpl = (bands: TemplateOverrides["bands"], bandGap?: "lowerBand" | "unclassified") =>
    buildTemplate({ bands, ...(bandGap ? { bandGap } : {}), criteria: [group("S", [leaf("S.1", 100)])] });

  it("Công đoàn ĐHSG: '>= 90 xuất sắc; >= 85 tốt; >= 50 hoàn thành; < 50 không hoàn thành'", () => {
    const t = tpl([
      { label: "Hoàn thành xuất sắc", min: 90, max: 100 },
      { label: "Hoàn thành tốt", min: 85, max: 90, maxExclusive: true },
      { label: "Hoàn thành", min: 50, max: 85, maxExclusive: true },
      { label: "Không hoàn thành", min: 0, max: 50, maxExclusive: true },
    ]);
    expect(classify(t, 100)).toBe("Hoàn thành xuất sắc");
    expect(classify(t, 90)).toBe("Hoàn thành xuất sắc");
    expect(classify(t, 89.99)).toBe("Hoàn thành tốt");
    expect(classify(t, 85)).toBe("Hoàn thành tốt");
    expect(classify(t, 84.99)).toBe("Hoàn thành");
    expect(classify(t, 50)).toBe("Hoàn thành");
    expect(classify(t, 49.5)).toBe("Không hoàn thành");
    expect(classify(t, 0)).toBe("Không hoàn thành");
  });

  it("CCB Cụm 3 integer bands: 80,5 is in a gap → the lower band, or unclassified", () => {
    const bands = [
      { label: "TSVM xuất sắc", min: 81, max: 90 },
      { label: "TSVM tiên tiến", min: 71, max: 80 },
      { label: "TSVM", min: 61, max: 70 },
      { label: "đơn vị yếu", min: 0, max: 60 },
    ];
    const lower = tpl(bands, "lowerBand");
    const uncl = tpl(bands, "unclassified");
    expect(classify(lower, 81)).toBe("TSVM xuất sắc");
    expect(classify(lower, 80)).toBe("TSVM tiên tiến");
    expect(classify(lower, 80.5)).toBe("TSVM tiên tiến");
    expect(classify(lower, 80.75)).toBe("TSVM tiên tiến");
    expect(classify(uncl, 80.5)).toBeNull();
    expect(classify(uncl, 80)).toBe("TSVM tiên tiến");
    expect(classify(lower, 60.25)).toBe("đơn vị yếu");
    expect(classify(uncl, 60.25)).toBeNull();
    // above the top band (bonus can push a total over the scale)
    expect(classify(lower, 92)).toBe("TSVM xuất sắc");
    expect(classify(uncl, 92)).toBeNull();
  });

  it("overlapping bands (published '80–90' and '≥ 90'): the shared bound goes to the higher band", () => {
    const t = tpl([
      { label: "Tốt", min: 80, max: 90 },
      { label: "Xuất sắc", min: 90 },
    ]);
    expect(classify(t, 90)).toBe("Xuất sắc");
    expect(classify(t, 89.99)).toBe("Tốt");
  });

  it("below every band → unclassified; no bands → unclassified", () => {
    expect(classify(tpl([{ label: "Tốt", min: 80 }]), 79.99)).toBeNull();
    expect(classify(tpl([]), 50)).toBeNull();
  });

  it("bands listed in any order", () => {
    const t = tpl([
      { label: "Khá", min: 65, max: 80, maxExclusive: true },
      { label: "Xuất sắc", min: 90 },
      { label: "Tốt", min: 80, max: 90, maxExclusive: true },
    ]);
    expect(classify(t, 95)).toBe("Xuất sắc");
    expect(classify(t, 80)).toBe("Tốt");
    expect(classify(t, 79.99)).toBe("Khá");
  });
});

describe("quotaSize", () => {
  it("a count is the count", () => {
    expect(quotaSize({ count: 2 }, 10, 3)).toBe(2);
    expect(quotaSize({ count: 0 }, 10, 10)).toBe(0);
  });

  it("'không quá 20%': 10 units → 2, 4 units → 0, 9 units → 1, 5 units → 1", () => {
    expect(quotaSize({ percent: 20 }, 10, 10)).toBe(2);
    expect(quotaSize({ percent: 20 }, 4, 4)).toBe(0);
    expect(quotaSize({ percent: 20 }, 9, 9)).toBe(1);
    expect(quotaSize({ percent: 20 }, 5, 5)).toBe(1);
  });

  it("float noise does not lose a place (e.g. 7 % of 100, 35 % of 20, 70 % of 10)", () => {
    expect(quotaSize({ percent: 7 }, 100, 100)).toBe(7);
    expect(quotaSize({ percent: 35 }, 20, 20)).toBe(7);
    expect(quotaSize({ percent: 70 }, 10, 10)).toBe(7);
    expect(quotaSize({ percent: 70, rounding: "ceil" }, 10, 10)).toBe(7);
  });

  it("rounding up or to nearest when the template says so", () => {
    expect(quotaSize({ percent: 20, rounding: "ceil" }, 4, 4)).toBe(1);
    expect(quotaSize({ percent: 20, rounding: "round" }, 4, 4)).toBe(1); // 0.8
    expect(quotaSize({ percent: 20, rounding: "round" }, 2, 2)).toBe(0); // 0.4
    expect(quotaSize({ percent: 25, rounding: "round" }, 6, 6)).toBe(2); // 1.5
  });

  it("the eligible base uses the eligible count", () => {
    expect(quotaSize({ percent: 50, base: "eligible" }, 10, 4)).toBe(2);
    expect(quotaSize({ percent: 50, base: "units" }, 10, 4)).toBe(5);
  });
});

describe("allocateAwards", () => {
  const t = buildTemplate({
    bands: [{ label: "Xuất sắc", min: 90 }, { label: "Tốt", min: 0, max: 90, maxExclusive: true }],
    awards: [
      { id: "co", title: "Cờ", quota: { count: 1 }, minScore: 95 },
      { id: "bk", title: "Bằng khen", quota: { count: 2 }, bands: ["Xuất sắc"] },
    ],
  });
  const c = (rank: number, value: number, eligible = true): AwardCandidate => ({ rank, value, band: value >= 90 ? "Xuất sắc" : "Tốt", eligible });
  const summary = (out: ReturnType<typeof allocateAwards>) => out.map((o) => (o ? `${o.status}:${o.awardId}` : null));

  it("gives each unit at most one award, the most prestigious first, skipping the ineligible", () => {
    expect(summary(allocateAwards(t, [c(2, 96), c(1, 98, false), c(3, 95), c(4, 92), c(5, 89)]))).toEqual([
      "proposed:co", null, "proposed:bk", "proposed:bk", null,
    ]);
  });

  it("a tie across the boundary needs a vote with the slots left and the contenders", () => {
    // the flag goes to rank 1; rank 2 takes one merit place; ranks 3, 3 tie for the last one; rank 5 gets nothing
    const out = allocateAwards(t, [c(1, 97), c(2, 93), c(3, 92), c(3, 92), c(5, 91)]);
    expect(summary(out)).toEqual(["proposed:co", "proposed:bk", "needsVote:bk", "needsVote:bk", null]);
    expect(out[2]).toEqual({ status: "needsVote", awardId: "bk", title: "Bằng khen", slots: 1, contenders: [2, 3], fallback: [] });
    expect(out[3]).toEqual(out[2]);
  });

  it("a three-way tie for two remaining places: slots 1 after one proposal", () => {
    const out = allocateAwards(t, [c(1, 94), c(2, 93), c(2, 93), c(2, 93)]);
    // no flag (below 95); rank 1 takes one merit place, three units tie for the last one
    expect(summary(out)).toEqual(["proposed:bk", "needsVote:bk", "needsVote:bk", "needsVote:bk"]);
    expect(out[2]!.status === "needsVote" && out[2]!.slots).toBe(1);
  });
});
