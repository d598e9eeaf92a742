/**
 * The long-format scores CSV: `unit,criterion,self,cluster`, one line per unit × criterion.
 * Header required (English or Vietnamese names), comma/semicolon/tab separator detected from the
 * header line, decimal comma or point. Every value keeps its file:line:column for messages.
 * The reader only converts cells; judging values (ranges, text, ambiguity) is the domain's job.
 */
import { parse } from "csv-parse/sync";
import { cleanText, looseKey, type EntryInput, type UnitInput } from "../../domain";
import { EXIT_DATA } from "../args";
import { text, type CliText } from "../messages";
import { atFile } from "../../domain/files/problems";
import { message } from "../../messages/message";
import { csvSyntaxDetail, unclosedQuoteLine } from "./csvSyntax";
import { legacyConversions } from "./legacyNames";
import { locatedRecords, type LocatedRecord } from "./locatedRecords";
import { readRows } from "./scoreRows";
import type { Read } from "./readText";

export { cellValue } from "./scoreRows";

export type ColumnRole = "unit" | "criterion" | "self" | "cluster";

/** Accepted header names per column (compared without case, diacritics or punctuation). */
export const HEADER_ALIASES: Readonly<Record<ColumnRole, readonly string[]>> = {
  unit: ["đơn vị", "tên đơn vị", "unit"],
  criterion: ["tiêu chí", "mã tiêu chí", "mã", "criterion", "code"],
  self: ["tự chấm", "điểm tự chấm", "đơn vị tự chấm", "self"],
  cluster: ["cụm chấm", "điểm cụm chấm", "khối chấm", "điểm khối chấm", "cluster"],
};

const MAX_REPORTED = 20;

export interface ScoresRead {
  readonly entries: EntryInput[];
  /** Distinct units (identity key) in order of first appearance, located at that line. */
  readonly units: UnitInput[];
  /** One nameless unit per line whose unit cell is empty, so the domain reports each with its location. */
  readonly blankUnitRows: UnitInput[];
  /** Number of data lines read. */
  readonly rows: number;
  readonly delimiter: string;
  /** Unit names converted from a legacy font (--convert-legacy), to print. */
  readonly legacyNotes: CliText[];
}

/**
 * Unit names typed with a legacy font: stop with each name and its conversion, or (convert) replace the
 * cells with the Unicode names (./legacyNames.ts). Rows are changed in place.
 */
function convertLegacyUnits(rows: readonly Row[], unitColumn: number, file: string, lineOffset: number, convert: boolean) {
  const firstRow = new Map<string, Row>();
  for (const row of rows) if (!firstRow.has(row.record[unitColumn] ?? "")) firstRow.set(row.record[unitColumn] ?? "", row);
  const typed = [...firstRow].map(([raw, row]) => ({ raw, where: `${file}:${row.line + lineOffset}:${unitColumn + 1}` }));
  const legacy = legacyConversions(file, typed, convert);
  if (!legacy.ok) return legacy;
  const to = new Map(typed.map((t, i) => [t.raw, legacy.converted[i] ?? t.raw]));
  for (const row of rows) if (row.record[unitColumn] !== undefined) row.record[unitColumn] = to.get(row.record[unitColumn])!;
  return legacy;
}

type Row = LocatedRecord;

