import fc from "fast-check";
import { render } from "../../../messages/message";
import { standardTemplates } from "../../../templates";
import { checkTemplate } from "../check";
import { parseTemplate } from "../parse";
import type { Kind } from "../schema";
import { designToTemplate, templateToDesign, type DesignSheet } from ".";
import { CRITERION_COLUMNS } from "./layout";

type Json = Record<string, unknown>;

/** What a sheet cannot tell apart, in the form designToTemplate gives: empty optional texts, an empty source, no notes, selfClusterGap absent = null. */
function canonical(t: Json): Json {
  const out: Json = JSON.parse(JSON.stringify(t));
  if (out.selfClusterGap === undefined) out.selfClusterGap = null;
  if (Array.isArray(out.notes) && out.notes.length === 0) delete out.notes;
  if (out.source !== undefined && Object.keys(out.source as Json).length === 0) delete out.source;
  return out;
}

/** Texts as tables have them: Vietnamese words, numbers, %, colons, slashes, a leading "1.10" that must stay text. */
const word = fc
  .array(fc.constantFrom("Đạt", "trên", "98%", "hồ sơ:", "1.10", "Nguyễn", "không", "quá", "2,5", "a/b", "(−1)", "Hoà", "Hòa", "“x”", "'y'"), { minLength: 1, maxLength: 4 })
  .map((ws) => ws.join(" "));
const num = (max: number) => fc.integer({ min: 0, max: max * 4 }).map((k) => k / 4);

function methodArb(kind: Kind, max: number): fc.Arbitrary<Json | undefined> {
  if (kind === "gate") return fc.constantFrom(undefined, { type: "passFail" });
  const perCount = fc.record(
    { type: fc.constant("perCount"), per: fc.constantFrom(0.25, 0.5, 1), cap: fc.constantFrom(0.5, 1, 2), mode: fc.constantFrom("deductFromMax", "accumulate") },
    { requiredKeys: ["type", "per", "mode"] },
  );
  const levels = fc.uniqueArray(num(max).filter((p) => p <= max), { minLength: 2, maxLength: 4 }).chain((ps) =>
    fc.tuple(...ps.map(() => word)).map((labels) => ({ type: "levels", levels: ps.map((points, i) => ({ points, label: labels[i]! })) })),
  );
  const options: fc.Arbitrary<Json | undefined>[] = [
    fc.constant(undefined),
    ...(max >= 1 ? [levels] : []),
    fc.constant({ type: "manual" }),
    fc.constantFrom(0.1, 0.25, 0.5).map((step) => ({ type: "manual", step })),
    fc.constant({ type: "passFail" }),
    fc.constant({ type: "ratio" }),
    perCount,
  ];
  if (kind === "scored") options.push(fc.constant({ type: "relativeToBest" }));
  return fc.oneof(...options);
}

const optionalText = fc.option(word, { nil: undefined });

function nodeArb(kind: Kind, depth: number, code: string): fc.Arbitrary<Json> {
  const leaf = fc.integer({ min: 0, max: 20 }).chain((max) =>
    fc.record(
      {
        code: fc.constant(code), title: word, max: fc.constant(kind === "gate" ? 0 : max), kind: fc.constant(kind),
        method: methodArb(kind, kind === "gate" ? 0 : max), target: optionalText, rule: optionalText, naAllowed: fc.boolean(),
      },
      { requiredKeys: ["code", "title", "max"] },
    ),
  );
  if (depth >= 2) return leaf;
  const group = fc.integer({ min: 1, max: 3 }).chain((n) =>
    fc.record(
      {
        code: fc.constant(code), title: word, max: fc.integer({ min: 0, max: 60 }), kind: fc.constant(kind),
        children: fc.tuple(...Array.from({ length: n }, (_, i) => nodeArb(kind, depth + 1, `${code}.${i + 1}`))),
      },
      { requiredKeys: ["code", "title", "children"] },
    ),
  );
  return fc.oneof(leaf, group);
}

