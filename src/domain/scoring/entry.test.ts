import blank from "../../templates/blank-100.json";
import { buildTemplate, group, leaf, mustParse, vi, en } from "../../../test/fixtures/domain/builders";
import type { Criterion } from "../template/model";
import { isUsable, readEntry, type RawValue } from "./entryValue";
import { leafPoints, relativeToBestPoints } from "./points";

const t = buildTemplate({
  total: 48,
  step: 0.25,
  criteria: [
    group("G", [
      leaf("M", 10),
      leaf("PF", 5, { type: "passFail" }),
      // TN&MT-like mutually exclusive tiers (">98% / 97–98% / 96–97%"), written as one column
      leaf("LV", 5, {
        type: "levels",
        levels: [
          { points: 5, label: ">98%" },
          { points: 4, label: "97–98%" },
          { points: 3, label: "96–97%" },
          { points: 0, label: "<96%" },
        ],
      }),
      // TN&MT a1: "Mỗi trường hợp … trừ 0,5 điểm … Tổng điểm trừ của mục a1 không quá 1,5 điểm" (điểm chuẩn 3)
      leaf("a1", 3, { type: "perCount", per: 0.5, cap: 1.5, mode: "deductFromMax" }),
      leaf("R", 10, { type: "ratio" }),
      leaf("CA", 5, { type: "relativeToBest" }),
      leaf("NA", 10, undefined, { naAllowed: true }),
    ]),
    // TN&MT 4.3.1: "+0,2/bài, tổng không quá 1"
    group("T", [leaf("4.3.1", 1, { type: "perCount", per: 0.2, cap: 1, mode: "accumulate" })], { kind: "bonus" }),
    group("DK", [leaf("DK.1", undefined)], { kind: "gate" }),
  ],
});
const L = (code: string): Criterion => t.leaves.find((l) => l.code === code)!;

function read(code: string, raw: RawValue) {
  return readEntry(L(code), raw);
}
function numberOf(code: string, raw: RawValue): number {
  const r = read(code, raw);
  if (r.value.kind !== "number") throw new Error(`${String(raw)} did not read as a number for ${code}`);
  return r.value.value;
}
/** Points from a raw entry, 0 when the entry is not usable (as the totals do). */
function points(code: string, raw: RawValue, best = 0): number {
  const r = read(code, raw);
  return isUsable(L(code), r.value) ? leafPoints(L(code), r.value.value, best) : 0;
}

describe("readEntry: empty and not applicable", () => {
  it.each([null, undefined, "", "   ", "\u00a0\t"])("%j is empty, with no problem", (raw) => {
    expect(read("M", raw as RawValue)).toEqual({ value: { kind: "empty" }, problems: [] });
  });

  it.each(["N/A", "n/a", "KAD", "kad", "Không áp dụng", "KHÔNG ÁP DỤNG", "không áp dụng".normalize("NFD"), " N/A "])(
    "%j is not applicable where naAllowed",
    (raw) => {
      expect(read("NA", raw)).toEqual({ value: { kind: "na" }, problems: [] });
    },
  );

  it("N/A is an error where the criterion does not allow it", () => {
    const r = read("M", "N/A");
    expect(r.value.kind).toBe("invalid");
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.severity).toBe("error");
    expect(r.problems[0]!.message.id).toBe("entry.naNotAllowed");
    expect(read("PF", "KAD").value.kind).toBe("invalid");
  });
});

