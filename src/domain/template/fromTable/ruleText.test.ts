/**
 * The rule-text reader: the forms the issue names, and every rule text of the three complete real tables
 * (../shared/reference/scoring-tables): which ones it reads, and which it leaves unread (chấm thẳng with a
 * finding) — both asserted, so a reader that guesses more, or reads less, fails here.
 */
import { childrenOf, loadReference, type RefNode } from "../../../../test/fixtures/domain/flattenTable";
import { readRule, type RuleReading } from "./ruleText";

describe("readRule: the forms clerks write", () => {
  it.each<[string, number, "scored" | "bonus" | "penalty", RuleReading]>([
    ["trừ 0,5 điểm/trường hợp, tối đa 1,5", 3, "scored", { kind: "read", method: { type: "perCount", per: 0.5, cap: 1.5, mode: "deductFromMax" } }],
    ["Mỗi lần vi phạm trừ 1 điểm", 5, "scored", { kind: "read", method: { type: "perCount", per: 1, mode: "deductFromMax" } }],
    ["Đạt/Không đạt", 2, "scored", { kind: "read", method: { type: "passFail" } }],
    ["Dat / khong dat", 2, "scored", { kind: "read", method: { type: "passFail" } }],
    ["có: 2 điểm, không: 0", 2, "scored", { kind: "read", method: { type: "passFail" } }],
    ["mỗi bài +0,2, không quá 1", 1, "bonus", { kind: "read", method: { type: "perCount", per: 0.2, cap: 1, mode: "accumulate" } }],
    ["cộng 0,5 điểm/giếng, tối đa 1", 1, "bonus", { kind: "read", method: { type: "perCount", per: 0.5, cap: 1, mode: "accumulate" } }],
    ["Định tính: hoàn thành = điểm tối đa; không hoàn thành = 0 điểm", 5, "scored", { kind: "read", method: { type: "passFail" } }],
    ["Mỗi trường hợp bị phê bình trừ 3 điểm", 9, "penalty", { kind: "read", method: { type: "perCount", per: 3, mode: "accumulate" } }],
    ["Mỗi lần vi phạm -0,5 điểm, tối đa -2 điểm", 3, "scored", { kind: "read", method: { type: "perCount", per: 0.5, cap: 2, mode: "deductFromMax" } }],
    ["Hoàn thành: điểm tối đa; chưa hoàn thành: 0 điểm", 4, "scored", { kind: "read", method: { type: "passFail" } }],
    ["Đạt: 2 điểm; Không đạt: 0 điểm", 2, "scored", { kind: "read", method: { type: "passFail" } }],
    ["Chấm thẳng", 10, "scored", { kind: "read", method: { type: "manual" } }],
    ["Tính theo % chỉ tiêu được giao", 10, "scored", { kind: "read", method: { type: "ratio" } }],
    ["Vượt chỉ tiêu: so với đơn vị dẫn đầu Cụm", 10, "scored", { kind: "read", method: { type: "relativeToBest" } }],
    ["", 10, "scored", { kind: "none" }],
    ["  ", 10, "scored", { kind: "none" }],
  ])("%j (max %d, %s)", (rule, max, kind, expected) => {
    expect(readRule(rule, max, kind)).toEqual(expected);
  });

  it("reads tiers as levels, each labelled with its condition", () => {
    expect(readRule("Trên 98%: 5 điểm; 97–98%: 4 điểm; 96–97%: 3 điểm", 5, "scored")).toEqual({
      kind: "read",
      method: { type: "levels", levels: [{ points: 5, label: "Trên 98%" }, { points: 4, label: "97–98%" }, { points: 3, label: "96–97%" }] },
    });
  });

  it.each<[string, number, string]>([
    ["Khiển trách: trừ 1 điểm; Cảnh cáo: trừ 2 điểm", 3, "severalAmounts"],
    ["Mỗi bài cộng 0,2 điểm; mỗi quý không viết bài trừ 0,5 điểm", 2, "mixed"],
    ["Trên 98%: 6 điểm; dưới 98%: 4 điểm", 5, "levelAboveMax"],
    ["Mỗi trường hợp trừ 0,25 điểm, tối đa 1 điểm | Mỗi kỳ báo cáo trễ trừ 0,25 điểm, tối đa 0,5 điểm", 2, "unknown"],
    ["Ban hành sau ngày 31/1 hàng năm", 1, "unknown"],
    ["Do Ban thường vụ quyết định", 5, "unknown"],
    ["so với đơn vị dẫn đầu", 3, "relativeNotScored"],
  ])("leaves %j unread (%s)", (rule, max, reason) => {
    const r = readRule(rule, max, reason === "relativeNotScored" ? "bonus" : "scored");
    expect(r.kind === "unread" ? r.reason : r).toBe(reason);
  });
});

