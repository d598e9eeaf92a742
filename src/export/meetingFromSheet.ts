/**
 * Reads the meeting details typed into the Tổng hợp sheet's input cells (src/workbook/summarySheet.ts)
 * as a Meeting, from any cell source (exceljs in the CLI, Office.js values in the pane).
 * Excel's own types are accepted: a date cell (serial number or Date), a time cell (fraction of a day),
 * numbers typed as text. Problems name the cell: "Tổng hợp, ô C40, trường date: …".
 */
import type { Message } from "../messages/message";
import type { Template } from "../domain/template/model";
import type { CellSource } from "../workbook/readBack";
import { SHEET } from "../workbook/names";
import { addr } from "../workbook/plan";
import { SUMMARY_MEETING_FIELDS, summarySheetLayout, type SummaryMeetingField } from "../workbook/summarySheetLayout";
import { parseMeeting, type Meeting } from "./meeting";

export type MeetingRead = { readonly meeting: Meeting; readonly errors: readonly Message[]; readonly cellsFilled: number };

const empty = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Excel serial day number (1900 system) → ISO date. */
function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** A Tổng hợp input cell as the meeting value it stands for (dates, times and counts as Excel stores them). */
export function fieldValue(field: SummaryMeetingField, v: unknown): unknown {
  if (field === "date") {
    if (typeof v === "number") return serialToIso(v);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return String(v);
  }
  if (field === "startTime" || field === "endTime") {
    if (typeof v === "number" && v >= 0 && v < 1) {
      const minutes = Math.round(v * 24 * 60);
      return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
    }
    // A time cell saved by Excel reads back as a 1899-12-30 timestamp.
    const m = typeof v === "string" ? /^1899-12-3\dT(\d{2}):(\d{2})/.exec(v) : null;
    return m ? `${m[1]}:${m[2]}` : String(v);
  }
  if (field.startsWith("votes.")) {
    if (typeof v === "string" && /^\s*\d+\s*$/.test(v)) return Number(v);
    return v;
  }
  if (field === "attendees" || field === "absent") {
    return String(v)
      .split(/\r?\n|;/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }
  return typeof v === "number" ? String(v) : String(v);
}

function place(field: SummaryMeetingField | "nextHead" | "nextDeputy", value: unknown): Record<string, unknown> {
  if (field.startsWith("votes.")) return { votes: { [field.slice("votes.".length)]: value } };
  return { [field]: value };
}

/** The Tổng hợp sheet's meeting inputs; `hasSheet` false (an older workbook) gives an empty meeting. */
export function readMeetingFromSheet(read: CellSource, hasSheet: (name: string) => boolean, template: Template, unitCount: number): MeetingRead {
  if (!hasSheet(SHEET.summary)) return { meeting: {}, errors: [], cellsFilled: 0 };
  const S = summarySheetLayout(template, unitCount);
  const cells: [SummaryMeetingField | "nextHead" | "nextDeputy", number][] = [
    ...SUMMARY_MEETING_FIELDS.map((f) => [f, S.meetingRow(f)] as [SummaryMeetingField, number]),
    ["nextHead", S.headRow],
    ["nextDeputy", S.deputyRow],
  ];
  const errors: Message[] = [];
  let meeting: Meeting = {};
  let cellsFilled = 0;
  for (const [field, row] of cells) {
    const raw = read(SHEET.summary, row, S.valueCol);
    if (empty(raw)) continue;
    cellsFilled++;
    const value = field === "nextHead" || field === "nextDeputy" ? String(raw) : fieldValue(field, raw);
    const one = parseMeeting(place(field, value), `${SHEET.summary}, ô ${addr(S.valueCol, row)}`);
    if (!one.ok) {
      errors.push(...one.errors);
      continue;
    }
    meeting = { ...meeting, ...one.meeting, ...(one.meeting.votes ? { votes: { ...meeting.votes, ...one.meeting.votes } } : {}) };
  }
  return { meeting, errors, cellsFilled };
}
