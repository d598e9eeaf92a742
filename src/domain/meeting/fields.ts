/**
 * The fields of a review meeting's record (biên bản), in the order people fill them in. One list for the
 * meeting file format (src/export/meeting.ts), the Tổng hợp sheet's input cells (src/workbook) and the pane.
 * "votes.x" are the vote counts; nextHead / nextDeputy are next year's cụm trưởng and cụm phó.
 */
export const MEETING_FIELDS = [
  "parentBody",
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
  "secretaryTitle",
  "attendees",
  "absent",
  "votes.present",
  "votes.agree",
  "votes.disagree",
  "votes.abstain",
  "nextHead",
  "nextDeputy",
  "notes",
] as const;

export type MeetingField = (typeof MEETING_FIELDS)[number];

/** The fields that name next year's head and deputy (Tổng hợp gives them a block of their own). */
export const SUCCESSION_FIELDS = ["nextHead", "nextDeputy"] as const satisfies readonly MeetingField[];
