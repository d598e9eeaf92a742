/** The Xuất form ↔ the Tổng hợp meeting cells (actions.readMeeting / writeMeeting): same texts, votes under "votes.". Pure. */
import type { MeetingCells } from "../../../excel/actions/types";
import type { MeetingField } from "../../../domain/meeting/fields";
import { emptyForm, FORM_FIELDS, type FormField, type MeetingFormValues } from "./meetingForm";

const VOTE_FIELDS: ReadonlySet<string> = new Set(["present", "agree", "disagree", "abstain"]);
const cellOfField = (f: FormField): MeetingField => (VOTE_FIELDS.has(f) ? `votes.${f}` : f) as MeetingField;

/** Every form field as its cell's text ("" clears the cell). */
export function formToCells(form: MeetingFormValues): MeetingCells {
  return Object.fromEntries(FORM_FIELDS.map((f) => [cellOfField(f), form[f]]));
}

export function cellsToForm(cells: MeetingCells): MeetingFormValues {
  return Object.fromEntries(FORM_FIELDS.map((f) => [f, cells[cellOfField(f)] ?? ""])) as MeetingFormValues;
}

/** Same texts, ignoring spaces around them (the workbook keeps them trimmed). */
export function sameForm(a: MeetingFormValues, b: MeetingFormValues): boolean {
  return FORM_FIELDS.every((f) => a[f].trim() === b[f].trim());
}

export const isEmptyForm = (form: MeetingFormValues): boolean => sameForm(form, emptyForm);
