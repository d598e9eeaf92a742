/**
 * The published fragments (Đoàn Bù Đăng 2015, Đoàn Hớn Quản 2012, Hội Nông dân Thạnh Lợi 2017) as
 * test cases for stepped levels: tiers are mutually exclusive (one is picked, never summed), only
 * published tiers are accepted, and the fragments' own arithmetic gaps come out as check warnings.
 * Read from ../shared/reference/scoring-tables/ as published (see its README).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkTemplate, evaluateCluster, parseTemplate, render, type CriterionInput, type TemplateInput } from "./index";

const REF = join(__dirname, "..", "..", "..", "shared", "reference", "scoring-tables");
interface RefItem { code: string | null; title: string; max: number | null; rule: string | null; levels?: { points: number; condition: string }[]; children?: RefItem[] }
interface RefTable { groups: { code: string | null; title: string; max: number | null; items: RefItem[] }[] }
const table = (file: string): RefTable => JSON.parse(readFileSync(join(REF, file), "utf8")) as RefTable;

/** "- 8 điểm: Gửi … - 6 điểm: …" → tiers, as the Hớn Quản rule text lists them. */
function levelsFromRule(rule: string): { points: number; label: string }[] {
  return [...rule.matchAll(/(\d+(?:,\d+)?) điểm: ([^-]+)/g)].map((m) => ({ points: Number(m[1]!.replace(",", ".")), label: m[2]!.trim() }));
}

/** The fragments publish no overall total: use the sum of the groups that were read. */
function templateOf(id: string, total: number, criteria: CriterionInput[]): TemplateInput {
  return {
    format: "thidua-template", formatVersion: 1, id, version: "fragment", title: id, total, precision: 2,
    bonusCap: null, penaltyCap: null, bands: [], tieBreak: [], awards: [], criteria,
  };
}

function parsed(t: TemplateInput) {
  const r = parseTemplate(t);
  if (!r.ok) throw new Error(JSON.stringify(r.errors.map((e) => [e.path, render(e.message, "en-US")])));
  return r.template;
}

describe("Đoàn Bù Đăng 2015: three items with published tiers", () => {
  const src = table("doan-bu-dang-2015.json");
  const items = src.groups[0]!.items;
  const t = parsed(templateOf("doan-bu-dang", 18, [{
    code: "G", title: src.groups[0]!.title,
    children: items.map((i) => ({
      code: i.code!, title: i.title, max: i.max!, rule: i.rule ?? undefined,
      method: { type: "levels", levels: i.levels!.map((l) => ({ points: l.points, label: l.condition })) },
    })),
  }]));

  it("parses with no warnings: every item's top tier is its maximum (5, 8, 5)", () => {
    expect(t.leaves.map((l) => [l.code, l.max])).toEqual([["1", 5], ["2", 8], ["3", 5]]);
    expect(checkTemplate(t)).toEqual([]);
  });

  it("one tier is picked, never summed: 3 + 6 + 4 = 13, not the column sums", () => {
    const r = evaluateCluster(t, [{ name: "Xã Đoàn Kết" }], [
      { unit: "Xã Đoàn Kết", criterion: "1", self: 3 },
      { unit: "Xã Đoàn Kết", criterion: "2", self: 6 },
      { unit: "Xã Đoàn Kết", criterion: "3", self: 4 },
    ]);
    expect(r.findings).toEqual([]);
    expect(r.units[0]!.final.total).toBe(13);
  });

  it("a value between published tiers (item 3: 2 points is not a tier, 5/4/3/1/0 are) is an error and counts 0", () => {
    const r = evaluateCluster(t, [{ name: "A" }], [
      { unit: "A", criterion: "1", self: 5 },
      { unit: "A", criterion: "2", self: 8 },
      { unit: "A", criterion: "3", self: 2 },
    ]);
    expect(r.findings.map((f) => [f.code, f.criterion])).toEqual([["entry.levelNotAllowed", "3"]]);
    expect(render(r.findings[0]!.message, "vi-VN")).toContain("5 (Tham gia đầy đủ, đúng giờ các cuộc họp.)");
    expect(r.units[0]!.final.total).toBe(13);
  });
});

describe("Đoàn Hớn Quản 2012: tiers in the rule text, and a group only partly readable", () => {
  const src = table("doan-hon-quan-2012.json");
  const g = src.groups[0]!;
  const children: CriterionInput[] = g.items.map((i) => {
    const levels = levelsFromRule(i.rule!);
    return { code: i.code!, title: i.title, max: i.max!, rule: i.rule!, method: { type: "levels", levels } };
  });
  const t = parsed(templateOf("doan-hon-quan", 40, [{ code: g.code!, title: g.title, max: g.max!, children }]));

  it("reads the published tiers: 12/0, 8/6/4/2/0, 10/8/6/4/0", () => {
    expect(t.leaves.map((l) => (l.method?.type === "levels" ? l.method.levels.map((x) => x.points) : []))).toEqual([
      [12, 0], [8, 6, 4, 2, 0], [10, 8, 6, 4, 0],
    ]);
  });

  it("warns that group I says 40 points while its readable items add up to 30 (the fragment's gap, not fixed)", () => {
    const issues = checkTemplate(t);
    expect(issues.map((i) => [i.severity, i.message.id, i.message.params])).toEqual([
      ["warning", "check.childrenSumMismatch", { code: "I", sum: 30, max: 40 }],
    ]);
  });
});

describe("Hội Nông dân Thạnh Lợi 2017: pass/fail sub-items and an unreadable maximum", () => {
  const src = table("hnd-thanh-loi-2017.json");
  const g = src.groups[0]!;
  const toCriterion = (i: RefItem): CriterionInput => ({
    code: i.code!, title: i.title,
    ...(i.max !== null ? { max: i.max } : {}),
    ...(i.children ? { children: i.children.map(toCriterion) } : { method: { type: "passFail" as const } }),
  });
  const t = parsed(templateOf("hnd-thanh-loi", 19.5, [{ code: "TC1", title: g.title, max: g.max!, children: g.items.map(toCriterion) }]));

  it("item 1 (5 points) = 2 + 1,5 + 1,5 adds up; Tiêu chí 1 (19,5) does not, with only 11 points readable", () => {
    const mismatches = checkTemplate(t).filter((i) => i.message.id === "check.childrenSumMismatch");
    expect(mismatches.map((i) => i.message.params)).toEqual([{ code: "TC1", sum: 11, max: 19.5 }]);
  });

  it("pass/fail sub-items give all or nothing: Đạt, Không đạt, Đạt on 1.1–1.3 → 2 + 0 + 1,5", () => {
    const r = evaluateCluster(t, [{ name: "Chi hội Ấp 1" }], [
      { unit: "Chi hội Ấp 1", criterion: "1.1", self: "Đạt" },
      { unit: "Chi hội Ấp 1", criterion: "1.2", self: "Không đạt" },
      { unit: "Chi hội Ấp 1", criterion: "1.3", self: "đạt" },
    ]);
    expect(r.units[0]!.final.byCode.get("1")).toBe(3.5);
  });
});
