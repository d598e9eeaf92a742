/**
 * The self-scoring handout of one member unit (bảng tự chấm điểm) as a WorkbookPlan, rendered like the
 * cluster workbook by src/xlsx/renderPlan.ts. One visible sheet (Tự chấm): the criteria with their kind,
 * method, rule and maximum, an input cell for the self score (with the same data validation as the
 * cluster workbook's Chấm điểm) and one for evidence/notes; everything else locked, the sheet protected
 * without password. Live provisional totals (Excel 2016 functions, the same formulas as the cluster
 * workbook's Điểm sheet). A hidden meta sheet identifies the file: format, template id/version/hash,
 * cluster, period, unit, file id, generation time. See docs/self-scoring.md.
 */
import { templateHash } from "../../domain/merge/templateHash";
import { HANDOUT_FORMAT, HANDOUT_FORMAT_VERSION } from "../../domain/merge/types";
import type { Criterion, Template } from "../../domain/template/model";
import { walk } from "../../domain/template/tree";
import { cleanText, identityKey } from "../../domain/text/normalize";
import { invalidEntryFormula, leafPointsFormula, numberFormat, sumOf } from "../formulas";
import { KIND_LABEL } from "../names";
import { addr, type CellPlan, type WorkbookPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import { leafValidation, markCountRow, methodText } from "../validation";
import { HANDOUT_COL as C, HANDOUT_FIRST_ROW, HANDOUT_HEADER_ROW, HANDOUT_SHEET, ht, type HandoutMetaKey } from "./handoutLayout";

export interface HandoutRequest {
  readonly template: Template;
  readonly clusterName: string;
  readonly period: string;
  readonly unit: string;
  /** Unique per file (the CLI uses a random UUID). */
  readonly fileId: string;
  /** ISO time. */
  readonly generatedAt: string;
}

export function buildHandoutPlan(req: HandoutRequest): WorkbookPlan {
  const t = req.template;
  const unit = cleanText(req.unit);
  const nodes = [...walk(t.criteria)];
  const rowOf = new Map<Criterion, number>(nodes.map((c, i) => [c, HANDOUT_FIRST_ROW + i]));
  const parentOf = new Map<Criterion, Criterion | null>();
  for (const c of t.criteria) parentOf.set(c, null);
  for (const c of nodes) for (const ch of c.children) parentOf.set(ch, c);
  const fmt = numberFormat(t.precision);
  const s = new SheetBuilder(HANDOUT_SHEET.main);
  const last = C.points;

  s.label(1, 1, ht("sheet.title", { unit }), { bold: true });
  s.merges.push(`A1:${addr(last, 1)}`);
  const templateName = wb("head.templateName", { title: t.title, id: t.id, version: t.version });
  s.label(1, 2, ht("sheet.info", { cluster: cleanText(req.clusterName), period: cleanText(req.period), template: templateName }), { wrap: true });
  s.merges.push(`A2:${addr(last, 2)}`);
  s.label(1, 3, ht("sheet.instructions"), { wrap: true });
  s.merges.push(`A3:${addr(last, 3)}`);

  const h = HANDOUT_HEADER_ROW;
  s.header(C.code, h, wb("head.code"));
  s.header(C.title, h, wb("head.criterion"));
  s.header(C.kind, h, wb("head.kind"));
  s.header(C.method, h, wb("head.method"));
  s.header(C.max, h, wb("head.max"));
  s.header(C.self, h, ht("head.self"));
  s.header(C.note, h, ht("head.note"));
  s.header(C.points, h, ht("head.points"));

  const invalid = new Map<string, { formula: (r: number) => string; rows: number[] }>();
  let relative = false;
  for (const c of nodes) {
    const r = rowOf.get(c)!;
    const group = c.children.length > 0;
    const extra: Partial<CellPlan> = group ? { role: "group", bold: true } : {};
    s.label(C.code, r, c.code, extra);
    s.label(C.title, r, c.title, { ...extra, indent: c.depth, wrap: true });
    s.label(C.kind, r, KIND_LABEL[c.kind], extra);
    s.label(C.method, r, c.rule ? `${methodText(c)}\n${c.rule}` : methodText(c), { ...extra, wrap: true });
    s.label(C.max, r, c.max, extra);
    const m = `$E${r}`;
    if (group) {
      const same = c.children.filter((ch) => ch.kind === c.kind).map((ch) => rowOf.get(ch)!);
      s.set(C.points, r, { formula: same.length === 0 ? "0" : `MIN(${m},${sumOf(C.points, same)})`, role: "group", locked: true, bold: true, numFmt: fmt });
      continue;
    }
    const e = addr(C.self, r);
    s.input(C.self, r);
    s.set(C.note, r, { value: null, role: "input", locked: false, wrap: true });
    s.dataValidations.push(leafValidation(c, e, e));
    markCountRow(s, c, r, C.max, [C.self]);
    const formula = (row: number) => invalidEntryFormula(c, addr(C.self, row), `$E${row}`);
    const key = formula(0);
    const g = invalid.get(key) ?? { formula, rows: [] };
    g.rows.push(r);
    invalid.set(key, g);
    if (c.method?.type === "relativeToBest") {
      // Needs every unit's entry: known only when the cluster merges (not in the provisional total).
      relative = true;
      s.label(C.points, r, ht("relative.later"), { wrap: true });
      continue;
    }
    s.formula(C.points, r, leafPointsFormula(c, e, m, m), { numFmt: fmt });
  }
  for (const g of invalid.values()) {
    s.conditionalFormats.push({ ranges: g.rows.map((r) => addr(C.self, r)), formula: g.formula(g.rows[0]!), style: "error" });
  }

  // Provisional totals: the cluster workbook's summary formulas on this one column.
  const poolRoots = (kind: Criterion["kind"]) =>
    nodes.filter((c) => c.kind === kind && (parentOf.get(c) === null || parentOf.get(c)!.kind !== kind)).map((c) => rowOf.get(c)!);
  const sum0 = HANDOUT_FIRST_ROW + nodes.length + 1;
  const capped = (rows: number[], cap: number | null) => {
    const total = sumOf(C.points, rows);
    return cap === null ? total : `MIN(${cap},${total})`;
  };
  const summary: [string, string][] = [
    [ht("sum.scored"), sumOf(C.points, poolRoots("scored"))],
    [ht("sum.bonus"), capped(poolRoots("bonus"), t.bonusCap)],
    [ht("sum.penalty"), capped(poolRoots("penalty"), t.penaltyCap)],
  ];
  summary.forEach(([label, f], i) => {
    s.label(C.title, sum0 + i, label, { bold: true });
    s.formula(C.points, sum0 + i, f, { numFmt: fmt, bold: true });
  });
  const p = (k: number) => addr(C.points, sum0 + k);
  s.label(C.title, sum0 + 3, ht("sum.total"), { bold: true });
  s.formula(C.points, sum0 + 3, `ROUND(${p(0)}+${p(1)}-${p(2)},${t.precision})`, { numFmt: fmt, bold: true });
  if (relative) s.label(C.title, sum0 + 4, ht("relative.note"), { wrap: true });

  [10, 50, 12, 40, 8, 12, 40, 12].forEach((w, i) => s.width(i + 1, w));
  s.freeze = { rows: HANDOUT_HEADER_ROW, columns: 2 };
  s.print = { orientation: "landscape", repeatRows: `${HANDOUT_HEADER_ROW}:${HANDOUT_HEADER_ROW}` };

  const meta = new SheetBuilder(HANDOUT_SHEET.meta, true);
  const values: Record<HandoutMetaKey, string | number> = {
    format: HANDOUT_FORMAT,
    formatVersion: HANDOUT_FORMAT_VERSION,
    templateId: t.id,
    templateVersion: t.version,
    templateHash: templateHash(t),
    clusterName: cleanText(req.clusterName),
    period: cleanText(req.period),
    unitName: unit,
    unitKey: identityKey(unit),
    fileId: req.fileId,
    generatedAt: req.generatedAt,
    firstRow: HANDOUT_FIRST_ROW,
    criteriaCount: nodes.length,
  };
  Object.entries(values).forEach(([k, v], i) => {
    meta.label(1, i + 1, k);
    meta.label(2, i + 1, v);
  });
  meta.width(1, 20);
  meta.width(2, 60);
  return { sheets: [s.build(), meta.build()], definedNames: [] };
}