/** Leaf rule texts of a reference table, by code (uncoded rows by their parent's code and position). */
function leafRules(file: string): [string, number, string][] {
  const out: [string, number, string][] = [];
  const visit = (nodes: readonly RefNode[], parent: string) =>
    nodes.forEach((n, i) => {
      const code = n.code ?? `${parent}.${i + 1}`;
      if (childrenOf(n).length === 0 && n.rule) out.push([code, n.max ?? 0, n.rule]);
      visit(childrenOf(n), code);
    });
  visit(loadReference(file).groups, "");
  return out;
}

const outcome = (r: RuleReading) => (r.kind === "read" ? r.method.type : r.kind === "unread" ? `unread:${r.reason}` : "none");

describe("readRule on the real tables' rule texts", () => {
  it("TN&MT Tiền Giang: reads the plain per-case deductions with one cap, leaves the other 26 unread", () => {
    const got = Object.fromEntries(leafRules("tnmt-tien-giang-2022.json").map(([code, max, rule]) => [code, outcome(readRule(rule, max, "scored"))]));
    expect(got).toEqual({
      a1: "perCount", a2: "unread:severalAmounts", a3: "unread:severalAmounts", a4: "unread:mixed", a5: "perCount", a6: "perCount",
      a7: "unread:mixed", a8: "unread:severalAmounts", a9: "unread:unknown",
      "b1.": "unread:unknown", b2: "unread:mixed", b3: "unread:unknown", b4: "unread:severalAmounts",
      C1: "unread:unknown", C2: "unread:unknown", C3: "unread:mixed", C4: "unread:unknown", C5: "unread:unknown", C6: "unread:unknown",
      d1: "unread:unknown", d2: "unread:unknown", "2.1": "unread:unknown", "2.2": "unread:unknown",
      "3.1": "unread:unknown", "3.2": "unread:unknown", "3.3": "unread:unknown",
      "4.1": "unread:unknown", "4.2": "unread:unknown", "4.3": "unread:mixed", "5.1": "unread:unknown", "5.2": "unread:unknown",
    });
    const tnmt = leafRules("tnmt-tien-giang-2022.json");
    const methodOf = (code: string) => readRule(tnmt.find(([c]) => c === code)![2], 3, "scored");
    expect(methodOf("a1")).toEqual({ kind: "read", method: { type: "perCount", per: 0.5, cap: 1.5, mode: "deductFromMax" } });
    expect(methodOf("a5")).toEqual({ kind: "read", method: { type: "perCount", per: 1, cap: 2, mode: "deductFromMax" } });
    expect(methodOf("a6")).toEqual({ kind: "read", method: { type: "perCount", per: 0.5, cap: 1.5, mode: "deductFromMax" } });
  });

  it("Công an Quảng Trị: reads all three published rules (định tính, chấm thẳng, định lượng so với đơn vị dẫn đầu)", () => {
    const counts = new Map<string, number>();
    for (const [, max, rule] of leafRules("ca-quang-tri-cum-347-2025.json")) {
      const o = outcome(readRule(rule, max, "scored"));
      counts.set(o, (counts.get(o) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({ passFail: 51, manual: 113, relativeToBest: 12 });
  });

  it("Công đoàn ĐH Sài Gòn: its one rule text, '(1 điểm) + (1 điểm) cho hai việc', is left unread", () => {
    expect(leafRules("cd-dhsg-cdbp-2021.json").map(([code, max, rule]) => [code, outcome(readRule(rule, max, "scored"))])).toEqual([
      ["CTTC015", "unread:unknown"],
    ]);
  });
});
