/**
 * What an insert would do, computed from one or two reads and no writes: the plan (with the entries of an
 * existing ThiDua workbook carried over), the clashing sheets and names, the "keep both" names.
 * Shared by previewInsert (dry run) and insert.
 */
import type { EntryInput } from "../../domain/scoring/input";
import { message } from "../../messages/message";
import { buildPlan, HISTORY_SHEET, SHEET } from "../../workbook/buildPlan";
import { carryHistory } from "../../workbook/change/carryHistory";
import { importEarlier } from "../../domain/history/importEarlier";
import { historyLayout } from "../../workbook/historyLayout";
import { carryIntoPlan, type CarriedPlan } from "../../workbook/change/carryIntoPlan";
import { changedCriteria, criterionLine, orphanLine } from "../../domain/template/change/report";
import type { WorkbookPlan } from "../../workbook/plan";
import { keepBothNames } from "../applyPlan";
import { carryOver, type CarryOver } from "./carryOver";
import { cellOf, hasSheet, readBook, readBookKnown, type BookRead, type SheetInfo } from "./readBook";
import { clusterOf, CLUSTER_SHEETS } from "./thiduaRead";
import { wholeSheetsRequest } from "./planSizer";
import { ActionError, type CriteriaChangePreview, type InsertPreview, type InsertRequest } from "./types";

export interface InsertAnalysis {
  readonly plan: WorkbookPlan;
  readonly book: BookRead;
  /** Existing sheets with plan names (as the workbook spells them). */
  readonly clashes: readonly SheetInfo[];
  /** Existing workbook names of the plan, with their formulas. */
  readonly clashNames: readonly { readonly name: string; readonly formula: string; readonly comment: string }[];
  readonly keepBoth: ReadonlyMap<string, string>;
  /** Entries read from the existing ThiDua workbook (empty without one). */
  readonly entries: readonly EntryInput[];
  readonly carry: CarryOver;
  /** The criteria change and the scores' fates when re-inserting over a ThiDua workbook, else null. */
  readonly rebuilt: CarriedPlan | null;
}

const roomOf = (request: InsertRequest) => historyLayout(request.template, request.units.length).periods;
const importedOnly = (request: InsertRequest) => importEarlier(request.units, null, request.earlier!, roomOf(request)).history;

/**
 * Reads the workbook and computes the insert. `snapshot`: also read the clashing sheets' contents (for undo);
 * `at`: the time named on the orphan sheet.
 */
export async function analyseInsert(ctx: Excel.RequestContext, request: InsertRequest, snapshot: boolean, at = new Date().toISOString()): Promise<InsertAnalysis> {
  let plan: WorkbookPlan;
  try {
    plan = buildPlan(request.template, { name: request.cluster, period: request.period, units: request.units, ...(request.earlier ? { history: importedOnly(request) } : {}) });
  } catch (e) {
    throw new ActionError(message("actions.error.badUnits", { detail: e instanceof Error ? e.message : String(e) }), "invalid", { cause: e });
  }
  let book = await readBook(ctx, { names: true });
  const clashOf = (b: BookRead) => plan.sheets.map((s) => hasSheet(b, s.name)).filter((x): x is SheetInfo => x !== undefined);
  const wanted = new Set<string>();
  if (hasSheet(book, SHEET.meta)) for (const s of [...CLUSTER_SHEETS, SHEET.summary]) wanted.add(s);
  if (hasSheet(book, SHEET.meta) && hasSheet(book, HISTORY_SHEET)) wanted.add(HISTORY_SHEET);
  if (snapshot) for (const c of clashOf(book)) wanted.add(c.name);
  // The charts of the sheets a replace rebuilds with charts: drawn again, not twice; undo knows which were new.
  const chartSheets = snapshot ? clashOf(book).filter((c) => plan.sheets.some((s) => (s.charts?.length ?? 0) > 0 && hasSheet(book, s.name) === c)).map((c) => c.name) : [];
  if (wanted.size > 0) book = await readBookKnown(ctx, { ...wholeSheetsRequest([...wanted]), ...(chartSheets.length > 0 ? { charts: chartSheets } : {}) }, book);

  const planNames = new Set(plan.definedNames.map((d) => d.name.toLowerCase()));
  const clashNames = book.names.filter((n) => planNames.has(n.name.toLowerCase()));
  let entries: EntryInput[] = [];
  let rebuilt: CarriedPlan | null = null;
  const read = hasSheet(book, SHEET.meta) ? clusterOf(book) : null;
  if (read?.ok) {
    // A ThiDua workbook: its scores are carried to the new criteria; those without a place go to the orphan sheet.
    entries = read.value.entries;
    // Lịch sử's inputs (earlier periods, earlier names) follow their units into the new plan; imported results only fill what is not typed.
    const typed = read.value.history ? carryHistory(read.value.history, read.value.units, request.units) : null;
    const history = request.earlier ? importEarlier(request.units, typed, request.earlier, roomOf(request)).history : typed;
    if (history) plan = buildPlan(request.template, { name: request.cluster, period: request.period, units: request.units, history });
    const args = { plan, template: request.template, units: request.units, previous: read.value.meta.template, entries, at };
    const summary = { read: (row: number, col: number) => cellOf(book.grids.get(SHEET.summary.toLowerCase()), row, col), unitCount: read.value.meta.unitCount };
    rebuilt = carryIntoPlan({ ...args, renames: request.renames ?? [], takenSheets: book.sheets.map((s) => s.name), summary });
    plan = rebuilt.plan;
  }
  const carried = carryOver(rebuilt?.carry.carried ?? [], request.template, request.units);
  const carry = { ...carried, orphaned: rebuilt?.carry.orphaned.map((o) => o.entry) ?? [] };
  const keepBoth = keepBothNames(
    plan.sheets.map((s) => s.name),
    book.sheets.map((s) => s.name),
  );
  return { plan, book, clashes: clashOf(book), clashNames, keepBoth, entries, carry, rebuilt };
}

/** The criteria change in words for the preview. */
function changePreview(r: CarriedPlan): CriteriaChangePreview {
  return {
    criteria: changedCriteria(r.change).map(criterionLine),
    orphans: r.carry.orphaned.map(orphanLine),
    findings: r.carry.findings,
    problems: r.change.problems,
    orphanSheet: r.orphanSheet,
  };
}

export function previewOf(a: InsertAnalysis): InsertPreview {
  const clashing = new Set(a.clashes.map((c) => c.name.toLowerCase()));
  return {
    newSheets: a.plan.sheets.map((s) => s.name).filter((n) => !clashing.has(n.toLowerCase())),
    clashes: a.clashes.map((c) => c.name),
    keepBothNames: Object.fromEntries(a.keepBoth),
    entries: { kept: a.carry.kept, moved: a.carry.moved, orphaned: a.carry.orphaned.map((e) => ({ unit: e.unit, criterion: e.criterion })) },
    clashingNames: a.clashNames.map((n) => n.name),
    ...(a.rebuilt ? { change: changePreview(a.rebuilt) } : {}),
  };
}
