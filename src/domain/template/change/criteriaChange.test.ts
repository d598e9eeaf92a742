import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { loadStandardTemplate } from "../../../templates";
import type { EntryInput } from "../../scoring/input";
import { parseTemplateText } from "../parse";
import type { Template } from "../model";
import { planCriteriaChange } from "./criteriaChange";
import { parseRenames, type Rename } from "./renames";
import { carryScores } from "./scoreFates";

const OLD = loadStandardTemplate("blank-100");
/** blank-100 changed mid-year: I.1 retitled, I.3 re-scaled 20 → 15, I.4 added, II.1 now II.3, C.2 removed. */
function changedTemplate(): Template {
  const r = parseTemplateText(readFileSync(join(__dirname, "../../../../test/fixtures/criteria-change/blank-100-changed.json"), "utf8"));
  if (!r.ok) throw new Error("fixture does not parse");
  return r.template;
}
const NEW = changedTemplate();
const UNITS = ["Hà Giang", "Tuyên Quang"];
const RENAME: Rename[] = [{ from: "II.1", to: "II.3" }];

describe("planCriteriaChange", () => {
  it("says per scored criterion: kept (also retitled or re-scaled), renamed, removed, added", () => {
    const change = planCriteriaChange(OLD, NEW, RENAME);
    expect(change.problems).toEqual([]);
    const line = (code: string) => change.criteria.find((c) => (c.old ?? c.next)!.code === code)!;
    expect(line("I.1")).toMatchObject({ status: "kept", differences: ["title"] });
    expect(line("I.2")).toMatchObject({ status: "kept", differences: [] });
    expect(line("I.3")).toMatchObject({ status: "kept", differences: ["max"] });
    expect(line("II.1")).toMatchObject({ status: "renamed", next: { code: "II.3" }, differences: ["title"] });
    expect(line("C.2")).toMatchObject({ status: "removed", removedAs: "gone" });
    expect(line("I.4")).toMatchObject({ status: "added" });
  });

  it("without the rename, II.1 is removed and II.3 added (a new code is never guessed)", () => {
    const change = planCriteriaChange(OLD, NEW);
    expect(change.criteria.find((c) => c.old?.code === "II.1")?.status).toBe("removed");
    expect(change.criteria.find((c) => c.next?.code === "II.3")?.status).toBe("added");
  });

  it("a criterion that became a group is removed as 'nowGroup'", () => {
    const input = structuredClone(OLD.input) as { criteria: { code: string; children?: unknown[] }[] };
    const i = input.criteria[0]!.children as { code: string; title: string; max: number; children?: unknown[] }[];
    i[0] = { code: "I.1", title: "Tiêu chí 1", max: 20, children: [{ code: "I.1.a", title: "a", max: 10 }, { code: "I.1.b", title: "b", max: 10 }] };
    const r = parseTemplateText(JSON.stringify(input));
    if (!r.ok) throw new Error("does not parse");
    expect(planCriteriaChange(OLD, r.template).criteria[0]).toMatchObject({ status: "removed", removedAs: "nowGroup" });
  });

  it("rename problems name the code and how to fix it: unknown old/new code, a group, repeated, two onto one", () => {
    const ids = (renames: Rename[]) => planCriteriaChange(OLD, NEW, renames).problems.map((p) => p.id);
    expect(ids([{ from: "IX.9", to: "I.4" }])).toEqual(["change.rename.unknownOld"]);
    expect(ids([{ from: "I", to: "I.4" }])).toEqual(["change.rename.oldGroup"]);
    expect(ids([{ from: "C.2", to: "Z.1" }])).toEqual(["change.rename.unknownNew"]);
    expect(ids([{ from: "C.2", to: "II" }])).toEqual(["change.rename.newGroup"]);
    expect(ids([{ from: "C.2", to: "I.4" }, { from: "c.2", to: "II.3" }])).toEqual(["change.rename.repeated"]);
    // I.2 still exists in the new template: renaming I.1 onto it would put two scores in one cell.
    const collision = planCriteriaChange(OLD, NEW, [{ from: "I.1", to: "I.2" }]).problems;
    expect(collision).toEqual([{ id: "change.rename.collision", params: { to: "I.2", sources: "I.1, I.2", first: "I.1" } }]);
  });

  it("a chain of renames (a criterion inserted before I.2: I.2 → I.3 → I.4) is not a collision", () => {
    const change = planCriteriaChange(OLD, NEW, [{ from: "I.2", to: "I.3" }, { from: "I.3", to: "I.4" }]);
    expect(change.problems).toEqual([]);
    expect(change.criteria.find((c) => c.old?.code === "I.3")).toMatchObject({ status: "renamed", next: { code: "I.4" } });
  });
});