describe("manual", () => {
  it("accepts 0…max on the step", () => {
    for (const v of [0, 0.25, 7.5, 10]) {
      expect(read("M", v)).toEqual({ value: { kind: "number", value: v }, problems: [] });
      expect(points("M", v)).toBe(v);
    }
  });

  it("an off-step value is a warning with the step below as suggestion; it still counts as entered", () => {
    const r = read("M", 7.3);
    expect(r.value).toEqual({ kind: "number", value: 7.3 });
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p.severity).toBe("warning");
    expect(p.message.id).toBe("entry.offStep");
    expect(p.message.params).toEqual({ value: 7.3, step: 0.25, suggestion: 7.25 });
    expect(p.fix?.value).toBe(7.25);
    expect(vi(p.message)).toBe("Điểm 7,3 không theo bước 0,25. Gợi ý: 7,25.");
    expect(en(p.message)).toBe("7.3 is not a multiple of the step 0.25. Suggestion: 7.25.");
    expect(points("M", 7.3)).toBe(7.3);
    // exactly representable quarter steps are not flagged even after float arithmetic
    expect(read("M", 0.1 + 0.15).problems).toEqual([]);
    expect(read("M", 9.99).problems[0]!.fix?.value).toBe(9.75);
  });

  it("above the maximum is an error with a fix to the maximum, and the points are capped", () => {
    const r = read("M", 12);
    expect(r.value).toEqual({ kind: "number", value: 12 });
    expect(r.problems.map((p) => [p.severity, p.message.id, p.fix?.value])).toEqual([["error", "entry.aboveMax", 10]]);
    expect(r.problems[0]!.message.params).toEqual({ value: 12, max: 10 });
    expect(en(r.problems[0]!.message)).toBe("12 is above the maximum 10. Enter 0 to 10.");
    expect(points("M", 12)).toBe(10);
  });

  it("below zero is an error, not counted", () => {
    const r = read("M", -1);
    expect(r.problems.map((p) => [p.severity, p.message.id, p.fix?.value])).toEqual([["error", "entry.belowZero", 0]]);
    expect(isUsable(L("M"), r.value)).toBe(false);
    expect(points("M", -1)).toBe(0);
  });

  it("text that looks like a number is an error with a convert fix and is not counted", () => {
    const r = read("M", "8,25");
    expect(r.value).toEqual({ kind: "invalid" });
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p.severity).toBe("error");
    expect(p.message.id).toBe("entry.textNumber");
    expect(p.message.params).toEqual({ value: "8,25", number: 8.25 });
    expect(p.fix?.value).toBe(8.25);
    expect(p.fix?.message.id).toBe("fix.convertToNumber");
    expect(vi(p.fix!.message)).toBe("Đổi thành số 8,25");
    expect(en(p.fix!.message)).toBe("Convert to the number 8.25");
    expect(vi(p.message)).toBe('"8,25" là chữ trông giống số nên không được tính điểm. Đổi ô thành số 8,25.');
    expect(points("M", "8,25")).toBe(0);
    expect(read("M", "8.25").problems[0]!.fix?.value).toBe(8.25);
    expect(read("M", " 7 ").problems[0]!.fix?.value).toBe(7);
  });

  it("ambiguous text ('1.000') is an error naming both readings, with no automatic fix", () => {
    const r = read("M", "1.000");
    expect(r.value.kind).toBe("invalid");
    const p = r.problems[0]!;
    expect(p.message.id).toBe("entry.ambiguousNumber");
    expect(p.message.params).toMatchObject({ value: "1.000", a: 1, b: 1000 });
    expect(p.fix).toBeUndefined();
    expect(en(p.message)).toContain("could mean 1 or 1000");
  });

  it.each<[RawValue, string]>([
    ["abc", "abc"],
    [true, "true"],
    [NaN, "NaN"],
    [Infinity, "Infinity"],
    ["Đạt", "Đạt"],
  ])("%j is not a number", (raw, shown) => {
    const r = read("M", raw);
    expect(r.value.kind).toBe("invalid");
    expect(r.problems.map((p) => p.message.id)).toEqual(["entry.notANumber"]);
    expect(r.problems[0]!.message.params.value).toBe(shown);
  });
});

