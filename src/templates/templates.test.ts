import { readdirSync } from "fs";
import { classify } from "../domain/ranking/classify";
import { leafPoints } from "../domain/scoring/points";
import { checkTemplate } from "../domain/template/check";
import type { Criterion, Template } from "../domain/template/model";
import { parseTemplate } from "../domain/template/parse";
import { walk } from "../domain/template/tree";
import { findStandardTemplate, loadStandardTemplate, standardTemplateIds, standardTemplates } from "./index";

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const sum = (xs: readonly number[]) => round6(xs.reduce((s, x) => s + x, 0));
const leavesOfKind = (t: Template, kind: Criterion["kind"]) => t.leaves.filter((l) => l.kind === kind);
const byCode = (t: Template, code: string): Criterion => {
  const c = [...walk(t.criteria)].find((x) => x.code === code);
  if (!c) throw new Error(`no criterion ${code}`);
  return c;
};

/** Expected shape of each standard template. */
const expected: Record<string, { total: number; scored: number; bonus: number; penalty: number; gate: number }> = {
  // 36 scored items (C3, C4, C5 split into their published sub-rows), 14 Thưởng rows, 4 penalties, the 5.2 gate.
  "tnmt-tien-giang-2022": { total: 100, scored: 36, bonus: 14, penalty: 4, gate: 1 },
  // 176 = the reference's leaf_count; plus "Biểu dương" (bonus) and "Bị phê bình" (penalty).
  "ca-quang-tri-cum-347-2025": { total: 1000, scored: 176, bonus: 1, penalty: 1, gate: 0 },
  // 33 CTTC items + TC009 (5 points, "do BTV chấm", no children → one manual leaf). TC008 ĐIỂM THƯỞNG is scored.
  "cd-dhsg-cdbp-2021": { total: 100, scored: 34, bonus: 0, penalty: 0, gate: 0 },
  // Placeholder criteria (only the bands are from the source).
  "ccb-cum-3-thang-90": { total: 90, scored: 11, bonus: 0, penalty: 0, gate: 0 },
  "blank-100": { total: 100, scored: 7, bonus: 2, penalty: 2, gate: 1 },
};

