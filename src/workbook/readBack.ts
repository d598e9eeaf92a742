/**
 * Reads a scoring workbook back through the workbook contract (docs/workbook-contract.md), from any cell
 * source: Office.js ranges, an exceljs workbook (src/xlsx/readClusterWorkbook.ts), the preview's fake.
 * Pure: the caller supplies `read(sheet, row, col)` with the cell's value (1-based row and column).
 */
import type { ClusterHistory } from "../domain/history/types";
import type { EntryInput, UnitInput } from "../domain/scoring/input";
import type { Location } from "../domain/validation/finding";
import type { RawValue } from "../domain/scoring/entryValue";
import type { Template } from "../domain/template/model";
import { parseTemplateText } from "../domain/template/parse";
import { message, type Message } from "../messages/message";
import { HISTORY_SHEET, SHEET, templateJsonFromMeta } from "./buildPlan";
import { readHistory } from "./readHistory";
import { workbookLayout, type WorkbookLayout } from "./layout";
import { addr, WORKBOOK_FORMAT, WORKBOOK_FORMAT_VERSION } from "./plan";

export type CellSource = (sheet: string, row: number, col: number) => RawValue;

export interface WorkbookMeta {
  readonly template: Template;
  readonly templateId: string;
  readonly templateVersion: string;
  readonly clusterName: string;
  readonly period: string;
  readonly unitCount: number;
}

export type ReadResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Message };

/** The _ThiDua sheet: format check, cluster, period, unit count and the template (re-parsed). `hasSheet` says whether a sheet exists. */
export function readMeta(read: CellSource, hasSheet: (name: string) => boolean): ReadResult<WorkbookMeta> {
  if (!hasSheet(SHEET.meta)) return { ok: false, error: message("wb.readBack.noMeta") };
  const b = (row: number) => read(SHEET.meta, row, 2);
  const format = `${String(b(1) ?? "")} ${String(b(2) ?? "")}`.trim();
  const expected = `${WORKBOOK_FORMAT} ${WORKBOOK_FORMAT_VERSION}`;
  if (format !== expected) return { ok: false, error: message("wb.readBack.wrongFormat", { found: format, expected }) };
  const parsed = parseTemplateText(templateJsonFromMeta(b));
  if (!parsed.ok) {
    // The first problem, in the user's language (it used to be rendered in Vietnamese whatever the language).
    const first = parsed.errors[0]!;
    return { ok: false, error: message("wb.readBack.badTemplate", { detail: message("files.read.at", { file: first.path, problem: first.message }) }) };
  }
  return {
    ok: true,
    value: {
      template: parsed.template,
      templateId: String(b(3) ?? ""),
      templateVersion: String(b(4) ?? ""),
      clusterName: String(b(5) ?? ""),
      period: String(b(6) ?? ""),
      unitCount: Number(b(7) ?? 0),
    },
  };
}

export interface ClusterRead {
  readonly meta: WorkbookMeta;
  readonly layout: WorkbookLayout;
  /** Unit names as the Đơn vị sheet has them now (column B from row 2). */
  readonly units: string[];
  /** Non-empty entries of Chấm điểm with their cells. */
  readonly entries: EntryInput[];
  /** The Lịch sử sheet (results of earlier periods), or null when the workbook has none. */
  readonly history: ClusterHistory | null;
  /** Rows whose criterion code in column A of Chấm điểm is not the template's. */
  readonly codeMismatches: { readonly cell: string; readonly expected: string; readonly found: RawValue }[];
}

const isEmpty = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/**
 * The non-empty entries of a Chấm điểm sheet laid out as `layout` (cells named on `sheet`), and the rows whose
 * criterion code in column A is not the layout's. `read(row, col)` gives a cell of that sheet.
 */
export function readEntries(
  layout: WorkbookLayout,
  units: readonly string[],
  read: (row: number, col: number) => RawValue,
  sheet: string,
): Pick<ClusterRead, "entries" | "codeMismatches"> {
  const entries: EntryInput[] = [];
  const codeMismatches: ClusterRead["codeMismatches"][number][] = [];
  layout.nodes.forEach((c, i) => {
    const row = layout.nodeRow(i);
    const code = read(row, 1);
    if (String(code ?? "").trim() !== c.code) codeMismatches.push({ cell: addr(1, row), expected: c.code, found: code });
    if (c.children.length > 0) return;
    for (let u = 0; u < layout.unitCount; u++) {
      const sc = layout.selfEntryCol(u);
      const kc = layout.clusterEntryCol(u);
      const self = read(row, sc);
      const cluster = read(row, kc);
      if (isEmpty(self) && isEmpty(cluster)) continue;
      entries.push({
        unit: units[u] ?? "",
        criterion: c.code,
        ...(isEmpty(self) ? {} : { self }),
        ...(isEmpty(cluster) ? {} : { cluster }),
        where: { self: { sheet, cell: addr(sc, row) }, cluster: { sheet, cell: addr(kc, row) } },
      });
    }
  });
  return { entries, codeMismatches };
}

/**
 * The whole cluster: meta, units and entries. Fails with a user message when a contract sheet is missing.
 * `nameOf` gives the workbook's name of a contract sheet for the cells entries name (e.g. "Chấm điểm (2)").
 */
export function readCluster(read: CellSource, hasSheet: (name: string) => boolean, nameOf: (sheet: string) => string = (s) => s): ReadResult<ClusterRead> {
  const m = readMeta(read, hasSheet);
  if (!m.ok) return m;
  for (const s of [SHEET.units, SHEET.entry]) if (!hasSheet(s)) return { ok: false, error: message("wb.readBack.missingSheet", { sheet: s }) };
  const meta = m.value;
  const layout = workbookLayout(meta.template, meta.unitCount);
  const units: string[] = [];
  for (let u = 0; u < meta.unitCount; u++) units.push(String(read(SHEET.units, 2 + u, 2) ?? "").trim());
  const { entries, codeMismatches } = readEntries(layout, units, (row, col) => read(SHEET.entry, row, col), nameOf(SHEET.entry));
  const history = hasSheet(HISTORY_SHEET) ? readHistory(meta.template, meta.unitCount, (row, col) => read(HISTORY_SHEET, row, col)) : null;
  return { ok: true, value: { meta, layout, units, entries, history, codeMismatches } };
}

/** The units as evaluateCluster takes them, each with its earlier results when the workbook has a Lịch sử sheet. */
export function unitInputsOf(c: Pick<ClusterRead, "units" | "history">, where?: (u: number) => Location): UnitInput[] {
  return c.units.map((name, u) => ({ name, ...(where ? { where: where(u) } : {}), ...(c.history ? { history: c.history.units[u]?.results ?? [] } : {}) }));
}
