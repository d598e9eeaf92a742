/**
 * The pane's meeting form: its fields (text as typed) and how they become a Meeting input for
 * src/export/meeting.ts (lists one per line, vote counts as numbers). Pure.
 */
import { MEETING_FIELDS, type MeetingField } from "../../../domain/meeting/fields";

/** Meeting fields the pane's form does not ask for (a meeting file or the Tổng hợp cells give them to `thidua export`). */
const NOT_IN_FORM = ["parentBody", "secretaryTitle", "absent"] as const satisfies readonly MeetingField[];
type Flat<F extends string> = F extends `votes.${infer V}` ? V : F;
/** The form's fields: the meeting fields (src/domain/meeting/fields.ts) in their order, votes flattened ("votes.agree" → "agree"). */
export type FormField = Flat<Exclude<MeetingField, (typeof NOT_IN_FORM)[number]>>;
export const FORM_FIELDS: readonly FormField[] = MEETING_FIELDS.filter((f) => !(NOT_IN_FORM as readonly string[]).includes(f)).map(
  (f) => f.replace(/^votes\./, "") as FormField,
);
export type MeetingFormValues = Readonly<Record<FormField, string>>;

export const MULTILINE: ReadonlySet<FormField> = new Set(["attendees", "notes"]);
const VOTES = { present: "present", agree: "agree", disagree: "disagree", abstain: "abstain" } as const;

export const emptyForm: MeetingFormValues = Object.fromEntries(FORM_FIELDS.map((f) => [f, ""])) as MeetingFormValues;

/** The value to check with parseMeeting: empty fields left out; counts that look like whole numbers become numbers. */
export function formToMeetingInput(v: MeetingFormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const votes: Record<string, unknown> = {};
  for (const f of FORM_FIELDS) {
    const raw = v[f].trim();
    if (raw === "") continue;
    if (f in VOTES) votes[f] = /^\d+$/.test(raw) ? Number(raw) : raw;
    else if (f === "attendees") out[f] = raw.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "");
    else out[f] = raw;
  }
  if (Object.keys(votes).length > 0) out.votes = votes;
  return out;
}

/** The form field a schema path points at ("votes.agree" → "agree"). */
export function fieldOfPath(path: string): FormField | null {
  const last = path.startsWith("votes.") ? path.slice("votes.".length) : path.split(".")[0]!;
  return (FORM_FIELDS as readonly string[]).includes(last) ? (last as FormField) : null;
}
