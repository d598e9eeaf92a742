/**
 * Properties of the pasted-table import: random criteria trees rendered as tables (any numbering scheme at
 * any depth, codes in their own column or inside the title, or no codes and indentation; groups' points
 * written or blank; with or without a header; decimal comma or point) come back as the same tree; no grid makes it throw; every rule text it cannot read leaves the
 * criterion as chấm thẳng with a finding on the rule's row.
 */
import fc from "fast-check";
import { catalogue } from "../../../messages/catalogue";
import { render } from "../../../messages/message";
import { identityKey } from "../../text/normalize";
import { walk } from "../tree";
import { importTable } from "./importTable";
import { readRule } from "./ruleText";

interface GenNode { title: string; points: number; children: GenNode[] }

const WORDS = ["Công tác", "tổ chức", "báo cáo", "thực hiện", "phong trào", "kế hoạch", "tuyên truyền", "đoàn viên", "hội nghị", "kiểm tra"];
const title = fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 4 }).map((w) => w.join(" ").replace(/^./u, (c) => c.toUpperCase()));
const leafPoints = fc.integer({ min: 1, max: 40 }).map((n) => n / 2);

const tree: fc.Arbitrary<GenNode[]> = fc.letrec<{ nodes: GenNode[]; node: GenNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ title, points: leafPoints, children: fc.constant([] as GenNode[]) }),
    fc.record({ title, children: tie("nodes") }).map((g) => ({ ...g, points: g.children.reduce((s, c) => s + c.points, 0) })),
  ),
  nodes: fc.array(tie("node"), { minLength: 1, maxLength: 5 }),
})).nodes.filter((ns) => depthOf(ns) <= 4);

function depthOf(nodes: readonly GenNode[]): number {
  return nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((n) => depthOf(n.children)));
}

/** Numbering schemes: the n-th code (0-based) of a list. */
const SCHEMES: Record<string, (n: number) => string> = {
  roman: (n) => `${["I", "II", "III", "IV", "V", "VI"][n]}.`,
  arabic: (n) => `${n + 1}.`,
  letter: (n) => `${"abcdeg"[n]})`,
  upper: (n) => `${"ABCDEG"[n]}.`,
  dash: () => "-",
  plus: () => "+",
};

interface Style { schemes: string[]; codesInTitle: boolean; indentOnly: boolean; blankGroups: boolean; header: boolean; comma: boolean }
const style: fc.Arbitrary<Style> = fc.record({
  schemes: fc.shuffledSubarray(Object.keys(SCHEMES), { minLength: 4, maxLength: 4 }),
  codesInTitle: fc.boolean(),
  indentOnly: fc.boolean(),
  blankGroups: fc.boolean(),
  header: fc.boolean(),
  comma: fc.boolean(),
});

interface Row { code: string; title: string; points: number; depth: number; parentRow: number | null }

function render_(nodes: readonly GenNode[], s: Style): { grid: string[][]; rows: Map<number, Row> } {
  const grid: string[][] = s.header ? [s.codesInTitle || s.indentOnly ? ["Nội dung", "Điểm"] : ["STT", "Nội dung", "Điểm"]] : [];
  const rows = new Map<number, Row>();
  const num = (x: number) => (s.comma ? String(x).replace(".", ",") : String(x));
  const visit = (list: readonly GenNode[], depth: number, parentRow: number | null) =>
    list.forEach((n, i) => {
      const code = s.indentOnly ? "" : SCHEMES[s.schemes[depth]!]!(i);
      const points = s.blankGroups && n.children.length > 0 ? "" : num(n.points);
      const text = s.indentOnly ? `${"  ".repeat(depth)}${n.title}` : `${code} ${n.title}`;
      grid.push(s.codesInTitle || s.indentOnly ? [text, points] : [code, n.title, points]);
      const row = grid.length;
      rows.set(row, { code, title: n.title, points: n.points, depth, parentRow });
      visit(n.children, depth + 1, row);
    });
  visit(nodes, 0, null);
  return { grid, rows };
}

