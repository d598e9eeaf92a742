/** The score lines of a scores CSV (after its header) as entries, each cell located by file, line and column. */
import { cleanText, identityKey, parseLocaleNumber, type EntryInput, type Location, type RawValue, type UnitInput } from "../../domain";
import { text, type CliText } from "../messages";
import { newlinesBefore, type LocatedRecord } from "./locatedRecords";
import type { ColumnRole } from "./readScores";

export interface RowsContext {
  readonly file: string;
  readonly lineOffset: number;
  readonly delimiter: string;
  /** The header's number of columns. */
  readonly columns: number;
  readonly roles: Partial<Record<ColumnRole, number>> & { unit: number; criterion: number };
}

/**
 * The score lines as entries, with every cell's location. Cleaning is cached per distinct cell text:
 * a cluster's file repeats each unit name and each score value thousands of times.
 */
export function readRows(rows: readonly LocatedRecord[], ctx: RowsContext) {
  const { file, roles } = ctx;
  const errors: CliText[] = [];
  const entries: EntryInput[] = [];
  const units: UnitInput[] = [];
  const blankUnitRows: UnitInput[] = [];
  const seen = new Set<string>();
  const unitNames = new Map<string, { name: string; key: string }>();
  const values = new Map<string, RawValue>();
  const valueAt = (r: readonly string[], i: number | undefined): RawValue => {
    if (i === undefined) return null;
    const raw = r[i]!;
    if (!values.has(raw)) values.set(raw, cellValue(raw));
    return values.get(raw)!;
  };
  for (const row of rows) {
    const line = row.line + ctx.lineOffset;
    const r = row.record;
    if (r.length < ctx.columns || r.slice(ctx.columns).some((c) => c !== "")) {
      const column = r.length < ctx.columns ? r.length + 1 : ctx.columns + 1;
      errors.push(fieldCountError(`${file}:${line}:${column}`, r, ctx.columns, ctx.delimiter));
      continue;
    }
    const rawUnit = r[roles.unit]!;
    if (!unitNames.has(rawUnit)) unitNames.set(rawUnit, unitIdentity(rawUnit));
    const unit = unitNames.get(rawUnit)!;
    const where = cellLocations(file, line, r, roles);
    if (unit.name === "") {
      blankUnitRows.push({ name: "", where: where.row });
      continue;
    }
    if (!seen.has(unit.key)) {
      seen.add(unit.key);
      units.push({ name: unit.name, where: where.row });
    }
    entries.push({ unit: unit.name, criterion: r[roles.criterion]!, self: valueAt(r, roles.self), cluster: valueAt(r, roles.cluster), where });
  }
  return { errors, entries, units, blankUnitRows };
}

function unitIdentity(raw: string): { name: string; key: string } {
  const name = cleanText(raw);
  return { name, key: identityKey(name) };
}

/** Where the line's unit, self and cluster cells are (a quoted cell may move the next ones down). */
function cellLocations(file: string, line: number, r: readonly string[], roles: RowsContext["roles"]): { self?: Location; cluster?: Location; row: Location } {
  const at = (i: number): Location => ({ file, line: line + newlinesBefore(r, i), column: i + 1 });
  const where: { self?: Location; cluster?: Location; row: Location } = { row: at(roles.unit) };
  if (roles.self !== undefined) where.self = at(roles.self);
  if (roles.cluster !== undefined) where.cluster = at(roles.cluster);
  return where;
}

/**
 * A CSV cell as the domain should see it: empty → null; a number in either decimal convention
 * ("8,5", "8.5", "1.234,5") → number, since CSV has no types; anything else, including an
 * ambiguous "1.000", pass/fail words and N/A, stays text for the domain to judge and report.
 */
export function cellValue(raw: string): RawValue {
  const s = cleanText(raw);
  if (s === "") return null;
  const p = parseLocaleNumber(s);
  return p.kind === "number" ? p.value : s;
}

function fieldCountError(where: string, record: readonly string[], expected: number, delimiter: string): CliText {
  let hint: CliText | "" = "";
  if (delimiter === "," && record.length > expected) hint = text("csv.fieldCount.decimalComma");
  else if (record.length < expected) {
    const other = [";", ",", "\t"].find((d) => d !== delimiter && record.some((c) => c.includes(d)));
    if (other) hint = text("csv.fieldCount.otherSeparator", { delimiter: show(delimiter), other: show(other) });
  }
  return text("csv.fieldCount", { where, count: record.length, expected, hint });
}

const show = (d: string) => (d === "\t" ? "Tab" : d);
