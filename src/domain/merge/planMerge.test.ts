import fc from "fast-check";
import { loadStandardTemplate } from "../../templates";
import type { EntryInput } from "../scoring/input";
import { parseTemplate } from "../template/parse";
import type { Template } from "../template/model";
import { walk } from "../template/tree";
import { identityKey } from "../text/normalize";
import { mergeValuesHash, planMerge } from "./planMerge";
import { canonicalJson, templateHash } from "./templateHash";
import type { HandoutRow, MergeCluster, MergeLogRecord, ParsedHandout } from "./types";
import { toTcvn3, toVni } from "../../../test/support/vietnameseText";

const T = loadStandardTemplate("ccb-cum-3-thang-90");
const UNITS = ["Hòa Bình", "Hòa Hưng", "Tân Lâm", "Bàu Lâm"];
const FIRST = 6;

function cluster(entries: EntryInput[] = [], log: MergeLogRecord[] = [], template: Template = T): MergeCluster {
  const leafRow = new Map(template.leaves.map((l, i) => [l.key, 3 + i]));
  return {
    template, clusterName: "Cụm 3", period: "2025", units: UNITS, entries, log,
    selfCell: (u, code) => ({ sheet: "Chấm điểm", cell: `${String.fromCharCode(68 + 2 * u)}${leafRow.get(identityKey(code))}` }),
  };
}

/** A handout as the reader returns it: one row per template node, values by leaf code. */
function handout(file: string, unit: string, values: Record<string, unknown>, edit: { rows?: (rows: HandoutRow[]) => HandoutRow[]; meta?: Partial<ParsedHandout["meta"]> } = {}): ParsedHandout {
  let rows: HandoutRow[] = [...walk(T.criteria)].map((c, i) => ({
    row: FIRST + i, code: c.code, title: c.title, max: c.max,
    self: (values[c.code] ?? null) as HandoutRow["self"], note: "", selfCell: `F${FIRST + i}`,
  }));
  if (edit.rows) rows = edit.rows(rows);
  return {
    file, sheet: "Tự chấm", firstRow: FIRST, rows,
    meta: {
      format: "thidua-handout", formatVersion: 1, templateId: T.id, templateVersion: T.version, templateHash: templateHash(T),
      clusterName: "Cụm 3", period: "2025", unitName: unit, unitKey: identityKey(unit), fileId: `id-${file}`, generatedAt: "2025-01-01T00:00:00Z",
      ...edit.meta,
    },
  };
}

const GOOD = { "I.1": 9.5, "I.2": 10, "II.1": 8, "II.2": 10, "II.3": "Đạt", "III.1": 8, "III.2": 7, "IV.1": 10, "IV.2": 9, "V.1": 5, "V.2": 2 };
const codes = (p: ReturnType<typeof planMerge>) => p.findings.map((f) => f.code);