describe("importTable properties", () => {
  it("a random tree rendered as a table comes back as the same tree", () => {
    fc.assert(
      fc.property(tree, style, (nodes, s) => {
        const { grid, rows } = render_(nodes, s);
        const r = importTable(grid);
        expect(r.template).not.toBeNull();
        const got = [...walk(r.template!.criteria)];
        expect(got.length).toBe(rows.size);
        for (const c of got) {
          const row = r.rowOfCode.get(c.code)!;
          const want = rows.get(row)!;
          const parentRow = c.parentCode === null ? null : r.rowOfCode.get(c.parentCode)!;
          expect({ title: c.title, max: c.max, depth: c.depth, parentRow }).toEqual({ title: want.title, max: want.points, depth: want.depth, parentRow: want.parentRow });
          const own = identityKey(want.code.replace(/[.)]$/u, ""));
          if (want.code !== "" && !/^[-+]$/u.test(want.code)) expect(identityKey(c.code) === own || identityKey(c.code).endsWith(`.${own}`)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("", "I", "II.", "1", "1.1", "a)", "-", "+", "•", "0,5", "10 điểm", "1.000", "-2", "Điểm cộng", "Tổng cộng", "STT", "Nội dung", "Điểm chuẩn", "Cách chấm"),
    title,
  );

  it("no grid makes it throw; findings name rows of the grid and give every parameter their text needs", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 }), fc.integer({ min: 1, max: 50 }), (grid, top) => {
        const r = importTable(grid, { origin: { row: top, column: 1 } });
        for (const f of r.findings) {
          if (f.row !== null) expect(f.row >= top && f.row < top + grid.length).toBe(true);
          const entry = catalogue[f.message.id];
          const names = [...`${entry.vi} ${entry.en}`.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]!);
          expect(names.filter((n) => f.message.params[n] === undefined)).toEqual([]);
          expect(render(f.message, "vi-VN")).not.toBe("");
        }
        if (r.template === null) expect(r.findings.some((f) => f.severity === "error")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  const RULES = [
    "Ban hành sau ngày 31/1 hàng năm", "Khiển trách: trừ 1 điểm; Cảnh cáo: trừ 2 điểm", "Do Ban thường vụ quyết định",
    "Mỗi bài cộng 0,2 điểm; mỗi quý không viết bài trừ 0,5 điểm", "(1 điểm) + (1 điểm) cho hai việc nêu trong nội dung",
    "trừ 0,5 điểm/trường hợp, tối đa 1,5", "Đạt/Không đạt", "Chấm thẳng", "mỗi bài +0,2, không quá 1",
  ];

  it("every rule it cannot read leaves chấm thẳng and a finding on that rule's row; every rule it reads gives that method", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(leafPoints, fc.oneof(fc.constantFrom(...RULES), fc.string({ minLength: 1, maxLength: 30 }))), { minLength: 1, maxLength: 8 }), (leaves) => {
        const grid = [["STT", "Nội dung", "Điểm", "Cách chấm"], ...leaves.map(([p, rule], i) => [String(i + 1), `Tiêu chí thứ ${i + 1}`, String(p), rule])];
        const r = importTable(grid);
        leaves.forEach(([p, rule], i) => {
          const c = r.template!.byKey.get(String(i + 1))!;
          const reading = readRule(rule.split(/\r\n|\r|\n/u).map((l) => l.trim()).filter((l) => l !== "").join(" | "), p, "scored");
          const finding = r.findings.find((f) => f.row === i + 2 && f.message.id.startsWith("design.import.rule"));
          if (reading.kind === "unread") {
            expect(c.method).toEqual({ type: "manual" });
            expect(finding).toBeDefined();
          } else {
            expect(finding).toBeUndefined();
            if (reading.kind === "read") expect(c.method).toEqual(reading.method);
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
