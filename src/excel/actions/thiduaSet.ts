/**
 * Which sheets form the ThiDua workbook the user works with. "Giữ cả hai" (keep both) inserts a second set
 * ("Chấm điểm (2)", "_ThiDua (2)", …) beside the first; every read (check, ranking, export, self-scoring,
 * the Xuất meeting cells) uses ONE set, decided here:
 *   1. the set the last insert recorded in the pane sheet (cell S1 of _ThiDuaPane), if its sheets exist;
 *   2. otherwise the original set (no suffix), if complete;
 *   3. otherwise the highest-numbered complete set.
 * A set is complete when its _ThiDua, Đơn vị and Chấm điểm sheets exist.
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import { SHEET } from "../../workbook/names";
import { parseSetRecord, SET_RECORD_CELL, setRecordText } from "../../workbook/paneRecord";
import { PANE_SHEET } from "./paneSheet";
import { readBook, readBookKnown, type BookRead, type BookRequest } from "./readBook";

export { SET_RECORD_CELL };

/** The plan's sheets, by their names in the first set. */
export const SET_SHEETS: readonly string[] = Object.values(SHEET);

/** A plan sheet's name in the set with this suffix (" (2)"), cut like applyPlan's keepBothNames to Excel's 31 characters. */
export function setSheetName(plan: string, suffix: string): string {
  return suffix === "" ? plan : plan.slice(0, 31 - suffix.length) + suffix;
}

const COMPLETE = [SHEET.meta, SHEET.units, SHEET.entry];

/** The suffix of the set to use, from the workbook's sheet names and the recorded suffix (null when none). */
export function currentSetSuffix(sheetNames: readonly string[], recorded: string | null): string {
  const have = new Set(sheetNames.map((n) => n.toLowerCase()));
  const complete = (suffix: string) => COMPLETE.every((s) => have.has(setSheetName(s, suffix).toLowerCase()));
  if (recorded !== null && complete(recorded)) return recorded;
  if (complete("")) return "";
  let best = "";
  for (const n of sheetNames) {
    const m = /^_ThiDua \((\d+)\)$/.exec(n);
    if (m && complete(` (${m[1]})`) && Number(m[1]) > Number(/\d+/.exec(best)?.[0] ?? 0)) best = ` (${m[1]})`;
  }
  return best;
}

/** The recorded suffix in the pane sheet's cell, or null when there is none (or it is not ours). */
export function recordedSuffix(cell: RawValue | undefined): string | null {
  const set = parseSetRecord(cell)?.set; // a damaged record: fall back to the derived set (rules 2 and 3)
  return typeof set === "string" ? set : null;
}

/** Queues recording the current set in the pane sheet (which must exist, or be added earlier in the same batch). */
export function recordCurrentSet(ctx: Excel.RequestContext, suffix: string): void {
  ctx.workbook.worksheets.getItem(PANE_SHEET).getRange(SET_RECORD_CELL).values = [[setRecordText(suffix)]];
}

/** Plan name (lower case) → sheet name in the set. */
export function setAliases(suffix: string): Map<string, string> {
  return new Map(SET_SHEETS.map((s) => [s.toLowerCase(), setSheetName(s, suffix)]));
}

/**
 * readBook for the current set: `req.grids` are plan names. One sync when the first set is current (its
 * sheets are asked for optimistically with the record); one more when another set is.
 */
export async function readThiDuaBook(ctx: Excel.RequestContext, req: BookRequest): Promise<BookRead> {
  const first = await readBook(ctx, { ...req, setRecord: SET_RECORD_CELL });
  const suffix = currentSetSuffix(first.sheets.map((s) => s.name), recordedSuffix(first.setRecord));
  if (suffix === "") return first;
  const aliases = setAliases(suffix);
  const grids = (req.grids ?? []).map((n) => aliases.get(n.toLowerCase()) ?? n);
  const rows = req.rows?.map((r) => ({ ...r, sheet: aliases.get(r.sheet.toLowerCase()) ?? r.sheet }));
  const second = await readBookKnown(ctx, { ...req, grids, ...(rows ? { rows } : {}) }, first);
  return withAliases({ ...second, setRecord: first.setRecord }, aliases, first.syncs + 1);
}

/** The read with the set's grids also under their plan names, and hasSheet answering plan names. */
function withAliases(book: BookRead, aliases: ReadonlyMap<string, string>, syncs: number): BookRead {
  const grids = new Map(book.grids);
  for (const [plan, actual] of aliases) {
    const g = book.grids.get(actual.toLowerCase());
    if (g) grids.set(plan, g);
    else grids.delete(plan);
  }
  return { ...book, grids, aliases, syncs };
}

/** The workbook's name for a plan sheet in this read (the plan name when the read has no set). */
export function sheetNameIn(book: Pick<BookRead, "aliases">, plan: string): string {
  return book.aliases?.get(plan.toLowerCase()) ?? plan;
}
