import blank from "../../templates/blank-100.json";
import { clone, group, leaf, templateObject, vi, en, mustParse } from "../../../test/fixtures/domain/builders";
import { renderBoth, type MessageId } from "../index";
import { formatPath, parseTemplate, parseTemplateText, type TemplateIssue } from "./parse";

function errorsOf(data: unknown): TemplateIssue[] {
  const r = parseTemplate(data);
  if (r.ok) throw new Error("expected the template to be rejected");
  return r.errors;
}

/** The one error at `path` with catalogue id `id`; fails if absent. */
function errorAt(errors: TemplateIssue[], path: string, id: MessageId): TemplateIssue {
  const found = errors.filter((e) => e.path === path && e.message.id === id);
  if (found.length === 0) {
    throw new Error(`no ${id} at ${path}; got ${JSON.stringify(errors.map((e) => [e.path, e.message.id]))}`);
  }
  return found[0]!;
}

/** Both renderings exist, differ, contain no unreplaced {placeholders} and contain every `mustContain`. */
function expectRendered(issue: TemplateIssue, mustContain: string[] = []) {
  const both = renderBoth(issue.message);
  expect(both.vi.length).toBeGreaterThan(0);
  expect(both.en.length).toBeGreaterThan(0);
  expect(both.vi).not.toBe(both.en);
  expect(both.vi).not.toMatch(/\{\w+\}/);
  expect(both.en).not.toMatch(/\{\w+\}/);
  for (const s of mustContain) {
    expect(both.vi).toContain(s);
    expect(both.en).toContain(s);
  }
  expect(issue.severity).toBe("error");
}

// The tests mutate arbitrary nested fields of the JSON to make it invalid, so it is loosely typed on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const blankObject = () => clone(blank) as Record<string, any>;

describe("parseTemplate: the standard blank template", () => {
  it("parses blank-100.json", () => {
    const r = parseTemplate(blank);
    expect(r.ok).toBe(true);
  });

  it("builds the tree with resolved kinds, methods, steps, paths and leaves in document order", () => {
    const t = mustParse(blank);
    expect(t.leaves.map((l) => l.code)).toEqual([
      "I.1", "I.2", "I.3", "II.1", "II.2", "III.1", "III.2", "C.1", "C.2", "T.1", "T.2", "DK.1",
    ]);
    const byCode = new Map(t.leaves.map((l) => [l.code, l]));
    // I.1 has no method: manual, with the template step 0.25
    expect(byCode.get("I.1")!.method).toEqual({ type: "manual" });
    expect(byCode.get("I.1")!.step).toBe(0.25);
    expect(byCode.get("I.1")!.kind).toBe("scored");
    expect(byCode.get("I.1")!.path).toBe("criteria[0].children[0]");
    expect(byCode.get("I.1")!.parentCode).toBe("I");
    expect(byCode.get("I.1")!.depth).toBe(1);
    // children inherit the kind of their group
    expect(byCode.get("C.2")!.kind).toBe("bonus");
    expect(byCode.get("T.2")!.kind).toBe("penalty");
    // a gate leaf without max or method: passFail, max 0
    expect(byCode.get("DK.1")!.kind).toBe("gate");
    expect(byCode.get("DK.1")!.max).toBe(0);
    expect(byCode.get("DK.1")!.method).toEqual({ type: "passFail" });
    // non-manual leaves have no step
    expect(byCode.get("II.2")!.step).toBeNull();
    // a group without max: the sum of its children (3 + 2)
    const c = t.criteria.find((x) => x.code === "C")!;
    expect(c.max).toBe(5);
    expect(c.maxDeclared).toBe(false);
    expect(t.criteria[0]!.maxDeclared).toBe(true);
    expect(t.byKey.get("i.1")!.code).toBe("I.1");
    expect(t.rankBy).toBe("total");
    expect(t.gateEffect).toBe("ineligible");
    expect(t.bandGap).toBe("lowerBand");
    expect(t.selfClusterGap).toBe(2);
  });

  it("applies defaults when optional fields are absent", () => {
    const t = mustParse(templateObject());
    expect(t.rankBy).toBe("total");
    expect(t.gateEffect).toBe("ineligible");
    expect(t.bandGap).toBe("lowerBand");
    expect(t.selfClusterGap).toBeNull();
    expect(t.step).toBeNull();
    expect(t.notes).toEqual([]);
    expect(t.leaves.map((l) => l.step)).toEqual([null, null]);
  });

  it("a method step overrides the template step", () => {
    const t = mustParse(
      templateObject({ step: 0.25, criteria: [group("A", [leaf("A.1", 50, { type: "manual", step: 0.5 }), leaf("A.2", 50)])] }),
    );
    expect(t.leaves.map((l) => l.step)).toEqual([0.5, 0.25]);
  });

  it("keys criteria by identity: trimmed code, case and tone placement folded", () => {
    const t = mustParse(templateObject({ criteria: [group("A", [leaf(" Hoà.1 ", 50), leaf("A.2", 50)])] }));
    expect(t.leaves[0]!.code).toBe("Hoà.1");
    expect(t.leaves[0]!.key).toBe("hòa.1");
    expect(t.byKey.get("hòa.1")).toBe(t.leaves[0]);
  });

  it("a group whose max is omitted sums only the children of its own kind", () => {
    const t = mustParse(
      templateObject({
        criteria: [group("A", [leaf("A.1", 60), leaf("A.2", 40), leaf("A.B", 5, undefined, { kind: "bonus" })])],
      }),
    );
    expect(t.criteria[0]!.max).toBe(100);
    expect(t.leaves[2]!.kind).toBe("bonus");
  });
});