describe("standard templates registry", () => {
  it("lists every JSON file in src/templates exactly once, file name = id + .json", () => {
    const files = readdirSync(__dirname).filter((f) => f.endsWith(".json")).sort();
    expect(standardTemplates.map((t) => t.file).sort()).toEqual(files);
    for (const t of standardTemplates) expect(t.file).toBe(`${t.id}.json`);
    expect(new Set(standardTemplateIds).size).toBe(standardTemplateIds.length);
    expect([...standardTemplateIds].sort()).toEqual(Object.keys(expected).sort());
  });

  it("carries title, organisation, total and source url from the files", () => {
    for (const info of standardTemplates) {
      const t = loadStandardTemplate(info.id);
      expect(info.title).toBe(t.title);
      expect(info.organisation).toBe(t.organisation);
      expect(info.total).toBe(t.total);
      expect(info.sourceUrl).toBe(t.source?.url);
      if (info.basis !== "example") expect(info.sourceUrl).toMatch(/^https?:\/\//);
    }
  });

  it("throws a clear error for an unknown id, listing the known ids", () => {
    expect(() => loadStandardTemplate("no-such-template")).toThrow(/Unknown standard template "no-such-template"/);
    expect(() => loadStandardTemplate("no-such-template")).toThrow(standardTemplateIds.join(", "));
    expect(findStandardTemplate("no-such-template")).toBeUndefined();
  });
});

describe.each(standardTemplateIds)("standard template %s", (id) => {
  const info = findStandardTemplate(id)!;
  const exp = expected[id]!;

  it("parses with no errors", () => {
    const r = parseTemplate(info.data);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  const t = loadStandardTemplate(id);

  it("has the expected totals and leaf counts", () => {
    expect(t.id).toBe(id);
    expect(t.total).toBe(exp.total);
    expect({
      scored: leavesOfKind(t, "scored").length,
      bonus: leavesOfKind(t, "bonus").length,
      penalty: leavesOfKind(t, "penalty").length,
      gate: leavesOfKind(t, "gate").length,
    }).toEqual({ scored: exp.scored, bonus: exp.bonus, penalty: exp.penalty, gate: exp.gate });
  });

  it("scored top-level groups add up to total, and every scored leaf adds up to total", () => {
    expect(sum(t.criteria.filter((c) => c.kind === "scored").map((c) => c.max))).toBe(t.total);
    expect(sum(leavesOfKind(t, "scored").map((l) => l.max))).toBe(t.total);
  });

  it("every group's declared maximum equals the sum of its same-kind children", () => {
    for (const c of walk(t.criteria)) {
      const same = c.children.filter((ch) => ch.kind === c.kind);
      if (same.length > 0) expect([c.code, sum(same.map((ch) => ch.max))]).toEqual([c.code, c.max]);
    }
  });

  it("has unique codes (after Vietnamese identity folding)", () => {
    const keys = [...walk(t.criteria)].map((c) => c.key);
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it("documents itself: notes and a source note", () => {
    expect(t.notes.length).toBeGreaterThan(0);
    expect(t.source?.note).toBeTruthy();
  });

  it("has no error-severity check issues", () => {
    expect(checkTemplate(t, { unitCount: 7 }).filter((i) => i.severity === "error")).toEqual([]);
  });
});

describe("checkTemplate warnings of the standard templates (exact)", () => {
  const summary = (id: string, unitCount?: number) =>
    checkTemplate(loadStandardTemplate(id), unitCount === undefined ? {} : { unitCount }).map((i) => {
      const p = i.message.params;
      const keyParams: Record<string, unknown> = {};
      for (const k of ["code", "lower", "upper", "example", "sum", "max", "total", "award"]) if (k in p) keyParams[k] = p[k];
      if (p.rule && typeof p.rule === "object") keyParams.rule = (p.rule as { id: string }).id;
      return { severity: i.severity, id: i.message.id, path: i.path, ...keyParams };
    });

  it("TN&MT Tiền Giang: none", () => expect(summary("tnmt-tien-giang-2022", 11)).toEqual([]));
  it("Công an cụm 347: none (every group adds up, as the source says)", () =>
    expect(summary("ca-quang-tri-cum-347-2025", 7)).toEqual([]));
  it("CĐ ĐH Sài Gòn: none (bands are contiguous with maxExclusive)", () =>
    expect(summary("cd-dhsg-cdbp-2021", 36)).toEqual([]));
  it("blank-100: none for a cluster of 5 units", () => expect(summary("blank-100", 5)).toEqual([]));
  it("blank-100: the 2 Bằng khen cannot all be given in a cluster of 1 unit", () =>
    expect(summary("blank-100", 1)).toEqual([
      { severity: "warning", id: "check.quotaImpossible", path: "awards[1].quota", award: "Bằng khen" },
    ]));
  it("Hội CCB cụm 3: the three gaps between whole-number bands, classified in the lower band", () =>
    expect(summary("ccb-cum-3-thang-90", 4)).toEqual([
      { severity: "warning", id: "check.bandsGap", path: "bands[3]", lower: "Đơn vị yếu", upper: "TSVM", example: 60.25, rule: "check.bandGapRule.lowerBand" },
      { severity: "warning", id: "check.bandsGap", path: "bands[2]", lower: "TSVM", upper: "TSVM tiên tiến", example: 70.25, rule: "check.bandGapRule.lowerBand" },
      { severity: "warning", id: "check.bandsGap", path: "bands[1]", lower: "TSVM tiên tiến", upper: "TSVM xuất sắc", example: 80.25, rule: "check.bandGapRule.lowerBand" },
    ]));
});

describe("modelling decisions behave as the notes say", () => {
  it("CCB: a score in a gap goes to the lower band; published bands are inclusive", () => {
    const t = loadStandardTemplate("ccb-cum-3-thang-90");
    expect(classify(t, 90)).toBe("TSVM xuất sắc");
    expect(classify(t, 81)).toBe("TSVM xuất sắc");
    expect(classify(t, 80.75)).toBe("TSVM tiên tiến");
    expect(classify(t, 80.25)).toBe("TSVM tiên tiến");
    expect(classify(t, 80)).toBe("TSVM tiên tiến");
    expect(classify(t, 70.5)).toBe("TSVM");
    expect(classify(t, 60.75)).toBe("Đơn vị yếu");
    // The four real scores of Cụm 3 were all TSVM xuất sắc.
    for (const s of [89, 88.25, 87.25, 87]) expect(classify(t, s)).toBe("TSVM xuất sắc");
  });

  it("CĐ: bands are >= min and < next min", () => {
    const t = loadStandardTemplate("cd-dhsg-cdbp-2021");
    expect(classify(t, 100)).toBe("Hoàn thành xuất sắc");
    expect(classify(t, 90)).toBe("Hoàn thành xuất sắc");
    expect(classify(t, 89.99)).toBe("Hoàn thành tốt");
    expect(classify(t, 85)).toBe("Hoàn thành tốt");
    expect(classify(t, 84.5)).toBe("Hoàn thành");
    expect(classify(t, 50)).toBe("Hoàn thành");
    expect(classify(t, 49.5)).toBe("Không hoàn thành");
    const tc008 = byCode(t, "TC008");
    expect([tc008.kind, tc008.max, tc008.title]).toEqual(["scored", 15, "ĐIỂM THƯỞNG"]);
    const tc009 = byCode(t, "TC009");
    expect([tc009.children.length, tc009.method?.type, tc009.max]).toEqual([0, "manual", 5]);
  });

  it("TN&MT: per-case deductions stop at the item cap; tiers are exclusive; bonus is uncapped overall", () => {
    const t = loadStandardTemplate("tnmt-tien-giang-2022");
    expect(t.bonusCap).toBeNull();
    expect(t.bands).toEqual([]);
    expect(t.gateEffect).toBe("unclassified");
    // a1: −0,5 per case, total deduction at most 1,5.
    const a1 = byCode(t, "a1");
    expect([0, 1, 3, 10].map((n) => leafPoints(a1, n, 0))).toEqual([3, 2.5, 1.5, 1.5]);
    // C1: 5 / 4 / 3 / 0 (the 0 tier added by ThiDua).
    const c1 = byCode(t, "c1");
    expect(c1.method?.type === "levels" ? c1.method.levels.map((l) => l.points) : null).toEqual([5, 4, 3, 0]);
    // 4.3.1: +0,2 per article, at most 1.
    const th43 = byCode(t, "TH.4.3");
    expect([th43.kind, round6(leafPoints(th43, 3, 0)), leafPoints(th43, 9, 0)]).toEqual(["bonus", 0.6, 1]);
    // The gate of row 5.2 of the source.
    expect(byCode(t, "DK.5.2").kind).toBe("gate");
    // Every published leaf carries its rule text.
    for (const l of t.leaves) expect([l.code, Boolean(l.rule)]).toEqual([l.code, true]);
  });

  it("Công an: target leaves use the cluster-relative rule and may be N/A; ranking by % of own maximum", () => {
    const t = loadStandardTemplate("ca-quang-tri-cum-347-2025");
    expect(t.rankBy).toBe("percentOfOwnMax");
    const target = t.leaves.filter((l) => l.method?.type === "relativeToBest");
    expect(target.map((l) => l.code)).toEqual(["20", "21", "22", "23", "26", "27a", "27b", "27c", "28a", "28b", "31", "32"]);
    expect(target.every((l) => l.naAllowed)).toBe(true);
    expect(t.leaves.filter((l) => l.naAllowed).length).toBe(12);
    expect(t.leaves.filter((l) => l.method?.type === "passFail").length).toBe(51);
    expect(t.leaves.filter((l) => l.method?.type === "manual").length).toBe(113);
    // Criterion numbers 1…153 are all kept, in order (some, like 6 → 6a, 6b, are groups), plus III.4.
    const numbers = [...walk(t.criteria)].map((c) => c.code).filter((c) => /^\d+$/.test(c)).map(Number);
    expect(numbers).toEqual(Array.from({ length: 153 }, (_, i) => i + 1));
    expect(byCode(t, "III.4").max).toBe(25);
    // Repeated source codes are qualified by their part.
    expect(["I.2.a", "II.2.a", "I.3.a", "II.3.a", "II.2.b"].map((c) => byCode(t, c).children.length > 0)).toEqual([true, true, true, true, true]);
    // Example from Điều 6: M = 5, unit D 150 %, leader 200 % → 2,5 + 50/100 × 2,5 = 3,75.
    expect(leafPoints(byCode(t, "21"), 150, 200)).toBe(3.75);
    const th = byCode(t, "TH.1");
    expect([th.kind, leafPoints(th, 2, 0), leafPoints(th, 20, 0)]).toEqual(["bonus", 6, 30]);
  });
});
