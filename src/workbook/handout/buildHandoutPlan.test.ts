import { templateHash } from "../../domain/merge/templateHash";
import { walk } from "../../domain/template/tree";
import { identityKey } from "../../domain/text/normalize";
import { loadStandardTemplate, standardTemplateIds } from "../../templates";
import { buildHandoutPlan } from "./buildHandoutPlan";
import { handoutFileName, safeUnitPart } from "./fileName";
import { HANDOUT_FIRST_ROW, HANDOUT_META_KEYS, HANDOUT_SHEET } from "./handoutLayout";

const ids = [...standardTemplateIds];
const ALLOWED = new Set(["IF", "OR", "AND", "ISNUMBER", "ISLOGICAL", "TRIM", "MIN", "MAX", "SUM", "MATCH", "INT", "ROUND", "LEN", "NOT"]);

function plan(id: string, unit = "Hoà Bình") {
  return buildHandoutPlan({ template: loadStandardTemplate(id), clusterName: " Cụm  3 ", period: "2025", unit, fileId: "f-1", generatedAt: "2025-01-02T03:04:05.000Z" });
}

describe("buildHandoutPlan", () => {
  it.each(ids)("%s: only the self score and evidence of each leaf are unlocked, one validation per leaf, protected sheets", (id) => {
    const t = loadStandardTemplate(id);
    const p = plan(id);
    expect(p.sheets.map((s) => [s.name, s.hidden, s.protection.protect])).toEqual([[HANDOUT_SHEET.main, false, true], [HANDOUT_SHEET.meta, true, true]]);
    const main = p.sheets[0]!;
    const nodes = [...walk(t.criteria)];
    const unlocked = [...main.cells].filter(([, c]) => !c.locked).map(([a]) => a).sort();
    const expected = nodes.flatMap((c, i) => (c.children.length > 0 ? [] : [`F${HANDOUT_FIRST_ROW + i}`, `G${HANDOUT_FIRST_ROW + i}`])).sort();
    expect(unlocked).toEqual(expected);
    expect(main.dataValidations.map((d) => d.range)).toEqual(nodes.flatMap((c, i) => (c.children.length > 0 ? [] : [`F${HANDOUT_FIRST_ROW + i}`])));
    nodes.forEach((c, i) => {
      expect(main.cells.get(`A${HANDOUT_FIRST_ROW + i}`)).toMatchObject({ value: c.code });
      expect(main.cells.get(`E${HANDOUT_FIRST_ROW + i}`)).toMatchObject({ value: c.max });
    });
  });

  it.each(ids)("%s: formulas use Excel 2016 functions only (no _xlfn)", (id) => {
    const used = new Set<string>();
    for (const s of plan(id).sheets) {
      for (const c of s.cells.values()) {
        if (!("formula" in c)) continue;
        for (const m of c.formula.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]!);
      }
      for (const cf of s.conditionalFormats) for (const m of cf.formula.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1]!);
    }
    expect([...used].filter((fn) => !ALLOWED.has(fn))).toEqual([]);
  });

  it("writes the meta sheet: format, template id/version/hash, cluster, period, unit and its key, file id, time", () => {
    const t = loadStandardTemplate("ccb-cum-3-thang-90");
    const meta = plan("ccb-cum-3-thang-90").sheets[1]!;
    const kv = Object.fromEntries(HANDOUT_META_KEYS.map((_, i) => [meta.cells.get(`A${i + 1}`)!, meta.cells.get(`B${i + 1}`)!]).map(([k, v]) => [(k as { value: string }).value, (v as { value: unknown }).value]));
    expect(kv).toEqual({
      format: "thidua-handout", formatVersion: 1, templateId: t.id, templateVersion: t.version, templateHash: templateHash(t),
      clusterName: "Cụm 3", period: "2025", unitName: "Hoà Bình", unitKey: identityKey("Hòa Bình"), fileId: "f-1",
      generatedAt: "2025-01-02T03:04:05.000Z", firstRow: HANDOUT_FIRST_ROW, criteriaCount: [...walk(t.criteria)].length,
    });
  });

  it("leaves relativeToBest points to the merge and says so", () => {
    const t = loadStandardTemplate("ca-quang-tri-cum-347-2025");
    const main = plan("ca-quang-tri-cum-347-2025").sheets[0]!;
    const i = [...walk(t.criteria)].findIndex((c) => c.method?.type === "relativeToBest");
    expect(main.cells.get(`H${HANDOUT_FIRST_ROW + i}`)).toMatchObject({ value: "Tính khi cụm tổng hợp" });
  });
});

describe("handout file names", () => {
  it("keeps Vietnamese letters (NFC), numbers the files, and replaces what Windows forbids", () => {
    expect(handoutFileName("Hoa\u0300 Bình", 0, 4)).toBe("Tự chấm - 01 - Hoà Bình.xlsx");
    expect(handoutFileName("Phòng CSGT / Công an: \"Quảng Trị\"?", 11, 120)).toBe("Tự chấm - 012 - Phòng CSGT - Công an- -Quảng Trị-.xlsx");
    expect(safeUnitPart("  Xã A.  ")).toBe("Xã A");
    expect(safeUnitPart("...")).toBe("don-vi");
    expect(safeUnitPart("A\u0001B\u007fC")).toBe("A-B-C");
    expect([...safeUnitPart("x".repeat(200))]).toHaveLength(80);
  });
});