describe("passFail", () => {
  it.each<[RawValue, number]>([
    ["Đạt", 1],
    ["đạt", 1],
    ["ĐẠT", 1],
    [" Đạt ", 1],
    ["Đạt".normalize("NFD"), 1],
    ["Không đạt", 0],
    ["không đạt", 0],
    ["KHÔNG ĐẠT", 0],
    ["Không\u00a0đạt".normalize("NFD"), 0],
    [true, 1],
    [false, 0],
    [0, 0],
    [5, 1], // the maximum itself
  ])("%j reads as %p", (raw, expected) => {
    const r = read("PF", raw);
    expect(r.problems).toEqual([]);
    expect(numberOf("PF", raw)).toBe(expected);
    expect(points("PF", raw)).toBe(expected === 1 ? 5 : 0);
  });

  it.each<RawValue>(["x", "X", "Dat", "TRUE", "1", 3, 1, 2.5, "Chưa đạt"])("%j is not recognised", (raw) => {
    const r = read("PF", raw);
    expect(r.value.kind).toBe("invalid");
    expect(r.problems.map((p) => [p.severity, p.message.id])).toEqual([["error", "entry.passFailUnrecognised"]]);
    expect(points("PF", raw)).toBe(0);
  });

  it("names the entry in the message", () => {
    const p = read("PF", " x ").problems[0]!;
    expect(p.message.params.value).toBe("x");
    expect(vi(p.message)).toBe('"x" không phải Đạt/Không đạt. Nhập "Đạt" hoặc "Không đạt".');
  });

  it("a gate (max 0) reads Đạt as 1 and 0 as fail", () => {
    expect(numberOf("DK.1", "Đạt")).toBe(1);
    expect(numberOf("DK.1", 0)).toBe(0);
    expect(leafPoints(L("DK.1"), 1, 0)).toBe(0);
  });
});

describe("levels", () => {
  it("only the listed points are allowed", () => {
    for (const v of [5, 4, 3, 0]) {
      expect(read("LV", v).problems).toEqual([]);
      expect(points("LV", v)).toBe(v);
    }
    for (const v of [1, 3.5, 4.5, 6]) {
      const r = read("LV", v);
      expect(r.problems.map((p) => [p.severity, p.message.id])).toEqual([["error", "entry.levelNotAllowed"]]);
      expect(isUsable(L("LV"), r.value)).toBe(false);
      expect(points("LV", v)).toBe(0);
    }
  });

  it("the message lists every tier with its label", () => {
    const p = read("LV", 4.5).problems[0]!;
    expect(p.message.params.levels).toBe("5 (>98%); 4 (97–98%); 3 (96–97%); 0 (<96%)");
    expect(en(p.message)).toContain("Choose one of: 5 (>98%); 4 (97–98%)");
  });

  it("tiers are mutually exclusive, never summed: 5 + 4 = 9 is not a level", () => {
    const r = read("LV", 9);
    expect(r.problems[0]!.message.id).toBe("entry.levelNotAllowed");
    expect(points("LV", 9)).toBe(0);
    expect(points("LV", 5)).toBe(5);
  });

  it("blank-100 T.2 (discipline: 0 / 2 / 4) takes exactly one tier", () => {
    const b = mustParse(blank);
    const t2 = b.leaves.find((l) => l.code === "T.2")!;
    expect(readEntry(t2, 2).problems).toEqual([]);
    expect(leafPoints(t2, 2, 0)).toBe(2);
    expect(readEntry(t2, 6).problems[0]!.message.id).toBe("entry.levelNotAllowed");
  });
});

