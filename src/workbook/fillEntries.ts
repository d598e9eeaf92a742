/**
 * Puts entries (self and cluster scores) into the input cells of a plan: for a workbook
 * pre-filled from a CSV, and for tests. Matching is by identity (unit name, criterion code),
 * like the domain's buildScoreSheet; entries that match nothing are returned, not dropped silently.
 */
import type { EntryInput } from "../domain/scoring/input";
import type { Template } from "../domain/template/model";
import { cleanText, identityKey } from "../domain/text/normalize";
import { SHEET, workbookLayout, type LazyPlan } from "./buildPlan";
import { addr, type CellPlan, type SheetPlan, type WorkbookPlan } from "./plan";

export interface FillResult {
  readonly plan: WorkbookPlan;
  /** Entries whose unit or criterion (a leaf) is not in the workbook. */
  readonly unmatched: readonly EntryInput[];
}

/** The Chấm điểm cells of one entry: its row and the unit's self and cluster columns. */
export interface EntryCells {
  readonly row: number;
  readonly selfCol: number;
  readonly clusterCol: number;
}

/**
 * Where entries go in the workbook of template `t` with these units, matched by identity (unit name by
 * identityKey, criterion by code, like the domain's buildScoreSheet): null when the unit or the leaf is not there.
 */
export function entryPlacer(t: Template, units: readonly string[]): (e: EntryInput) => EntryCells | null {
  const L = workbookLayout(t, units.length);
  const unitIndex = new Map<string, number>();
  units.forEach((u, i) => {
    const k = identityKey(cleanText(u));
    if (!unitIndex.has(k)) unitIndex.set(k, i);
  });
  const leafRow = new Map<string, number>();
  L.nodes.forEach((c, i) => {
    if (c.children.length === 0 && !leafRow.has(c.key)) leafRow.set(c.key, L.nodeRow(i));
  });
  return (e) => {
    const u = unitIndex.get(identityKey(e.unit));
    const row = leafRow.get(identityKey(e.criterion));
    if (u === undefined || row === undefined) return null;
    return { row, selfCol: L.selfEntryCol(u), clusterCol: L.clusterEntryCol(u) };
  };
}

export function fillEntries(plan: WorkbookPlan, t: Template, units: readonly string[], entries: readonly EntryInput[]): FillResult {
  const sheet = plan.sheets.find((s) => s.name === SHEET.entry);
  if (!sheet) throw new Error(`fillEntries: the plan has no "${SHEET.entry}" sheet`);
  const { sheet: filled, unmatched } = fillEntrySheet(sheet, t, units, entries);
  return { plan: { ...plan, sheets: plan.sheets.map((s) => (s === sheet ? filled : s)) }, unmatched };
}

/** The Chấm điểm sheet with the entries in its input cells (a copy), and the entries that match nothing. */
export function fillEntrySheet(sheet: SheetPlan, t: Template, units: readonly string[], entries: readonly EntryInput[]): { sheet: SheetPlan; unmatched: EntryInput[] } {
  const place = entryPlacer(t, units);
  const cells = new Map<string, CellPlan>(sheet.cells);
  const unmatched: EntryInput[] = [];
  const put = (col: number, row: number, v: EntryInput["self"]) => {
    if (v === undefined) return;
    const a = addr(col, row);
    const old = cells.get(a);
    cells.set(a, { ...(old ?? { role: "input", locked: false }), value: v ?? null } as CellPlan);
  };
  for (const e of entries) {
    const at = place(e);
    if (!at) {
      unmatched.push(e);
      continue;
    }
    put(at.selfCol, at.row, e.self);
    put(at.clusterCol, at.row, e.cluster);
  }
  return { sheet: { ...sheet, cells }, unmatched };
}

/**
 * A lazily built plan whose Chấm điểm gets the entries as it is built; `unmatched` is known once it has been.
 * Holds no sheet between two steps (a plain iterator, not a generator whose frame would keep the last one).
 */
export function fillEntriesLazily(plan: LazyPlan, t: Template, units: readonly string[], entries: readonly EntryInput[]): { plan: LazyPlan; unmatched: () => readonly EntryInput[] } {
  let unmatched: EntryInput[] = [];
  let pending: readonly EntryInput[] | null = entries;
  const fill = (sheet: SheetPlan): SheetPlan => {
    if (sheet.name !== SHEET.entry || pending === null) return sheet;
    const filled = fillEntrySheet(sheet, t, units, pending);
    pending = null;
    unmatched = filled.unmatched;
    return filled.sheet;
  };
  const sheets = (): Iterator<SheetPlan> => {
    const inner = plan.sheets[Symbol.iterator]();
    return { next: () => {
      const r = inner.next();
      return r.done ? r : { done: false, value: fill(r.value) };
    } };
  };
  return { plan: { sheets: { [Symbol.iterator]: sheets }, definedNames: plan.definedNames }, unmatched: () => unmatched };
}
