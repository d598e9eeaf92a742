/**
 * The meeting details typed into the Tổng hợp sheet (its input cells: meeting fields, next cụm trưởng / cụm phó)
 * carried into a rebuilt plan, so that rebuilding the workbook for new criteria loses none of them. The rows move
 * with the template (awards) and the unit count, so each value is read at its old row and written at its new one.
 */
import { MEETING_FIELDS, type MeetingField } from "../../domain/meeting/fields";
import type { RawValue } from "../../domain/scoring/entryValue";
import type { Template } from "../../domain/template/model";
import { SHEET } from "../names";
import { addr, type CellPlan, type WorkbookPlan } from "../plan";
import { summarySheetLayout, type SummaryLayout } from "../summarySheetLayout";

export interface SummaryShape {
  readonly template: Template;
  readonly unitCount: number;
}

const rowOf = (S: SummaryLayout, f: MeetingField) => (f === "nextHead" ? S.headRow : f === "nextDeputy" ? S.deputyRow : S.meetingRow(f));
const isEmpty = (v: RawValue) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The plan with the old Tổng hợp input values (read by `read(row, col)` on the old sheet) in its own input cells. */
export function carrySummaryInputs(plan: WorkbookPlan, previous: SummaryShape, next: SummaryShape, read: (row: number, col: number) => RawValue): WorkbookPlan {
  const sheet = plan.sheets.find((s) => s.name === SHEET.summary);
  if (!sheet) return plan;
  const Old = summarySheetLayout(previous.template, previous.unitCount);
  const New = summarySheetLayout(next.template, next.unitCount);
  const cells = new Map<string, CellPlan>(sheet.cells);
  let carried = 0;
  for (const f of MEETING_FIELDS) {
    const v = read(rowOf(Old, f), Old.valueCol);
    if (isEmpty(v)) continue;
    const at = addr(New.valueCol, rowOf(New, f));
    const cell = cells.get(at);
    if (cell?.role !== "input") continue;
    cells.set(at, { ...cell, value: typeof v === "boolean" ? String(v).toUpperCase() : v! } as CellPlan);
    carried++;
  }
  if (carried === 0) return plan;
  return { ...plan, sheets: plan.sheets.map((s) => (s === sheet ? { ...sheet, cells } : s)) };
}
