import blank from "../../templates/blank-100.json";
import { buildTemplate, group, leaf, mustParse, templateObject, vi, en, clone } from "../../../test/fixtures/domain/builders";
import type { MessageId } from "../index";
import { checkTemplate } from "./check";
import type { TemplateIssue } from "./parse";

const ids = (issues: TemplateIssue[]) => issues.map((i) => i.message.id);
function only(issues: TemplateIssue[], id: MessageId): TemplateIssue[] {
  return issues.filter((i) => i.message.id === id);
}

const ccbBands = [
  // Hội CCB Cụm 3 (ccb-cum-3-thang-90.json): "từ 81 đến 90 … từ 71 đến 80 … từ 61 đến 70 … từ 60 điểm trở xuống"
  { label: "TSVM xuất sắc", min: 81, max: 90 },
  { label: "TSVM tiên tiến", min: 71, max: 80 },
  { label: "TSVM", min: 61, max: 70 },
  { label: "đơn vị yếu", min: 0, max: 60 },
];

describe("checkTemplate", () => {
  it("finds nothing wrong with blank-100.json", () => {
    expect(checkTemplate(mustParse(blank))).toEqual([]);
    expect(checkTemplate(mustParse(blank), { unitCount: 5 })).toEqual([]);
  });

  it("does not change the template", () => {
    const t = mustParse(blank);
    const before = clone(t.input);
    checkTemplate(t, { unitCount: 1 });
    expect(t.input).toEqual(before);
  });

  describe("tree", () => {
    it("children that do not add up to the group maximum, with the numbers", () => {
      const t = buildTemplate({ criteria: [group("A", [leaf("A.1", 20), leaf("A.2", 30)], { max: 60 }), leaf("B", 40)] });
      const [w, ...rest] = only(checkTemplate(t), "check.childrenSumMismatch");
      expect(rest).toEqual([]);
      expect(w!.severity).toBe("warning");
      expect(w!.path).toBe("criteria[0].max");
      expect(w!.message.params).toEqual({ code: "A", sum: 50, max: 60 });
      expect(vi(w!.message)).toBe("Nhóm A: tổng điểm các tiêu chí con là 50 nhưng điểm tối đa của nhóm là 60.");
      expect(en(w!.message)).toBe("Group A: its children add up to 50 but the group maximum is 60.");
      // the scored total is 60 + 40 = 100: no total mismatch
      expect(only(checkTemplate(t), "check.totalMismatch")).toEqual([]);
    });

    it("float noise in the children's sum is not a mismatch (0.1 + 0.2 = 0.3)", () => {
      const t = buildTemplate({
        total: 100.3,
        criteria: [group("A", [leaf("A.1", 0.1), leaf("A.2", 0.2)], { max: 0.3 }), leaf("B", 100)],
      });
      expect(checkTemplate(t)).toEqual([]);
    });

    it("a group without a declared max is never a mismatch", () => {
      const t = buildTemplate({ criteria: [group("A", [leaf("A.1", 50), leaf("A.2", 50)])] });
      expect(only(checkTemplate(t), "check.childrenSumMismatch")).toEqual([]);
    });

    it("bonus children of a scored group do not count in its sum", () => {
      const t = buildTemplate({
        criteria: [group("A", [leaf("A.1", 60), leaf("A.2", 40), leaf("A.T", 5, undefined, { kind: "bonus" })], { max: 100 })],
      });
      expect(checkTemplate(t)).toEqual([]);
    });

    it("scored groups that do not add up to the total, with the numbers", () => {
      const t = buildTemplate({
        total: 100,
        criteria: [group("A", [leaf("A.1", 60)]), group("B", [leaf("B.1", 30)]), group("C", [leaf("C.1", 20)], { kind: "bonus" })],
      });
      const issues = only(checkTemplate(t), "check.totalMismatch");
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toBe("total");
      expect(issues[0]!.severity).toBe("warning");
      expect(issues[0]!.message.params).toEqual({ sum: 90, total: 100 });
      expect(vi(issues[0]!.message)).toContain("90");
      expect(vi(issues[0]!.message)).toContain("100");
      expect(en(issues[0]!.message)).toBe("The scored groups add up to 90 but the template total is 100.");
    });

    it("duplicate codes are errors, one per repeat, with the count", () => {
      const t = buildTemplate({
        criteria: [group("A", [leaf("A.1", 40), leaf("A.2", 30), leaf("A.1", 30)])],
      });
      const issues = only(checkTemplate(t), "check.duplicateCode");
      expect(issues).toHaveLength(1);
      expect(issues[0]!.severity).toBe("error");
      expect(issues[0]!.path).toBe("criteria[0].children[2].code");
      expect(issues[0]!.message.params).toEqual({ code: "A.1", count: 2 });
      expect(en(issues[0]!.message)).toContain("A.1");
      expect(vi(issues[0]!.message)).toContain("A.1");
    });

    it("codes equal after normalisation count as duplicates (Hoà vs Hòa, case, NFD, spaces)", () => {
      const t = buildTemplate({
        criteria: [
          group("A", [
            leaf("Hòa.1", 25),
            leaf("Hoà.1", 25),
            leaf("HÒA.1".normalize("NFD"), 25),
            leaf("A.4", 25),
          ]),
        ],
      });
      const issues = only(checkTemplate(t), "check.duplicateCode");
      expect(issues.map((i) => i.path)).toEqual(["criteria[0].children[1].code", "criteria[0].children[2].code"]);
      expect(issues.every((i) => i.severity === "error" && i.message.params.count === 3)).toBe(true);
    });

    it("a group and a leaf sharing a code are duplicates too", () => {
      const t = buildTemplate({ criteria: [group("A", [leaf("a", 50), leaf("A.2", 50)])] });
      expect(only(checkTemplate(t), "check.duplicateCode").map((i) => i.path)).toEqual(["criteria[0].children[0].code"]);
    });

    it("a step that does not divide the maximum (0.3 into 1)", () => {
      const t = buildTemplate({
        total: 10,
        criteria: [group("A", [leaf("A.1", 1, { type: "manual", step: 0.3 }), leaf("A.2", 9, { type: "manual", step: 0.25 })])],
      });
      const issues = only(checkTemplate(t), "check.stepDoesNotDivideMax");
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toBe("criteria[0].children[0].method");
      expect(issues[0]!.message.params).toEqual({ code: "A.1", step: 0.3, max: 1 });
      expect(vi(issues[0]!.message)).toContain("0,3");
      expect(en(issues[0]!.message)).toContain("0.3");
    });

    it("the template step is checked against every manual leaf", () => {
      const t = buildTemplate({ step: 0.5, total: 10, criteria: [group("A", [leaf("A.1", 2.25), leaf("A.2", 7.75)])] });
      expect(only(checkTemplate(t), "check.stepDoesNotDivideMax").map((i) => i.message.params.code)).toEqual(["A.1", "A.2"]);
    });

    it("a perCount cap above the maximum", () => {
      const t = buildTemplate({
        total: 3,
        criteria: [group("A", [leaf("A.1", 3, { type: "perCount", per: 0.5, cap: 4, mode: "deductFromMax" })])],
      });
      const issues = only(checkTemplate(t), "check.perCountCapOverMax");
      expect(issues.map((i) => [i.path, i.message.params])).toEqual([["criteria[0].children[0].method.cap", { code: "A.1", cap: 4, max: 3 }]]);
    });

    it("levels that never reach the maximum", () => {
      const t = buildTemplate({
        total: 5,
        criteria: [group("A", [leaf("A.1", 5, { type: "levels", levels: [{ points: 0, label: "Không" }, { points: 4, label: "Có" }] })])],
      });
      const issues = only(checkTemplate(t), "check.levelsMissingMax");
      expect(issues.map((i) => i.message.params)).toEqual([{ code: "A.1", max: 5, top: 4 }]);
    });
  });

  describe("bands", () => {
    it("overlapping bands: an inclusive upper bound equal to the next minimum", () => {
      const t = buildTemplate({
        bands: [
          { label: "Xuất sắc", min: 90 },
          { label: "Tốt", min: 80, max: 90 },
          { label: "Khá", min: 0, max: 80, maxExclusive: true },
        ],
      });
      const issues = checkTemplate(t);
      expect(ids(issues)).toEqual(["check.bandsOverlap"]);
      expect(issues[0]!.path).toBe("bands[0]");
      expect(issues[0]!.message.params).toMatchObject({ a: "Tốt", aRange: "80–90", b: "Xuất sắc", bRange: "≥ 90" });
      expect(en(issues[0]!.message)).toBe('Bands "Tốt" (80–90) and "Xuất sắc" (≥ 90) overlap.');
    });

    it("an exclusive upper bound equal to the next minimum is neither gap nor overlap", () => {
      const t = buildTemplate({
        bands: [
          { label: "Xuất sắc", min: 90 },
          { label: "Tốt", min: 80, max: 90, maxExclusive: true },
          { label: "Khá", min: 0, max: 80, maxExclusive: true },
        ],
      });
      expect(checkTemplate(t)).toEqual([]);
    });

    it("a band reaching into the next one", () => {
      const t = buildTemplate({ bands: [{ label: "Tốt", min: 80 }, { label: "Khá", min: 0, max: 85, maxExclusive: true }] });
      expect(ids(checkTemplate(t))).toEqual(["check.bandsOverlap"]);
    });

    it("CCB-like integer bands leave gaps; the example uses the template step (80.25 for step 0.25)", () => {
      const t = buildTemplate({ total: 90, step: 0.25, bands: ccbBands, criteria: [leaf("TONG", 90)] });
      const gaps = only(checkTemplate(t), "check.bandsGap");
      expect(gaps.map((g) => g.message.params.example)).toEqual([60.25, 70.25, 80.25]);
      const top = gaps.find((g) => g.message.params.upper === "TSVM xuất sắc")!;
      expect(top.severity).toBe("warning");
      expect(top.path).toBe("bands[1]");
      expect(top.message.params).toMatchObject({ lower: "TSVM tiên tiến", lowerRange: "71–80", upper: "TSVM xuất sắc", upperRange: "81–90", example: 80.25 });
      expect(vi(top.message)).toBe(
        'Giữa mức "TSVM tiên tiến" (71–80) và "TSVM xuất sắc" (81–90) có khoảng trống: điểm như 80,25 không thuộc mức nào. Mẫu quy định: xếp vào mức thấp hơn.',
      );
      expect(en(top.message)).toContain("80.25");
      expect(en(top.message)).toContain("classified in the lower band");
    });

    it("the gap message states the unclassified rule when the template says so", () => {
      const t = buildTemplate({ total: 90, step: 0.25, bands: ccbBands, bandGap: "unclassified", criteria: [leaf("TONG", 90)] });
      const gaps = only(checkTemplate(t), "check.bandsGap");
      expect(gaps).toHaveLength(3);
      expect(en(gaps[0]!.message)).toContain("left unclassified");
      expect(vi(gaps[0]!.message)).toContain("không xếp loại");
    });

    it("without a step the gap example is one unit of the precision", () => {
      const t = buildTemplate({ total: 90, precision: 2, bands: ccbBands, criteria: [leaf("TONG", 90)] });
      expect(only(checkTemplate(t), "check.bandsGap").map((g) => g.message.params.example)).toEqual([60.01, 70.01, 80.01]);
      const t1 = buildTemplate({ total: 90, precision: 1, bands: ccbBands, criteria: [leaf("TONG", 90)] });
      expect(only(checkTemplate(t1), "check.bandsGap").map((g) => g.message.params.example)).toEqual([60.1, 70.1, 80.1]);
    });

    it("a gap after an exclusive bound: the bound itself is the example", () => {
      const t = buildTemplate({ bands: [{ label: "Tốt", min: 81 }, { label: "Khá", min: 0, max: 80, maxExclusive: true }] });
      expect(only(checkTemplate(t), "check.bandsGap").map((g) => g.message.params.example)).toEqual([80]);
    });

    it("a bottom band starting above 0", () => {
      const t = buildTemplate({ bands: [{ label: "Tốt", min: 80 }, { label: "Khá", min: 50, max: 80, maxExclusive: true }] });
      const issues = checkTemplate(t);
      expect(ids(issues)).toEqual(["check.bandsBottom"]);
      expect(issues[0]!.path).toBe("bands[1].min");
      expect(issues[0]!.message.params).toEqual({ min: 50 });
      expect(en(issues[0]!.message)).toBe("The lowest band starts at 50; scores below 50 are unclassified.");
    });

    it("no bands: nothing to report", () => {
      expect(checkTemplate(buildTemplate({ bands: [] }))).toEqual([]);
    });
  });

  describe("awards against the unit count", () => {
    it("a count quota larger than the cluster", () => {
      const t = buildTemplate({ awards: [{ id: "bk", title: "Bằng khen", quota: { count: 3 } }] });
      const issues = checkTemplate(t, { unitCount: 2 });
      expect(ids(issues)).toEqual(["check.quotaImpossible"]);
      expect(issues[0]!.path).toBe("awards[0].quota");
      expect(issues[0]!.message.params).toEqual({ award: "Bằng khen", quota: 3, units: 2 });
      expect(en(issues[0]!.message)).toBe("Award Bằng khen: quota of 3 units but the cluster has only 2.");
      expect(checkTemplate(t, { unitCount: 3 })).toEqual([]);
      expect(checkTemplate(t)).toEqual([]);
    });

    it("a percent quota rounding down to 0 (20 % of 4 units)", () => {
      const t = buildTemplate({ awards: [{ id: "co", title: "Cờ thi đua", quota: { percent: 20 } }] });
      const issues = checkTemplate(t, { unitCount: 4 });
      expect(ids(issues)).toEqual(["check.quotaZero"]);
      expect(issues[0]!.message.params).toEqual({ award: "Cờ thi đua", percent: 20, units: 4 });
      expect(vi(issues[0]!.message)).toContain("20% của 4 đơn vị");
      expect(checkTemplate(t, { unitCount: 5 })).toEqual([]); // 20 % of 5 = 1
      expect(checkTemplate(t, { unitCount: 10 })).toEqual([]);
    });

    it("a percent quota that rounds up is not zero", () => {
      const t = buildTemplate({ awards: [{ id: "co", title: "Cờ", quota: { percent: 20, rounding: "ceil" } }] });
      expect(checkTemplate(t, { unitCount: 4 })).toEqual([]);
    });
  });

  it("reports tree, band and award problems together", () => {
    const obj = templateObject({
      total: 100,
      step: 0.3,
      bands: [{ label: "Tốt", min: 50 }],
      awards: [{ id: "bk", title: "BK", quota: { count: 9 } }],
      criteria: [group("A", [leaf("A.1", 1), leaf("A.1", 2)], { max: 5 })],
    });
    const issues = checkTemplate(mustParse(obj), { unitCount: 3 });
    expect(new Set(ids(issues))).toEqual(
      new Set(["check.childrenSumMismatch", "check.duplicateCode", "check.stepDoesNotDivideMax", "check.totalMismatch", "check.bandsBottom", "check.quotaImpossible"]),
    );
  });
});