const templateArb: fc.Arbitrary<Json> = fc
  .tuple(...(["scored", "bonus", "penalty", "gate"] as Kind[]).map((k, i) => fc.option(nodeArb(k, 0, ["I", "TH", "TR", "DK"][i]!), { nil: undefined })))
  .chain((tops) =>
    fc.record(
      {
        format: fc.constant("thidua-template"), formatVersion: fc.constant(1), id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,8}$/),
        version: fc.constantFrom("1.0", "2025.1", "2"), title: word, organisation: word, source: fc.record({ url: word, date: word, note: word }, { requiredKeys: [] }),
        total: fc.integer({ min: 1, max: 1000 }), precision: fc.integer({ min: 0, max: 4 }), step: fc.constantFrom(0.1, 0.25, 0.5),
        bonusCap: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), penaltyCap: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
        selfClusterGap: fc.option(fc.constantFrom(0.5, 1, 2), { nil: null }), rankBy: fc.constantFrom("total", "percentOfOwnMax"),
        gateEffect: fc.constantFrom("ineligible", "unclassified"), bandGap: fc.constantFrom("lowerBand", "unclassified"),
        bands: fc.array(fc.record({ label: word, min: num(50), max: num(100), maxExclusive: fc.boolean() }, { requiredKeys: ["label", "min"] }), { maxLength: 3 }),
        tieBreak: fc.array(fc.oneof(fc.constant({ by: "criterion", code: "I" }), fc.constantFrom({ by: "penalty" }, { by: "bonus" }, { by: "selfTotal" })), { maxLength: 3 }),
        awards: fc.array(
          fc.record(
            { id: fc.constantFrom("co", "bk"), title: word, quota: fc.oneof(fc.record({ count: fc.nat(3) }), fc.record({ percent: fc.constantFrom(10, 20, 50), base: fc.constantFrom("units", "eligible"), rounding: fc.constantFrom("floor", "round", "ceil") }, { requiredKeys: ["percent"] })), minScore: num(100), previous: fc.oneof(fc.record({ periods: fc.integer({ min: 1, max: 5 }), bands: fc.array(word, { minLength: 1, maxLength: 2 }) }), fc.record({ periods: fc.integer({ min: 1, max: 5 }), awards: fc.array(word, { minLength: 1, maxLength: 2 }) })) },
            { requiredKeys: ["id", "title", "quota"] },
          ),
          { maxLength: 2 },
        ),
        criteria: fc.constant([{ code: "I", title: "Nhóm I", max: 10 }, ...tops].filter((c) => c !== undefined).slice(tops[0] ? 1 : 0)),
        notes: fc.array(word, { maxLength: 2 }),
      },
      { requiredKeys: ["format", "formatVersion", "id", "version", "title", "total", "precision", "bonusCap", "penaltyCap", "bands", "tieBreak", "awards", "criteria"] },
    ),
  )
  .filter((t) => parseTemplate(t).ok);

const roundTrip = (t: Json) => designToTemplate(templateToDesign(t as never));