describe("parseTemplateText", () => {
  it("reports invalid JSON at $ with its line and column, in both languages (was the engine's \"position N\")", () => {
    const r = parseTemplateText("{\n  \"format\": ");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    const e = errorAt(r.errors, "$", "files.read.json.at");
    expect(e.message.params).toMatchObject({ line: 2, column: 13 });
    expect(vi(e.message)).toMatch(/^Dòng 2, cột 13: tệp kết thúc khi dấu \{ mở ở dòng 1/);
    expect(en(e.message)).toMatch(/^Line 2, column 13: the file ends while the \{ opened on line 1/);
    expect(en(e.message)).not.toMatch(/position|Unexpected|token/);
  });

  it("accepts a UTF-8 byte-order mark", () => {
    expect(parseTemplateText("\uFEFF" + JSON.stringify(blank)).ok).toBe(true);
  });

  it("parses valid text like parseTemplate", () => {
    const r = parseTemplateText(JSON.stringify(templateObject()));
    expect(r.ok).toBe(true);
  });
});

describe("parseTemplate: format errors carry JSON paths and vi/en messages", () => {
  it("missing required top-level field", () => {
    const t = blankObject();
    delete t.total;
    const e = errorAt(errorsOf(t), "total", "template.required");
    expectRendered(e);
    expect(vi(e.message)).toBe("Thiếu trường bắt buộc.");
    expect(en(e.message)).toBe("A required field is missing.");
  });

  it("missing required nested field", () => {
    const t = blankObject();
    delete t.criteria[1].children[0].title;
    expectRendered(errorAt(errorsOf(t), "criteria[1].children[0].title", "template.required"));
  });

  it("wrong type at top level and nested", () => {
    const t = blankObject();
    t.total = "100";
    t.criteria[0].children[2].max = "20";
    const errors = errorsOf(t);
    const top = errorAt(errors, "total", "template.wrongType");
    expectRendered(top);
    // the expected type is named in each language
    expect(vi(top.message)).toBe("Sai kiểu dữ liệu: cần một số.");
    expect(en(top.message)).toBe("Wrong type: expected a number.");
    const nested = errorAt(errors, "criteria[0].children[2].max", "template.wrongType");
    expect(en(nested.message)).toBe("Wrong type: expected a number.");
  });

  it("wrong type for a string, a list and an object", () => {
    const t = blankObject();
    t.title = 5;
    t.bands = {};
    t.source = "web";
    const errors = errorsOf(t);
    expect(en(errorAt(errors, "title", "template.wrongType").message)).toBe("Wrong type: expected a string.");
    expect(vi(errorAt(errors, "bands", "template.wrongType").message)).toBe("Sai kiểu dữ liệu: cần một danh sách [ ].");
    expect(en(errorAt(errors, "source", "template.wrongType").message)).toBe("Wrong type: expected an object { }.");
  });

  it("unknown key names the key, at the object's path", () => {
    const t = blankObject();
    t.criteria[0].children[1].maxx = 20;
    const e = errorAt(errorsOf(t), "criteria[0].children[1]", "template.unknownKeys");
    expect(e.message.params.keys).toBe("maxx");
    expectRendered(e, ["maxx"]);
  });

  it("unknown key at the root has path $", () => {
    const t = blankObject();
    t.colour = "red";
    expectRendered(errorAt(errorsOf(t), "$", "template.unknownKeys"), ["colour"]);
  });

  it("bad method type lists the allowed methods", () => {
    const t = blankObject();
    t.criteria[0].children[0].method = { type: "sum" };
    const e = errorAt(errorsOf(t), "criteria[0].children[0].method.type", "template.badValue");
    expectRendered(e, ["manual", "passFail", "levels", "perCount", "ratio", "relativeToBest"]);
  });

  it("unknown tie-break kind lists the allowed kinds", () => {
    const t = blankObject();
    t.tieBreak[1] = { by: "age" };
    expectRendered(errorAt(errorsOf(t), "tieBreak[1].by", "template.badValue"), ["criterion", "penalty", "bonus", "selfTotal"]);
  });

  it("an unknown method option is reported on the method", () => {
    const t = blankObject();
    t.criteria[2].children[1].method.maxCount = 3;
    expectRendered(errorAt(errorsOf(t), "criteria[2].children[1].method", "template.unknownKeys"), ["maxCount"]);
  });

  it("an unsupported format version and a bad id are rejected at their paths", () => {
    const t = blankObject();
    t.formatVersion = 2;
    t.id = "Mẫu 1";
    const errors = errorsOf(t);
    expect(errors.some((e) => e.path === "formatVersion")).toBe(true);
    expect(errors.some((e) => e.path === "id")).toBe(true);
    for (const e of errors) expectRendered(e);
  });

  it("precision out of range", () => {
    const t = blankObject();
    t.precision = 7;
    const e = errorAt(errorsOf(t), "precision", "template.tooBig");
    expect(e.message.params.maximum).toBe(4);
    expectRendered(e, ["4"]);
  });

  it("a quota with both count and percent", () => {
    const t = blankObject();
    t.awards[0].quota = { count: 1, percent: 20 };
    const errors = errorsOf(t);
    expect(errors.some((e) => e.path === "awards[0].quota")).toBe(true);
  });

  it("several problems are all reported", () => {
    const t = blankObject();
    delete t.title;
    t.precision = "2";
    t.criteria[0].extra = true;
    const errors = errorsOf(t);
    errorAt(errors, "title", "template.required");
    errorAt(errors, "precision", "template.wrongType");
    errorAt(errors, "criteria[0]", "template.unknownKeys");
  });
});

describe("parseTemplate: structural errors", () => {
  it("leaf without max", () => {
    const t = blankObject();
    delete t.criteria[0].children[1].max;
    const e = errorAt(errorsOf(t), "criteria[0].children[1].max", "template.leafNeedsMax");
    expect(e.message.params.code).toBe("I.2");
    expectRendered(e, ["I.2", "max"]);
  });

  it("bonus leaf without max is also an error (only gates may omit it)", () => {
    const t = blankObject();
    delete t.criteria[3].children[1].max;
    expectRendered(errorAt(errorsOf(t), "criteria[3].children[1].max", "template.leafNeedsMax"), ["C.2"]);
  });

  it("group with a method", () => {
    const t = blankObject();
    t.criteria[1].method = { type: "manual" };
    const e = errorAt(errorsOf(t), "criteria[1].method", "template.groupHasMethod");
    expectRendered(e, ["II"]);
  });

  it("gate with a non-passFail method", () => {
    const t = blankObject();
    t.criteria[5].children[0].method = { type: "manual" };
    const e = errorAt(errorsOf(t), "criteria[5].children[0].method", "template.gateMethod");
    expectRendered(e, ["DK.1", "passFail"]);
  });

  it("unknown tie-break code", () => {
    const t = blankObject();
    t.tieBreak[0].code = "IV";
    const e = errorAt(errorsOf(t), "tieBreak[0].code", "template.unknownTieBreakCode");
    expectRendered(e, ["IV"]);
  });

  it("a tie-break code matches by identity (case folded)", () => {
    const t = blankObject();
    t.tieBreak[0].code = " ii ";
    expect(parseTemplate(t).ok).toBe(true);
  });

  it("unknown band in an award", () => {
    const t = blankObject();
    t.awards[1].bands = ["Xuất sắc", "Xuất xắc"];
    const errors = errorsOf(t);
    expect(errors).toHaveLength(1);
    const e = errorAt(errors, "awards[1].bands[1]", "template.unknownAwardBand");
    expectRendered(e, ["Bằng khen", "Xuất xắc"]);
  });

  it("level outside 0…max", () => {
    const t = blankObject();
    t.criteria[4].children[1].method.levels[2].points = 5;
    const e = errorAt(errorsOf(t), "criteria[4].children[1].method.levels[2].points", "template.levelOutOfRange");
    expectRendered(e, ["T.2", "5", "4"]);
  });

  it("relativeToBest on a bonus criterion", () => {
    const t = blankObject();
    t.criteria[3].children[1].method = { type: "relativeToBest" };
    expectRendered(errorAt(errorsOf(t), "criteria[3].children[1].method", "template.relativeNotScored"), ["C.2"]);
  });

  it("a scored child inside a bonus group is a kind conflict", () => {
    const t = blankObject();
    t.criteria[3].children[1].kind = "scored";
    expectRendered(errorAt(errorsOf(t), "criteria[3].children[1].kind", "template.kindConflict"), ["C.2", "scored", "bonus"]);
  });

  it("a bonus child inside a scored group is allowed (TN&MT: Thưởng column beside Chuẩn)", () => {
    const t = blankObject();
    t.criteria[0].children.push({ code: "I.B", title: "Thưởng", kind: "bonus", max: 1 });
    expect(parseTemplate(t).ok).toBe(true);
  });
});

describe("formatPath", () => {
  it("joins keys with dots and indexes with brackets", () => {
    expect(formatPath([])).toBe("$");
    expect(formatPath(["criteria", 0, "children", 2, "max"])).toBe("criteria[0].children[2].max");
    expect(formatPath([3])).toBe("[3]");
  });
});
