/**
 * The Thiết kế tiêu chí sheet in a real spreadsheet engine: every standard template's design is written with exceljs,
 * recalculated and saved again by LibreOffice, then read back. The live sums (each group's children against its
 * maximum, the scored groups against the scale) equal the template's, a changed maximum shows "Lệch", and reading
 * the saved file gives back the same template. Needs soffice (THIDUA_SKIP_LIBREOFFICE=1 skips without it).
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMPUTED_COLUMNS, CRITERION_COLUMNS, SETTING_VALUE_COLUMN, templateToDesign, type DesignSheet } from "../../src/domain/template/design";
import type { Criterion } from "../../src/domain/template/model";
import { parseTemplate } from "../../src/domain/template/parse";
import { walk } from "../../src/domain/template/tree";
import { render } from "../../src/messages/message";
import { standardTemplates } from "../../src/templates";
import { designWorkbookPlan } from "../../src/workbook/design/designSheet";
import { cellValue } from "../../src/xlsx/readClusterWorkbook";
import { readDesignWorkbook } from "../../src/xlsx/readDesignSheet";
import { renderPlan } from "../../src/xlsx/renderPlan";
import { isSofficeAvailable, recalculateXlsx } from "../support/libreoffice";

const skip = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable();
const describeLO = skip ? describe.skip : describe;
jest.setTimeout(300_000);

type Json = Record<string, unknown>;

/** The design with one criterion's maximum changed (as a user would type it). */
function withMax(d: DesignSheet, code: string, max: number): DesignSheet {
  const rows = d.criteria.rows.map((r) => (r.cells.code === code ? { ...r, cells: { ...r.cells, max } } : r));
  return { ...d, criteria: { ...d.criteria, rows } };
}

type Typed = Partial<Record<keyof typeof CRITERION_COLUMNS, string | number>>;
const TYPED: Typed[] = [
  { level: 1, code: "I", title: "Nhóm I" },
  { level: 2, code: "I.1", title: "Việc 1", max: 30 },
  { level: 2, code: "I.2", title: "Nhóm con" },
  { level: 3, code: "I.2.a", title: "Việc 2a", max: 10, method: "Đạt/Không đạt" },
  { level: 3, code: "I.2.b", title: "Việc 2b", max: 5, method: "Trừ theo số lần", per: 0.5, cap: 2 },
  { level: 2, code: "I.3", title: "Thưởng trong nhóm", kind: "Điểm thưởng", max: 3 },
  {},
  { level: 1, code: "TH", title: "Điểm thưởng", kind: "Điểm thưởng", max: 5 },
  { level: 2, code: "TH.1", title: "Thưởng 1", max: 2, method: "Cộng theo số lần", per: 1 },
  { level: 2, code: "TH.2", title: "Thưởng 2", max: 2 },
  { level: 1, code: "DK", title: "Điều kiện", kind: "Điều kiện" },
  { level: 2, code: "DK.1", title: "Nộp báo cáo đúng hạn" },
];

/** The blank-100 design with its criteria replaced by rows typed by hand (the rest of the prepared rows empty). */
function typedDesign(): DesignSheet {
  const d = templateToDesign(standardTemplates.find((s) => s.id === "blank-100")!.data as never);
  const empty = Object.fromEntries(Object.keys(CRITERION_COLUMNS).map((k) => [k, null]));
  const rows = d.criteria.rows.map((r, i) => ({ row: r.row, cells: { ...empty, ...(TYPED[i] ?? {}) } as DesignSheet["criteria"]["rows"][number]["cells"] }));
  return { ...d, criteria: { ...d.criteria, rows }, tieBreak: { ...d.tieBreak, rows: [] }, awards: { ...d.awards, rows: [] } };
}
const handTyped = { id: "typed", data: {} as Json, design: typedDesign() };

const sumOfChildren = (c: Criterion) => c.children.filter((ch) => ch.kind === c.kind).reduce((s, ch) => s + ch.max, 0);
const close = (a: unknown, b: number) => typeof a === "number" && Math.abs(a - b) < 1e-6;