describe("templateToDesign / designToTemplate", () => {
  it.each(standardTemplates.map((s) => [s.id, s.data] as const))("gives back the standard template %s exactly", (_id, data) => {
    const r = roundTrip(data as Json);
    expect(r.data).toEqual(data);
    expect(r.template).not.toBeNull();
    const checks = checkTemplate(r.template!).map((i) => render(i.message, "vi-VN"));
    expect(r.findings.map((f) => render(f.message, "vi-VN"))).toEqual(checks);
  });

  it("gives back random templates (every optional field, every method, kind and block)", () => {
    fc.assert(
      fc.property(templateArb, (t) => {
        const r = roundTrip(t);
        expect(r.data).toEqual(canonical(t));
        expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

/** A design with the given criteria rows (level, code, title, …) typed into the first rows of the standard blank design. */
function typed(rows: Partial<Record<keyof typeof CRITERION_COLUMNS, string | number>>[]): DesignSheet {
  const blank = templateToDesign(standardTemplates.find((s) => s.id === "blank-100")!.data as never);
  const empty = Object.fromEntries(Object.keys(CRITERION_COLUMNS).map((k) => [k, null]));
  return {
    ...blank,
    criteria: { ...blank.criteria, rows: blank.criteria.rows.map((r, i) => ({ row: r.row, cells: { ...empty, ...(rows[i] ?? {}) } as never })) },
    tieBreak: { ...blank.tieBreak, rows: [] },
    awards: { ...blank.awards, rows: [] },
  };
}

describe("findings of a typed design name the cell, in the template checks' words", () => {
  it("a group whose children do not add up: the max cell, check.childrenSumMismatch", () => {
    const d = typed([
      { level: 1, code: "I", title: "Nhóm I", max: 60 },
      { level: 2, code: "I.1", title: "Việc 1", max: 30, method: "Chấm thẳng" },
      { level: 2, code: "I.2", title: "Việc 2", max: 20, method: "Đạt/Không đạt" },
      { level: 1, code: "II", title: "Nhóm II", max: 40 },
      { level: 2, code: "II.1", title: "Việc 3", max: 40, method: "Trừ theo số lần", per: 0.5, cap: 2 },
    ]);
    const r = designToTemplate(d);
    const row = d.criteria.rows[0]!.row;
    const f = r.findings.map((x) => [x.cell, x.severity, render(x.message, "vi-VN")]);
    expect(f).toContainEqual([`Thiết kế tiêu chí!F${row}`, "warning", "Nhóm I: tổng điểm các tiêu chí con là 50 nhưng điểm tối đa của nhóm là 60."]);
    expect(f.filter((x) => String(x[2]).startsWith("Tổng điểm các nhóm"))).toEqual([]);
    expect(r.template).not.toBeNull();
    expect(r.template!.byKey.get("ii.1")!.method).toEqual({ type: "perCount", per: 0.5, cap: 2, mode: "deductFromMax" });
  });

  it("sheet-shaped problems: level jump, missing levels, an unknown word, a text number, an ignored column", () => {
    const d = typed([
      { level: 1, code: "I", title: "Nhóm I" },
      { level: 3, code: "I.1", title: "Việc 1", max: 10, method: "Chọn mức" },
      { level: 2, code: "I.2", title: "Việc 2", max: "2,5", method: "chấm thẳng", per: 1 },
      { level: 2, code: "I.3", title: "Việc 3", max: 5, method: "Tự do" },
      { level: 2, code: "I.4", title: "Việc 4", max: 5, method: "Chọn mức", levels: "5: Tốt\n2,5: Khá\nkém" },
    ]);
    const r = designToTemplate(d);
    const row = (i: number) => d.criteria.rows[i]!.row;
    const f = r.findings.map((x) => [x.cell, x.severity, render(x.message, "vi-VN")]);
    expect(f).toContainEqual([`Thiết kế tiêu chí!A${row(1)}`, "error", "Tiêu chí I.1 ở cấp 3 nhưng dòng trên ở cấp 1: cấp chỉ được tăng từng bậc một."]);
    expect(f).toContainEqual([`Thiết kế tiêu chí!H${row(1)}`, "error", expect.stringContaining("Tiêu chí I.1: cách chấm \"Chọn mức\" cần các mức")]);
    expect(f).toContainEqual([`Thiết kế tiêu chí!I${row(2)}`, "warning", expect.stringContaining("Tiêu chí I.2: ô Mỗi lần không dùng cho \"Chấm thẳng\"")]);
    expect(f).toContainEqual([`Thiết kế tiêu chí!E${row(3)}`, "error", expect.stringContaining("\"Tự do\" không có trong danh sách")]);
    expect(f).toContainEqual([`Thiết kế tiêu chí!H${row(4)}`, "error", "Tiêu chí I.4: không đọc được mức \"kém\"; viết \"điểm: mô tả\" (ví dụ 2,5: Đạt 90%)."]);
    expect(r.data.criteria).toEqual([
      expect.objectContaining({ children: expect.arrayContaining([expect.objectContaining({ code: "I.2", max: 2.5, method: { type: "manual" } })]) }),
    ]);
    expect(r.template).toBeNull();
  });

  it("an award's earlier-periods condition without its number of periods, or with both band and award, names the cell", () => {
    const blank = templateToDesign(standardTemplates.find((s) => s.id === "blank-100")!.data as never);
    const rows = blank.awards.rows;
    const withCells = (i: number, cells: Record<string, string | number>) => ({ ...rows[i]!, cells: { ...rows[i]!.cells, ...cells } });
    const d = { ...blank, awards: { ...blank.awards, rows: [withCells(0, { previousBands: "Xuất sắc" }), withCells(1, { previousPeriods: 2, previousBands: "Tốt", previousAwards: "Bằng khen" })] } };
    const f = designToTemplate(d).findings.filter((x) => x.message.id === "design.sheet.finding.awardPreviousIncomplete").map((x) => x.cell);
    expect(f).toEqual([`Thiết kế tiêu chí!J${rows[0]!.row}`, `Thiết kế tiêu chí!J${rows[1]!.row}`]);
  });

  it("parser errors are located: a method on a group (E), a duplicate code (B)", () => {
    const d = typed([
      { level: 1, code: "I", title: "Nhóm I", method: "Chấm thẳng" },
      { level: 2, code: "I.1", title: "Việc 1", max: 100 },
      { level: 2, code: "i.1", title: "Việc 2", max: 0 },
    ]);
    const r = designToTemplate(d);
    const row = (i: number) => d.criteria.rows[i]!.row;
    const f = r.findings.map((x) => [x.cell, render(x.message, "vi-VN")]);
    expect(f).toContainEqual([`Thiết kế tiêu chí!E${row(0)}`, expect.stringContaining("Nhóm I có tiêu chí con nên không được có cách chấm")]);
    const dup = designToTemplate(typed([{ level: 1, code: "I", title: "A", max: 100 }, { level: 1, code: "i", title: "B", max: 0 }]));
    expect(dup.findings.map((x) => [x.cell, x.severity])).toContainEqual([`Thiết kế tiêu chí!B${row(1)}`, "error"]);
    expect(dup.template).toBeNull();
  });
});