describe("perCount", () => {
  it.each([
    [0, 3],
    [1, 2.5],
    [2, 2],
    [3, 1.5],
  ])("TN&MT a1 deductFromMax (max 3, −0,5 each, at most −1,5): %p cases → %p points", (count, expected) => {
    expect(read("a1", count).problems).toEqual([]);
    expect(points("a1", count)).toBe(expected);
  });

  it.each([4, 10, 120])(
    "count_over_its_bound_is_a_warning (bug: 120 typed as points in a count row was accepted silently; a real count must not block export): a1 %p cases → warning naming the bound, no fix, scored as the cap",
    (count) => {
      const r = read("a1", count);
      expect(r.problems.map((p) => [p.severity, p.message.id, p.message.params])).toEqual([
        ["warning", "undo.entry.countOverMax", { value: count, maxCount: 3, per: -0.5, limit: -1.5 }],
      ]);
      expect(r.problems[0]!.fix).toBeUndefined();
      expect(points("a1", count)).toBe(1.5);
    },
  );

  it.each([
    [0, 0],
    [1, 0.2],
    [3, 0.6],
    [5, 1],
  ])("TN&MT 4.3.1 accumulate (+0,2/bài, tổng không quá 1): %p → %p", (count, expected) => {
    expect(points("4.3.1", count)).toBeCloseTo(expected, 10);
  });

  it("a count must be a whole number ≥ 0", () => {
    for (const v of [1.5, -1]) {
      const r = read("a1", v);
      expect(r.problems.map((p) => [p.severity, p.message.id])).toEqual([["error", "entry.countNotWhole"]]);
      expect(isUsable(L("a1"), r.value)).toBe(false);
      expect(points("a1", v)).toBe(0);
    }
  });

  it("without a cap the item maximum still bounds the amount", () => {
    const t2 = buildTemplate({
      total: 3,
      criteria: [group("G", [leaf("X", 3, { type: "perCount", per: 1, mode: "deductFromMax" })])],
    });
    const x = t2.leaves[0]!;
    expect(leafPoints(x, 2, 0)).toBe(1);
    expect(leafPoints(x, 5, 0)).toBe(0);
  });

  it("a cap above the maximum still stops at the maximum", () => {
    const t2 = buildTemplate({
      total: 1,
      criteria: [group("G", [leaf("X", 1, { type: "perCount", per: 0.5, cap: 4, mode: "accumulate" })], { kind: "bonus" }), leaf("S", 1)],
    });
    expect(leafPoints(t2.leaves[0]!, 6, 0)).toBe(1);
  });
});

describe("ratio", () => {
  it.each([
    [0, 0],
    [80, 8],
    [100, 10],
    [150, 10],
    [95.5, 9.55],
  ])("%p %% of target → %p points, capped at max", (pct, expected) => {
    expect(points("R", pct)).toBeCloseTo(expected, 10);
  });

  it("a negative share is an error", () => {
    expect(read("R", -5).problems.map((p) => p.message.id)).toEqual(["entry.percentInvalid"]);
    expect(points("R", -5)).toBe(0);
  });
});

describe("relativeToBest (Công an Quảng Trị cụm 347, Điều 6)", () => {
  it("target missed: ½ x 5 x 80% = 2", () => {
    expect(relativeToBestPoints(5, 80, 200)).toBe(2);
    expect(points("CA", 80, 200)).toBe(2);
  });

  it("target met: ½ of the maximum = 2,5", () => {
    expect(relativeToBestPoints(5, 100, 200)).toBe(2.5);
    expect(points("CA", 100, 200)).toBe(2.5);
  });

  it("the best over-achiever gets the maximum, 5", () => {
    expect(relativeToBestPoints(5, 200, 200)).toBe(5);
    expect(points("CA", 200, 200)).toBe(5);
  });

  it("an over-achiever that is not the best: 2,5 + (50 : 100 x 2,5) = 3,75", () => {
    // unit D exceeds its target by 50 % (150 %), the leader C by 100 % (200 %)
    expect(relativeToBestPoints(5, 150, 200)).toBe(3.75);
    expect(points("CA", 150, 200)).toBe(3.75);
  });

  it("nothing achieved gives 0; missed targets scale linearly below ½M", () => {
    expect(relativeToBestPoints(5, 0, 120)).toBe(0);
    expect(relativeToBestPoints(10, 50, 120)).toBe(2.5);
    expect(relativeToBestPoints(10, 99, 120)).toBeCloseTo(4.95, 10);
  });

  it("when nobody over-achieves, the best met/missed unit is scored by the missed/met rules, not given M", () => {
    expect(relativeToBestPoints(5, 100, 100)).toBe(2.5);
    expect(relativeToBestPoints(5, 90, 90)).toBe(2.25);
  });

  it("a negative % is an error", () => {
    expect(read("CA", -1).problems.map((p) => p.message.id)).toEqual(["entry.percentInvalid"]);
  });
});
