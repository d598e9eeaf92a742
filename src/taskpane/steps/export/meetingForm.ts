/**
 * The pane's meeting form: its fields (text as typed) and how they become a Meeting input for
 * src/export/meeting.ts (lists one per line, vote counts as numbers). Pure.
 */
export const FORM_FIELDS = [
  "issuingBody",
  "number",
  "place",
  "date",
  "startTime",
  "endTime",
  "venue",
  "chair",
  "chairTitle",
  "secretary",
  "attendees",
  "present",
  "agree",
  "disagree",
  "abstain",
  "nextHead",
  "nextDeputy",
  "notes",
] as const;
export type FormField = (typeof FORM_FIELDS)[number];
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