describeLO("the design sheet recalculated by LibreOffice", () => {
  let work: string;
  afterAll(() => work && rmSync(work, { recursive: true, force: true }));

  it("shows every group's sum and the scored total, flags a changed maximum, and reads back the same template", async () => {
    work = mkdtempSync(join(tmpdir(), "thidua-design-"));
    const cases = standardTemplates.map((s) => ({ id: s.id, data: s.data as Json, design: templateToDesign(s.data as never) }));
    const changed = { id: "blank-100-changed", data: standardTemplates.find((s) => s.id === "blank-100")!.data as Json, design: withMax(templateToDesign(standardTemplates.find((s) => s.id === "blank-100")!.data as never), "I", 55) };
    const files = new Map<string, string>();
    for (const c of [...cases, changed, handTyped]) {
      const file = join(work, `${c.id}.xlsx`);
      writeFileSync(file, await renderPlan(designWorkbookPlan(c.design)));
      files.set(c.id, file);
    }
    const out = await recalculateXlsx([...files.values()], { outDir: join(work, "lo") });
    const load = async (id: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out.get(files.get(id)!)!);
      return wb;
    };

    for (const c of cases) {
      const wb = await load(c.id);
      const ws = wb.worksheets[0]!;
      const t = (parseTemplate(c.data) as { ok: true; template: import("../../src/domain/template/model").Template }).template;
      const nodes = [...walk(t.criteria)];
      nodes.forEach((node, i) => {
        const row = c.design.criteria.rows[i]!.row;
        const got = (col: number) => cellValue(ws.getCell(row, col));
        expect({ id: c.id, code: node.code, max: got(COMPUTED_COLUMNS.max) }).toEqual({ id: c.id, code: node.code, max: node.max });
        if (node.children.length === 0) return;
        expect({ id: c.id, code: node.code, sum: close(got(COMPUTED_COLUMNS.childSum), sumOfChildren(node)) }).toEqual({ id: c.id, code: node.code, sum: true });
        if (node.maxDeclared) expect(got(COMPUTED_COLUMNS.status)).toBe(Math.abs(sumOfChildren(node) - node.max) < 1e-6 ? "Khớp" : "Lệch");
      });
      const totalRow = c.design.settings.total!.row;
      const scored = t.criteria.filter((x) => x.kind === "scored").reduce((s, x) => s + x.max, 0);
      expect(close(cellValue(ws.getCell(totalRow, SETTING_VALUE_COLUMN + 2)), scored)).toBe(true);
      expect(cellValue(ws.getCell(totalRow, SETTING_VALUE_COLUMN + 3))).toBe(Math.abs(scored - t.total) < 1e-6 ? "Khớp" : "Lệch");
      const back = readDesignWorkbook(wb);
      expect(back.ok && back.result.data).toEqual(c.data);
    }

    const wb = await load(changed.id);
    const ws = wb.worksheets[0]!;
    const row = changed.design.criteria.rows.find((r) => r.cells.code === "I")!.row;
    expect(cellValue(ws.getCell(row, COMPUTED_COLUMNS.childSum))).toBe(60);
    expect(cellValue(ws.getCell(row, COMPUTED_COLUMNS.status))).toBe("Lệch");
    const totalRow = changed.design.settings.total!.row;
    expect(cellValue(ws.getCell(totalRow, SETTING_VALUE_COLUMN + 2))).toBe(95);
    expect(cellValue(ws.getCell(totalRow, SETTING_VALUE_COLUMN + 3))).toBe("Lệch");
    const back = readDesignWorkbook(wb);
    if (!back.ok) throw new Error("not read");
    const findings = back.result.findings.map((f) => [f.cell, render(f.message, "vi-VN")]);
    expect(findings).toContainEqual([`Thiết kế tiêu chí!F${row}`, "Nhóm I: tổng điểm các tiêu chí con là 60 nhưng điểm tối đa của nhóm là 55."]);
    expect(findings).toContainEqual([`Thiết kế tiêu chí!D${totalRow}`, "Tổng điểm các nhóm tính điểm là 95 nhưng thang điểm của mẫu là 100."]);

    // A table typed by hand: groups without a maximum, a sub-group, a bonus leaf inside a scored group, an empty row.
    const typed = await load(handTyped.id);
    const tws = typed.worksheets[0]!;
    const at = (i: number, col: number) => cellValue(tws.getCell(handTyped.design.criteria.rows[i]!.row, col));
    expect([0, 2, 7, 10].map((i) => [at(i, COMPUTED_COLUMNS.childSum), at(i, COMPUTED_COLUMNS.max), at(i, COMPUTED_COLUMNS.status)])).toEqual([
      [45, 45, null],
      [15, 15, null],
      [4, 5, "Lệch"],
      [0, 0, null],
    ]);
    expect(cellValue(tws.getCell(handTyped.design.settings.total!.row, SETTING_VALUE_COLUMN + 2))).toBe(45);
    const typedBack = readDesignWorkbook(typed);
    if (!typedBack.ok) throw new Error("not read");
    expect(typedBack.result.findings.map((f) => f.message.id)).toEqual(["check.childrenSumMismatch", "check.totalMismatch"]);
  });
});
