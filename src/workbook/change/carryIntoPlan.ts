/**
 * A workbook plan rebuilt for changed criteria, keeping every entered score: the scores of the old workbook
 * (read with the template it was built with) are matched to the new criteria (src/domain/template/change),
 * written into the new Chấm điểm cells, and those without a place go to the visible orphan sheet; the meeting
 * details typed on Tổng hợp are carried too. Used by the
 * pane's insert (src/excel/actions/insertPlan.ts) and by `thidua template apply`.
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import type { EntryInput } from "../../domain/scoring/input";
import { planCriteriaChange, type CriteriaChange } from "../../domain/template/change/criteriaChange";
import type { Rename } from "../../domain/template/change/renames";
import { carryScores, type ScoreCarry } from "../../domain/template/change/scoreFates";
import type { Template } from "../../domain/template/model";
import { entryPlacer, fillEntries } from "../fillEntries";
import { SHEET } from "../names";
import { addr, type WorkbookPlan } from "../plan";
import { freeSheetName } from "../freeSheetName";
import { ORPHAN_SHEET_BASE, orphanSheetPlan } from "./orphanSheet";
import { carrySummaryInputs } from "./summaryInputs";

export interface CarryArgs {
  /** The plan of the new template (buildPlan). */
  readonly plan: WorkbookPlan;
  readonly template: Template;
  readonly units: readonly string[];
  /** The template the workbook was built with, and the scores read from it. */
  readonly previous: Template;
  readonly entries: readonly EntryInput[];
  readonly renames?: readonly Rename[];
  /** Sheets the workbook has now (the orphan sheet gets a name none of them has). */
  readonly takenSheets: readonly string[];
  /** Named in the orphan sheet's title line (ISO time). */
  readonly at: string;
  /** The old Tổng hợp sheet's cells (meeting details are carried over) and the old workbook's unit count. */
  readonly summary?: { readonly read: (row: number, col: number) => RawValue; readonly unitCount: number };
}

export interface CarriedPlan {
  /** The plan with the scores written in and, when some have no place, the orphan sheet added last. */
  readonly plan: WorkbookPlan;
  readonly change: CriteriaChange;
  readonly carry: ScoreCarry;
  /** The orphan sheet's name when there are orphans, else null. */
  readonly orphanSheet: string | null;
}

export function carryIntoPlan(a: CarryArgs): CarriedPlan {
  const change = planCriteriaChange(a.previous, a.template, a.renames ?? []);
  const place = entryPlacer(a.template, a.units);
  const locate = (e: EntryInput, column: "self" | "cluster") => {
    const at = place(e);
    return at ? { sheet: SHEET.entry, cell: addr(column === "self" ? at.selfCol : at.clusterCol, at.row) } : undefined;
  };
  const carry = carryScores(change, a.entries, a.units, locate);
  let plan = carry.carried.length > 0 ? fillEntries(a.plan, a.template, a.units, carry.carried).plan : a.plan;
  if (a.summary) {
    const shapes = [{ template: a.previous, unitCount: a.summary.unitCount }, { template: a.template, unitCount: a.units.length }] as const;
    plan = carrySummaryInputs(plan, shapes[0], shapes[1], a.summary.read);
  }
  let orphanSheet: string | null = null;
  if (carry.orphaned.length > 0) {
    orphanSheet = freeSheetName(ORPHAN_SHEET_BASE, [...a.takenSheets, ...plan.sheets.map((s) => s.name)]);
    plan = { ...plan, sheets: [...plan.sheets, orphanSheetPlan(orphanSheet, carry.orphaned, a.at)] };
  }
  return { plan, change, carry, orphanSheet };
}