describe("parseRenames", () => {
  it("reads 'old=new' pairs separated by commas, semicolons or lines, with arrows too", () => {
    expect(parseRenames(" I.3=I.4, II.1 → II.3;III.1->III.2\n")).toEqual({ ok: true, renames: [{ from: "I.3", to: "I.4" }, { from: "II.1", to: "II.3" }, { from: "III.1", to: "III.2" }] });
    expect(parseRenames("")).toEqual({ ok: true, renames: [] });
  });
  it("names the part it cannot read", () => {
    expect(parseRenames("I.3=I.4, I.5")).toEqual({ ok: false, problems: [{ id: "change.rename.syntax", params: { part: "I.5" } }] });
    expect(parseRenames("=I.4")).toMatchObject({ ok: false });
  });
});

describe("carryScores", () => {
  const at = (cell: string) => ({ sheet: "Chấm điểm", cell });
  const entries: EntryInput[] = [
    { unit: "Hà Giang", criterion: "I.1", self: 15, cluster: 14, where: { self: at("D4"), cluster: at("E4") } },
    { unit: "Hà Giang", criterion: "I.3", self: 18, cluster: 12, where: { self: at("D6"), cluster: at("E6") } },
    { unit: "Hà Giang", criterion: "II.1", self: 12, where: { self: at("D8") } },
    { unit: "Tuyên Quang", criterion: "C.2", self: "1,5", where: { self: at("F15") } },
    { unit: "Bắc Kạn", criterion: "I.2", cluster: 9, where: { cluster: at("I5") } },
  ];

  it("keeps, moves and orphans with a reason; values are never changed", () => {
    const carry = carryScores(planCriteriaChange(OLD, NEW, RENAME), entries, UNITS);
    expect(carry.fates.map((f) => f.status)).toEqual(["kept", "kept", "moved", "orphaned", "orphaned"]);
    expect(carry.orphaned.map((o) => o.reason)).toEqual(["criterionRemoved", "unitRemoved"]);
    expect(carry.carried.map((e) => [e.criterion, e.self, e.cluster])).toEqual([
      ["I.1", 15, 14],
      ["I.3", 18, 12],
      ["II.3", 12, undefined],
    ]);
    expect(carry.orphaned[0]!.entry.self).toBe("1,5"); // text stays text
  });

  it("rescaled_criterion_score_above_new_max_is_flagged_not_clipped: 18 on I.3 (now at most 15) is an error finding at its cell; 12 fits", () => {
    const carry = carryScores(planCriteriaChange(OLD, NEW, RENAME), entries, UNITS, (e, column) => ({ sheet: "Chấm điểm", cell: `${column}:${e.criterion}` }));
    expect(carry.findings).toHaveLength(1);
    expect(carry.findings[0]).toMatchObject({
      code: "change.scoreNoLongerFits",
      severity: "error",
      unit: "Hà Giang",
      criterion: "I.3",
      column: "self",
      where: { cell: "self:I.3" },
      message: { params: { value: 18, oldMax: 20, newMax: 15, oldCode: "I.3" } },
    });
    expect(carry.carried.find((e) => e.criterion === "I.3")!.self).toBe(18);
  });

  it("property: no score is lost — every entry is carried (same values, a leaf of the new template) or orphaned, exactly once", () => {
    const oldCodes = [...OLD.leaves.map((l) => l.code), "X.9"];
    const entry = fc.record({
      unit: fc.constantFrom("Hà Giang", "hà giang ", "Tuyên Quang", "Bắc Kạn"),
      criterion: fc.constantFrom(...oldCodes),
      self: fc.oneof(fc.constant(undefined), fc.double({ min: 0, max: 30, noNaN: true }), fc.constantFrom("Đạt", "8,5", "N/A")),
      cluster: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 25 })),
    });
    const rename = fc.record({ from: fc.constantFrom(...oldCodes), to: fc.constantFrom(...NEW.leaves.map((l) => l.code), "I") });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.array(rename, { maxLength: 3 }), (es, renames) => {
        const change = planCriteriaChange(OLD, NEW, renames);
        const carry = carryScores(change, es as EntryInput[], UNITS);
        expect(carry.carried.length + carry.orphaned.length).toBe(es.length);
        expect(carry.fates).toHaveLength(es.length);
        carry.fates.forEach((f, i) => expect(f.entry).toBe(es[i]));
        const newLeaves = new Set(NEW.leaves.map((l) => l.code));
        for (const c of carry.carried) expect(newLeaves.has(c.criterion)).toBe(true);
        const carriedValues = carry.fates.filter((f) => f.status !== "orphaned").map((f) => [f.entry.self, f.entry.cluster]);
        expect(carry.carried.map((c) => [c.self, c.cluster])).toEqual(carriedValues);
      }),
    );
  });
});