export function readScoresText(content: string, file: string, options: { readonly convertLegacy?: boolean } = {}): Read<ScoresRead> {
  const { body, lineOffset, sep } = stripSepLine(content);
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = sep ?? detectDelimiter(firstLine);
  if (delimiter === null) return fail([text("csv.oneColumn", { where: `${file}:${1 + lineOffset}`, header: cleanText(firstLine) })]);

  let rows: Row[];
  try {
    rows = locatedRecords(parse(body, { delimiter, relax_column_count: true, trim: true, bom: true }) as string[][]);
  } catch (e) {
    const err = e as { lines?: number; column?: number; code?: string };
    const opened = err.code === "CSV_QUOTE_NOT_CLOSED" ? unclosedQuoteLine(body) : null;
    const line = (opened ?? err.lines ?? 1) + lineOffset;
    const where = typeof err.column === "number" && opened === null ? `${file}:${line}:${err.column + 1}` : `${file}:${line}`;
    return fail([text("csv.syntax", { where, detail: csvSyntaxDetail(err.code) })]);
  }
  const header = rows[0];
  if (!header) return fail([atFile(file, message("files.read.text.blank"))]);
  const headerLine = header.line + lineOffset;
  const cols = mapHeader(header.record, `${file}:${headerLine}`);
  if (!cols.ok) return cols;
  const roles = cols.value;
  const legacy = convertLegacyUnits(rows.slice(1), roles.unit, file, lineOffset, options.convertLegacy === true);
  if (!legacy.ok) return legacy;

  const { errors, entries, units, blankUnitRows } = readRows(rows.slice(1), { file, lineOffset, delimiter, columns: header.record.length, roles });
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_REPORTED);
    if (errors.length > MAX_REPORTED) shown.push(text("csv.moreErrors", { count: errors.length - MAX_REPORTED }));
    return fail(shown);
  }
  if (rows.length === 1) return fail([text("csv.noRows", { file })]);
  return { ok: true, value: { entries, units, blankUnitRows, rows: rows.length - 1, delimiter, legacyNotes: legacy.notes } };
}

/** The separator with most occurrences outside quotes in the header line; null when there is none. */
export function detectDelimiter(headerLine: string): string | null {
  const counts = new Map<string, number>([[";", 0], [",", 0], ["\t", 0]]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return n > 0 ? best : null;
}

/** Excel's optional first line `sep=;`. */
function stripSepLine(content: string): { body: string; lineOffset: number; sep: string | null } {
  const m = /^\uFEFF?sep=(.)\r?\n/i.exec(content);
  return m ? { body: content.slice(m[0].length), lineOffset: 1, sep: m[1]! } : { body: content, lineOffset: 0, sep: null };
}

function mapHeader(header: readonly string[], where: string): Read<Partial<Record<ColumnRole, number>> & { unit: number; criterion: number }> {
  const roles: Partial<Record<ColumnRole, number>> = {};
  const errors: CliText[] = [];
  const aliasKeys = Object.entries(HEADER_ALIASES).map(([role, names]) => [role as ColumnRole, new Set(names.map(looseKey))] as const);
  header.forEach((h, i) => {
    const key = looseKey(h);
    const role = aliasKeys.find(([, keys]) => keys.has(key))?.[0];
    if (!role) return;
    if (roles[role] !== undefined) {
      errors.push(text("csv.duplicateColumn", { where: `${where}:${i + 1}`, column: text(`column.${role}`), first: roles[role]! + 1, second: i + 1 }));
    } else roles[role] = i;
  });
  const found = header.map((h) => `"${cleanText(h)}"`).join(", ");
  // With exactly one unrecognised header cell, that is the one to rename: point at it.
  const unknown = header.flatMap((h, i) => (Object.values(roles).includes(i) || cleanText(h) === "" ? [] : [i]));
  const at = unknown.length === 1 ? `${where}:${unknown[0]! + 1}` : where;
  for (const role of ["unit", "criterion"] as const) {
    if (roles[role] === undefined) {
      errors.push(text("csv.missingColumn", { where: at, column: text(`column.${role}`), found, aliases: HEADER_ALIASES[role].map((a) => `"${a}"`).join(", ") }));
    }
  }
  if (roles.self === undefined && roles.cluster === undefined) errors.push(text("csv.missingScoreColumn", { where: at, found }));
  if (errors.length > 0) return fail(errors);
  return { ok: true, value: roles as Partial<Record<ColumnRole, number>> & { unit: number; criterion: number } };
}

function fail(errors: CliText[]): Read<never> {
  return { ok: false, exit: EXIT_DATA, errors };
}