describe("planMerge", () => {
  it("plans every value of a clean file into the unit's Tự chấm cells, matching 'Hoà Bình' to 'Hòa Bình'", () => {
    const p = planMerge(cluster(), [handout("a.xlsx", "Hoà  Bình", GOOD)], { now: "T" });
    expect(p.files[0]).toMatchObject({ status: "merge", unit: "Hòa Bình", changes: 11, values: 11 });
    expect(p.changes.map((c) => [c.criterion, c.where.cell, c.value])).toEqual(
      T.leaves.map((l, i) => [l.code, `D${3 + i}`, (GOOD as Record<string, unknown>)[l.code]]),
    );
    expect(p.changes.every((c) => c.where.sheet === "Chấm điểm" && !c.overwrite)).toBe(true);
    expect(p.log).toEqual([expect.objectContaining({ at: "T", fileId: "id-a.xlsx", unit: "Hòa Bình", cells: 11 })]);
    expect(p.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("skips the whole file on a value error (over max, '8,5' as text, unknown pass/fail word) and suggests the number", () => {
    const p = planMerge(cluster(), [handout("a.xlsx", "Hòa Bình", { ...GOOD, "I.1": 11, "I.2": "8,5", "II.3": "đạt rồi" })]);
    expect(p.files[0]).toMatchObject({ status: "skipped", changes: 0 });
    expect(p.changes).toEqual([]);
    expect(codes(p)).toEqual(expect.arrayContaining(["entry.aboveMax", "entry.textNumber", "entry.passFailUnrecognised"]));
    const text = p.findings.find((f) => f.code === "entry.textNumber")!;
    expect(text).toMatchObject({ unit: "Hòa Bình", criterion: "I.2", where: { file: "a.xlsx", sheet: "Tự chấm", cell: "F8" }, fix: { value: 8.5 } });
  });

  it("merges a file whose only problem is a warning (off step)", () => {
    const p = planMerge(cluster(), [handout("a.xlsx", "Hòa Bình", { ...GOOD, "I.1": 9.1 })]);
    expect(p.files[0]!.status).toBe("merge");
    expect(codes(p)).toContain("entry.offStep");
  });

  it("refuses another template, another version, changed criteria under the same version, another period", () => {
    const p = planMerge(cluster(), [
      handout("id.xlsx", "Hòa Bình", GOOD, { meta: { templateId: "blank-100" } }),
      handout("ver.xlsx", "Hòa Hưng", GOOD, { meta: { templateVersion: "0.9" } }),
      handout("hash.xlsx", "Tân Lâm", GOOD, { meta: { templateHash: "0000000000000000" } }),
      handout("period.xlsx", "Bàu Lâm", GOOD, { meta: { period: "2024" } }),
    ]);
    expect(p.files.map((f) => f.status)).toEqual(["skipped", "skipped", "skipped", "skipped"]);
    expect(codes(p)).toEqual(expect.arrayContaining(["handout.merge.wrongTemplate", "handout.merge.wrongVersion", "handout.merge.templateChanged", "handout.merge.wrongPeriod"]));
  });

  it("detects renamed, re-weighted, missing, extra and duplicated criterion rows; matches moved rows by code", () => {
    const renamed = handout("r.xlsx", "Hòa Bình", GOOD, { rows: (rs) => rs.map((r) => (r.code === "I.2" ? { ...r, title: "Tiêu chí khác" } : r)) });
    const max = handout("m.xlsx", "Hòa Hưng", GOOD, { rows: (rs) => rs.map((r) => (r.code === "I.1" ? { ...r, max: 12 } : r)) });
    const missing = handout("x.xlsx", "Tân Lâm", GOOD, { rows: (rs) => rs.filter((r) => r.code !== "III.2").concat({ ...rs[1]!, row: 40, code: "IX.9", title: "Thêm" }) });
    const p = planMerge(cluster(), [renamed, max, missing]);
    expect(p.files.map((f) => f.status)).toEqual(["skipped", "skipped", "skipped"]);
    expect(p.findings.find((f) => f.code === "handout.merge.criterionRenamed")).toMatchObject({ criterion: "I.2", where: { cell: "B8" } });
    expect(p.findings.find((f) => f.code === "handout.merge.maxChanged")).toMatchObject({ criterion: "I.1", where: { cell: "E7" } });
    expect(p.findings.find((f) => f.code === "handout.merge.criterionMissing")).toMatchObject({ criterion: "III.2", unit: "Tân Lâm" });
    expect(p.findings.find((f) => f.code === "handout.merge.extraCriterion")).toMatchObject({ criterion: "IX.9", where: { cell: "A40" } });

    const moved = handout("mv.xlsx", "Hòa Bình", GOOD, { rows: (rs) => [...rs].reverse().map((r, i) => ({ ...r, row: FIRST + i, selfCell: `F${FIRST + i}` })) });
    const q = planMerge(cluster(), [moved]);
    expect(q.files[0]!.status).toBe("merge");
    expect(codes(q)).toContain("handout.merge.rowMoved");
    expect(q.changes.find((c) => c.criterion === "I.1")).toMatchObject({ value: 9.5, where: { cell: "D3" } });
  });

  it("reports an unknown unit, and a near match differing only in diacritics without merging it", () => {
    const p = planMerge(cluster(), [handout("u.xlsx", "Phú Lâm", GOOD), handout("v.xlsx", "Hoa Binh", GOOD)]);
    expect(p.files.map((f) => f.status)).toEqual(["skipped", "skipped"]);
    expect(p.findings.find((f) => f.code === "handout.merge.unknownUnit")!.message.params).toMatchObject({ unit: "Phú Lâm" });
    expect(p.findings.find((f) => f.code === "handout.merge.unknownUnitSimilar")!.message.params).toMatchObject({ similar: "Hòa Bình" });
  });

  it("skips both files when two are for the same unit", () => {
    const p = planMerge(cluster(), [handout("a.xlsx", "Hòa Bình", GOOD), handout("b.xlsx", "HÒA BÌNH", { ...GOOD, "I.1": 5 }), handout("c.xlsx", "Tân Lâm", GOOD)]);
    expect(p.files.map((f) => f.status)).toEqual(["skipped", "skipped", "merge"]);
    expect(p.findings.filter((f) => f.code === "handout.merge.duplicateUnit")).toHaveLength(2);
    expect(new Set(p.changes.map((c) => c.unit))).toEqual(new Set(["Tân Lâm"]));
  });

  it("shows overwritten self scores old → new, never clears a value with an empty cell", () => {
    const existing: EntryInput[] = [
      { unit: "Hòa Bình", criterion: "I.1", self: 7 },
      { unit: "Hòa Bình", criterion: "I.2", self: 10, cluster: 9 },
      { unit: "Hòa Bình", criterion: "II.1", self: 6 },
    ];
    const { "II.1": _dropped, ...withoutII1 } = GOOD;
    const p = planMerge(cluster(existing), [handout("a.xlsx", "Hòa Bình", withoutII1)]);
    expect(p.changes.find((c) => c.criterion === "I.1")).toMatchObject({ old: 7, value: 9.5, overwrite: true });
    expect(p.changes.find((c) => c.criterion === "I.2")).toBeUndefined();
    expect(p.changes.find((c) => c.criterion === "II.1")).toBeUndefined();
    expect(p.findings.find((f) => f.code === "handout.merge.overwrites")!.message.params).toMatchObject({ count: 1 });
  });

  it("skips a file already merged with the same values; shows changes for a unit merged before with other values", () => {
    const values = T.leaves.map((l) => [l.code, (GOOD as Record<string, string | number>)[l.code]!] as const);
    const log: MergeLogRecord[] = [{ at: "2025-02-01", fileId: "id-a.xlsx", unit: "Hòa Bình", file: "a.xlsx", valuesHash: mergeValuesHash(values), cells: 11 }];
    const merged: EntryInput[] = values.map(([criterion, self]) => ({ unit: "Hòa Bình", criterion, self }));
    const again = planMerge(cluster(merged, log), [handout("a.xlsx", "Hòa Bình", GOOD)]);
    expect(again.files[0]!.status).toBe("alreadyMerged");
    expect(again.changes).toEqual([]);
    const changed = planMerge(cluster(merged, log), [handout("a2.xlsx", "Hòa Bình", { ...GOOD, "I.1": 8 })]);
    expect(changed.files[0]!.status).toBe("merge");
    expect(changed.changes).toEqual([expect.objectContaining({ criterion: "I.1", old: 9.5, value: 8, overwrite: true })]);
    expect(codes(changed)).toContain("handout.merge.mergedBefore");
  });

  it("reports an unreadable file as skipped with its reason", () => {
    const p = planMerge(cluster(), [{ file: "x.xls", unreadable: { id: "files.read.wb.xls", params: {} } }]);
    expect(p.files[0]).toMatchObject({ status: "skipped", reason: { id: "files.read.wb.xls" } });
    expect(p.findings[0]).toMatchObject({ code: "files.read.wb.xls", severity: "error", where: { file: "x.xls" } });
  });

  it("gives the same cells whatever the order of the files (distinct units)", () => {
    const files = UNITS.map((u, i) => handout(`${i}.xlsx`, u, { ...GOOD, "I.1": i + 5 }));
    const base = planMerge(cluster(), files).changes;
    fc.assert(
      fc.property(fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }), (order) => {
        expect(planMerge(cluster(), order).changes).toEqual(base);
      }),
      { numRuns: 30 },
    );
  });

  it("hashes criteria content: a renamed title changes the hash, the same template gives the same hash", () => {
    const renamed = { ...T.input, criteria: T.input.criteria.map((c, i) => (i === 0 ? { ...c, title: `${c.title}!` } : c)) };
    const r = parseTemplate(renamed);
    if (!r.ok) throw new Error("template");
    expect(templateHash(r.template)).not.toBe(templateHash(T));
    expect(templateHash(loadStandardTemplate("ccb-cum-3-thang-90"))).toBe(templateHash(T));
    // Key order in the file does not matter.
    const reordered = { ...T.input, criteria: T.input.criteria.map((c) => ({ ...c, children: c.children?.map((ch) => Object.fromEntries(Object.entries({ ...ch, ...(ch.method ? { method: Object.fromEntries(Object.entries(ch.method).reverse()) } : {}) }).reverse()) as unknown as typeof ch) })) };
    const q = parseTemplate(reordered);
    if (!q.ok) throw new Error("template");
    expect(templateHash(q.template)).toBe(templateHash(T));
  });

  it("canonical JSON ignores key order at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: [2, { x: 0, y: 1 }] }, b: 1 }));
    expect(canonicalJson({ a: [1, 2] })).not.toBe(canonicalJson({ a: [2, 1] }));
  });

  it("refuses a value typed on a group row (the sum of its children)", () => {
    const p = planMerge(cluster(), [handout("g.xlsx", "Hòa Bình", { ...GOOD, I: 20 })]);
    expect(p.files[0]!.status).toBe("skipped");
    expect(p.findings.find((f) => f.code === "handout.merge.groupHasValue")).toMatchObject({ criterion: "I", where: { cell: "F6" } });
  });
});

