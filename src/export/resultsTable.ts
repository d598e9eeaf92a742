/**
 * The units of a ThiDua summary table read back (the CSV of docs/export-csv.md, or the table of the summary
 * .xlsx): the columns are found by their header texts (the workbook's catalogue texts), every data row gives a
 * unit's total, %, rank, band and award. A problem names the line or row, the unit and the column.
 */
import type { UnitResults } from "../domain/rollup/types";
import { parseAwardLabel } from "../domain/rollup/awardLabel";
import { message, type Message } from "../messages/message";
import { UNCLASSIFIED } from "../workbook/names";
import { wb } from "../workbook/text";
import type { SummaryCell } from "./summaryTable";

export type TableRead = { readonly ok: true; readonly units: UnitResults[] } | { readonly ok: false; readonly errors: Message[] };

const REQUIRED = { unit: wb("head.unit"), total: wb("head.totalShort"), rank: wb("head.rank"), band: wb("head.band"), award: wb("head.award") } as const;
const PERCENT = wb("head.percent");
const MAX_REPORTED = 10;

const text = (v: SummaryCell | undefined) => (v === undefined ? "" : String(v).normalize("NFC").trim());

/** Whether a row looks like the summary's header (it has the unit and rank columns). */
export function isSummaryHeader(row: readonly SummaryCell[]): boolean {
  const cells = row.map(text);
  return cells.includes(REQUIRED.unit) && cells.includes(REQUIRED.rank);
}

/**
 * `rows[0]` is the header; the data rows follow until the first row without a unit name and STT (the summary
 * .xlsx goes on with other sections). `where(i)` names row i of `rows` for messages ("dòng 3", "trang Tổng hợp, dòng 7").
 */
export function unitsFromSummaryRows(rows: readonly (readonly SummaryCell[])[], where: (i: number) => Message): TableRead {
  const header = (rows[0] ?? []).map(text);
  const col = (name: string) => header.indexOf(name);
  const missing = Object.values(REQUIRED).filter((name) => col(name) < 0);
  if (missing.length > 0) return { ok: false, errors: [message("rollup.read.missingColumn", { where: where(0), column: missing[0]!, columns: Object.values(REQUIRED).join(", ") })] };
  const percentCol = col(PERCENT);
  const units: UnitResults[] = [];
  const errors: Message[] = [];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.every((c) => text(c) === "")) break;
    const name = text(row[col(REQUIRED.unit)]);
    if (name === "") {
      errors.push(message("rollup.read.blankUnit", { where: where(i) }));
      continue;
    }
    const number = (column: string, index: number): number | null => {
      const v = row[index];
      if (typeof v === "number") return v;
      errors.push(message("rollup.read.badNumber", { where: where(i), unit: name, column, value: text(v) }));
      return null;
    };
    const band = text(row[col(REQUIRED.band)]);
    const awardLabel = text(row[col(REQUIRED.award)]);
    const award = parseAwardLabel(awardLabel);
    units.push({
      name,
      total: number(REQUIRED.total, col(REQUIRED.total)),
      percent: percentCol < 0 ? null : number(PERCENT, percentCol),
      rank: number(REQUIRED.rank, col(REQUIRED.rank)),
      band: band === "" || band === UNCLASSIFIED ? null : band,
      awardLabel,
      award: award.award,
      awardStatus: award.status,
    });
  }
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_REPORTED) };
  if (units.length === 0) return { ok: false, errors: [message("rollup.read.noUnits")] };
  return { ok: true, units };
}
