/**
 * Pasted-table import on the three complete real tables of ../shared/reference/scoring-tables, flattened as
 * a Word table pasted into a sheet gives them (test/fixtures/domain/flattenTable.ts), in several variants:
 * the import must recover every criterion on its row, with its code, title, parent and maximum.
 */
import { identityKey } from "../../text/normalize";
import { render } from "../../../messages/message";
import { walk } from "../tree";
import type { Criterion } from "../model";
import { flatten, loadReference, type ExpectedRow, type Variant } from "../../../../test/fixtures/domain/flattenTable";
import { importTable, type TableImport } from "./importTable";

const TABLES = ["tnmt-tien-giang-2022.json", "ca-quang-tri-cum-347-2025.json", "cd-dhsg-cdbp-2021.json"] as const;

const VARIANTS: Record<string, Variant> = {
  "code column with header": {},
  "no header row": { header: false },
  "codes inside the title": { codesInTitle: true },
  "codes inside the title, no header": { codesInTitle: true, header: false },
  "indentation instead of codes": { indentation: true },
  "decimal comma and 'điểm'": { decimalComma: true, pointsWord: true },
  "blank group points": { blankGroupPoints: true },
  "title paragraphs on rows of their own": { splitParagraphs: true },
  "indentation, paragraphs on their own rows, no rules": { indentation: true, splitParagraphs: true, withRules: false },
  "a Tổng cộng row": { totalRow: true, decimalComma: true },
};

function proposal(grid: string[][]): TableImport & { template: NonNullable<TableImport["template"]> } {
  const r = importTable(grid);
  if (!r.template) throw new Error(r.findings.map((f) => render(f.message, "en-US")).join("\n"));
  return r as TableImport & { template: NonNullable<TableImport["template"]> };
}

/** Each criterion of the proposal, with its row and its parent's row. */
function recovered(r: TableImport & { template: { criteria: readonly Criterion[] } }): Map<number, { c: Criterion; parentRow: number | null }> {
  const out = new Map<number, { c: Criterion; parentRow: number | null }>();
  for (const c of walk(r.template.criteria)) {
    out.set(r.rowOfCode.get(c.code)!, { c, parentRow: c.parentCode === null ? null : r.rowOfCode.get(c.parentCode)! });
  }
  return out;
}

/** The table's code, or — when the code repeats elsewhere in the table — the same code after its group's ("I.1" for "1."). */
function codeMatches(c: Criterion, e: ExpectedRow): boolean {
  if (e.code === null) return true;
  const own = identityKey(e.code);
  const got = identityKey(c.code);
  return got === own || (c.parentCode !== null && got.endsWith(`.${own.split(".").pop()!}`));
}

describe.each(TABLES)("%s", (file) => {
  const table = loadReference(file);

  it.each(Object.entries(VARIANTS))("recovers every criterion, its code, title, nesting and maximum: %s", (_name, variant) => {
    const { grid, expected } = flatten(table, variant);
    const r = proposal(grid);
    const got = recovered(r);
    expect(got.size).toBe(expected.length);
    for (const e of expected) {
      const g = got.get(e.row);
      expect({ row: e.row, found: g !== undefined }).toEqual({ row: e.row, found: true });
      expect({ row: e.row, title: g!.c.title, parentRow: g!.parentRow, max: g!.c.max }).toEqual({ row: e.row, title: e.title, parentRow: e.parentRow, max: e.max });
      expect({ row: e.row, code: g!.c.code, ok: codeMatches(g!.c, e) }).toEqual({ row: e.row, code: g!.c.code, ok: true });
    }
    expect(r.findings.filter((f) => f.message.id === "design.import.groupSum")).toEqual([]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("the scale is the published total; without a total row, groups titled Điểm thưởng are bonus, with a finding", () => {
    const r = proposal(flatten(table, {}).grid);
    const bonus = r.template.criteria.filter((c) => c.kind === "bonus").reduce((s, c) => s + c.max, 0);
    expect(r.template.total + bonus).toBe(table.total_max);
    expect(r.findings.filter((f) => f.message.id === "design.import.bonusSection").length).toBe(bonus > 0 ? 1 : 0);
  });

  it("with a Tổng cộng row, the scale is that row, and a Điểm thưởng group inside it stays scored", () => {
    const r = proposal(flatten(table, { totalRow: true }).grid);
    expect(r.template.total).toBe(table.total_max);
    expect(r.template.criteria.every((c) => c.kind === "scored")).toBe(true);
    expect(r.findings.filter((f) => f.message.id === "design.import.totalMismatch")).toEqual([]);
  });
});

describe("the Công an table: codes that restart under each part", () => {
  it("qualifies repeated codes and their lists with their parent's, with one finding per list", () => {
    const r = proposal(flatten(loadReference("ca-quang-tri-cum-347-2025.json"), {}).grid);
    const codes = [...walk(r.template.criteria)].map((c) => c.code);
    expect(new Set(codes.map(identityKey)).size).toBe(codes.length);
    expect(codes).toEqual(expect.arrayContaining(["I", "I.1", "I.1.7", "6a", "II.1", "III.1", "I.2.a", "II.2.b"]));
    const renamed = r.findings.find((f) => f.message.id === "design.import.codesQualified" && f.row === 125)!;
    expect(render(renamed.message, "vi-VN")).toBe('Dòng 125: mã "1" lặp lại trong bảng nên các mục cùng cấp từ dòng này được đặt mã kèm mã nhóm ("II.1"…).');
  });
});

describe("the Công đoàn table: ĐIỂM THƯỞNG (15) inside the 100", () => {
  it("with the Tổng cộng row it is a scored group, and a finding on its row says why", () => {
    const { grid, expected } = flatten(loadReference("cd-dhsg-cdbp-2021.json"), { totalRow: true });
    const r = proposal(grid);
    const row = expected.find((e) => e.code === "TC008")!.row;
    const f = r.findings.find((x) => x.message.id === "design.import.bonusInScale")!;
    expect([f.row, render(f.message, "vi-VN")]).toEqual([row, `Dòng ${row}: nhóm TC008 (điểm thưởng) được tính trong thang điểm, vì dòng tổng cộng bằng các nhóm cộng cả nhóm này.`]);
    expect(r.template.byKey.get("tc008")!.kind).toBe("scored");
  });
});