describe("planMerge: the unit name a file carries is checked like a unit list (legacy fonts, invisible characters)", () => {
  const at = { unitNameCell: { sheet: "_ThiDuaTuCham", cell: "B8" } };
  const withCell = (h: ParsedHandout): ParsedHandout => ({ ...h, ...at });
  const legacyFinding = (p: ReturnType<typeof planMerge>) => p.findings.find((f) => f.code.startsWith("handout.merge.legacy"));

  it("regression: a TCVN3 name whose Unicode reading is a unit is merged for it, with a warning naming file, cell, both spellings", () => {
    const p = planMerge(cluster(), [withCell(handout("hb.xlsx", toTcvn3("Hòa Bình"), GOOD))]);
    expect(p.files[0]).toMatchObject({ status: "merge", unit: "Hòa Bình" });
    expect(legacyFinding(p)).toMatchObject({
      code: "handout.merge.legacyUnitName", severity: "warning", unit: "Hòa Bình",
      where: { file: "hb.xlsx", sheet: "_ThiDuaTuCham", cell: "B8" },
      message: { params: { from: "Hßa B×nh", to: "Hòa Bình", unit: "Hòa Bình", encoding: { id: "hygiene.encoding.tcvn3" } } },
    });
  });

  it("a legacy name matching no unit even in Unicode is an error (file skipped), said once, with the Unicode reading", () => {
    const p = planMerge(cluster(), [withCell(handout("x.xlsx", toVni("Hội Lâm Đồng"), GOOD))]);
    expect(p.files[0]).toMatchObject({ status: "skipped" });
    expect(legacyFinding(p)).toMatchObject({ code: "handout.merge.legacyUnknownUnit", severity: "error", message: { params: { to: "Hội Lâm Đồng" } } });
    expect(codes(p)).not.toContain("handout.merge.unknownUnit");
  });

  it("a legacy name that is also the cluster's (the workbook typed in the old font too) is merged and flagged with the fix", () => {
    const legacy = toTcvn3("Tân Lâm");
    const p = planMerge({ ...cluster(), units: [...UNITS.slice(0, 2), legacy, UNITS[3]!] }, [withCell(handout("tl.xlsx", legacy, GOOD))]);
    expect(p.files[0]).toMatchObject({ status: "merge", unit: legacy });
    expect(legacyFinding(p)).toMatchObject({ code: "handout.merge.legacyUnitNameInCluster", severity: "warning", message: { params: { to: "Tân Lâm" } } });
  });

  it("invisible characters are left out for matching, and said so", () => {
    const p = planMerge(cluster(), [withCell(handout("hh.xlsx", "Hòa\u200B Hưng\u00AD", GOOD))]);
    expect(p.files[0]).toMatchObject({ status: "merge", unit: "Hòa Hưng" });
    expect(p.findings.find((f) => f.code === "handout.merge.invisibleUnitName")).toMatchObject({ severity: "info", where: { cell: "B8" } });
  });

  it("whatever the unit and the old font, the file goes to the unit its name reads as, never silently", () => {
    fc.assert(
      fc.property(fc.constantFrom(...UNITS), fc.constantFrom(toTcvn3, toVni), (unit, encode) => {
        const p = planMerge(cluster(), [withCell(handout("f.xlsx", encode(unit), GOOD))]);
        expect(p.files[0]).toMatchObject({ status: "merge", unit });
        expect(legacyFinding(p)).toMatchObject({ severity: "warning", where: { cell: "B8" }, message: { params: { to: unit } } });
      }),
    );
  });

  it("a Unicode name gets no name finding", () => {
    const p = planMerge(cluster(), [withCell(handout("a.xlsx", "Bàu Lâm", GOOD))]);
    expect(p.findings.filter((f) => /UnitName|legacy/.test(f.code))).toEqual([]);
  });
});
