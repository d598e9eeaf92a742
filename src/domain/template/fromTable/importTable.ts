/**
 * A pasted criteria table (a Word or PDF table pasted into a sheet, or tab-separated text) → a proposed
 * template, in the same shape as a template file and built by the same parser, with findings naming the
 * rows they come from. Nothing is written: the caller shows the proposal and its findings first.
 */
import { message } from "../../../messages/message";
import { render } from "../../../messages/message";
import { parseTemplate } from "../parse";
import type { Template } from "../model";
import { TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION, type TemplateInput } from "../schema";
import { assemble } from "./assemble";
import { assignCodes } from "./codesOut";
import { guessColumns, type Columns, type Role } from "./columns";
import { FindingList, type GridOrigin, type ImportFinding } from "./findings";
import { buildTree, type TreeNode } from "./levels";
import { readRows } from "./rows";

export interface TableImportOptions {
  /** Sheet row and column of the grid's first cell (1-based; default A1). */
  readonly origin?: GridOrigin;
  readonly id?: string;
  readonly title?: string;
  readonly version?: string;
}

export interface TableImport {
  /** The proposed template, or null when the table gave none (see the error findings). */
  readonly template: Template | null;
  /** The same proposal as a template file would hold it. */
  readonly input: TemplateInput | null;
  readonly findings: readonly ImportFinding[];
  /** Sheet row of the header row, or null when the columns were guessed from their content. */
  readonly headerRow: number | null;
  /** Sheet column (1-based) of each recognised role. */
  readonly columns: Readonly<Partial<Record<Role, number>>>;
  /** Sheet row each criterion comes from, by its code in the proposal. */
  readonly rowOfCode: ReadonlyMap<string, number>;
}

const DEFAULT_ORIGIN: GridOrigin = { row: 1, column: 1 };

export function importTable(grid: readonly (readonly string[])[], options: TableImportOptions = {}): TableImport {
  const origin = options.origin ?? DEFAULT_ORIGIN;
  const findings = new FindingList(origin);
  const cells = grid.map((row) => row.map((c) => (typeof c === "string" ? c : String(c ?? ""))));
  const { headerRow, columns } = guessColumns(cells);
  const sheetColumns = Object.fromEntries(Object.entries(columns).map(([role, c]) => [role, c + origin.column])) as TableImport["columns"];
  const done = (template: Template | null, input: TemplateInput | null, rowOfCode = new Map<string, number>()): TableImport => ({
    template, input, findings: findings.items, headerRow: headerRow === null ? null : headerRow + origin.row, columns: sheetColumns, rowOfCode,
  });
  if (columns.title === undefined) {
    findings.whole("error", "design.import.noTitleColumn");
    return done(null, null);
  }
  if (columns.points === undefined) findings.whole("warning", "design.import.noPointsColumn");
  const rows = readRows(cells, columns, headerRow, findings);
  if (rows.entries.length === 0) {
    findings.whole("error", "design.import.noRows");
    return done(null, null);
  }
  const roots = buildTree(rows.entries);
  const codes = assignCodes(roots, findings);
  const assembled = assembleTree(roots, codes, columns, findings, rows.total?.value ?? null);
  if (rows.total && Math.abs(rows.total.value - assembled.scoredSum) > 1e-6) {
    findings.at("warning", rows.total.row, columns.points ?? null, "design.import.totalMismatch", { sum: assembled.scoredSum, total: rows.total.value });
  }
  const total = rows.total?.value ?? assembled.scoredSum;
  if (!(total > 0)) {
    findings.whole("error", "design.import.noPoints");
    return done(null, null);
  }
  const input: TemplateInput = {
    format: TEMPLATE_FORMAT, formatVersion: TEMPLATE_FORMAT_VERSION,
    id: options.id ?? "bang-nhap", version: options.version ?? "1",
    title: options.title ?? render(message("design.import.defaultTitle"), "vi-VN"),
    total, precision: 2, bonusCap: null, penaltyCap: null, bands: [], tieBreak: [], awards: [],
    criteria: assembled.criteria,
  };
  const rowOfCode = new Map<string, number>();
  for (const [node, code] of codes) rowOfCode.set(code, node.entry.row + origin.row);
  const parsed = parseTemplate(input);
  if (!parsed.ok) {
    for (const e of parsed.errors) {
      const row = rowOfPath(e.path, assembled.rowsByPath);
      if (row === null) findings.whole("error", "design.import.templateError", { detail: e.message });
      else findings.at("error", row, null, "design.import.templateErrorAt", { detail: e.message });
    }
    return done(null, input, rowOfCode);
  }
  return done(parsed.template, input, rowOfCode);
}

/**
 * The tree as criteria; when the total row equals the scored groups plus the "Điểm thưởng" groups (Công đoàn:
 * 85 + 15 = 100), those groups are inside the scale and stay scored.
 */
function assembleTree(roots: TreeNode[], codes: Map<TreeNode, string>, columns: Columns, findings: FindingList, total: number | null) {
  const first = new FindingList(findings.origin);
  const asBonus = assemble(roots, codes, columns, first);
  const inScale = total !== null && asBonus.bonusSum > 0 && Math.abs(asBonus.scoredSum - total) > 1e-6 && Math.abs(asBonus.scoredSum + asBonus.bonusSum - total) < 1e-6;
  if (!inScale) {
    findings.items.push(...first.items);
    return asBonus;
  }
  return assemble(roots, codes, columns, findings, true);
}

/** The row of the criterion a parser path points into ("criteria[0].children[2].max" → that criterion's row). */
function rowOfPath(path: string, rowsByPath: ReadonlyMap<string, number>): number | null {
  for (let p = path; p !== ""; p = p.replace(/(\.[^.[\]]+|\[\d+\])$/u, "")) {
    const row = rowsByPath.get(p);
    if (row !== undefined) return row;
    if (!/(\.[^.[\]]+|\[\d+\])$/u.test(p)) break;
  }
  return null;
}
