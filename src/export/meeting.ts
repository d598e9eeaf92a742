/**
 * The review meeting (cuộc họp tổng kết, bình xét thi đua của cụm): what the biên bản needs beyond the
 * scores. Every field is optional: a missing one is printed as dots ("…") to fill in by hand.
 * Sources: meeting.json (CLI --meeting), the input cells of the Tổng hợp sheet, the pane's form.
 * `parseMeeting` checks a value with the zod schema and reports problems as catalogue messages
 * (Vietnamese first) naming the field and what to write there.
 */
import { findJsonSyntaxError } from "../domain/files/jsonSyntax";
import { z } from "zod";
import { MEETING_FIELDS } from "../domain/meeting/fields";
import { message, type Message } from "../messages/message";

const text = z.string().trim();
const count = z.number().int().min(0);

/** "2025-12-20" or "20/12/2025" (also 20-12-2025, 20.12.2025); kept as ISO "2025-12-20". */
const dateText = z.string().trim().transform((s, ctx) => {
  const iso = normalizeDate(s);
  if (iso === null) {
    ctx.addIssue({ code: "custom", message: "date", params: { value: s } });
    return z.NEVER;
  }
  return iso;
});

/** "8:30", "08:30", "8h30", "8 giờ 30" → "08:30". */
const timeText = z.string().trim().transform((s, ctx) => {
  const t = normalizeTime(s);
  if (t === null) {
    ctx.addIssue({ code: "custom", message: "time", params: { value: s } });
    return z.NEVER;
  }
  return t;
});

export const meetingSchema = z
  .object({
    /** Cơ quan chủ quản (line above the issuing body), e.g. "HỘI CỰU CHIẾN BINH VIỆT NAM". */
    parentBody: text.optional(),
    /** Issuing body (tên cơ quan, tổ chức ban hành), default: the cluster's name. */
    issuingBody: text.optional(),
    /** Số biên bản, e.g. "01/BB-CTĐ". */
    number: text.optional(),
    /** Địa danh for the date line ("Phú Thọ, ngày … tháng … năm …"). */
    place: text.optional(),
    /** Meeting date. */
    date: dateText.optional(),
    startTime: timeText.optional(),
    endTime: timeText.optional(),
    /** Where the meeting was held (địa điểm họp). */
    venue: text.optional(),
    chair: text.optional(),
    chairTitle: text.optional(),
    secretary: text.optional(),
    secretaryTitle: text.optional(),
    /** Thành phần tham dự, one line each. */
    attendees: z.array(text).optional(),
    /** Vắng mặt, one line each. */
    absent: z.array(text).optional(),
    /** Vote on the results and proposals. */
    votes: z
      .object({ present: count.optional(), agree: count.optional(), disagree: count.optional(), abstain: count.optional() })
      .strict()
      .optional(),
    /** Next year's head and deputy of the cluster (cụm trưởng, cụm phó). */
    nextHead: text.optional(),
    nextDeputy: text.optional(),
    notes: text.optional(),
  })
  .strict();

export type Meeting = z.infer<typeof meetingSchema>;

/** The fields of a Meeting, in the order people fill them in (one list: src/domain/meeting/fields.ts). */
export { MEETING_FIELDS, type MeetingField } from "../domain/meeting/fields";

export type MeetingResult = { readonly ok: true; readonly meeting: Meeting } | { readonly ok: false; readonly errors: readonly Message[] };

/** Checks a parsed JSON value (or any object) against the schema; `source` names it in messages (a file name, "Tổng hợp"). */
export function parseMeeting(value: unknown, source: string): MeetingResult {
  const r = meetingSchema.safeParse(value);
  if (r.success) return { ok: true, meeting: r.data };
  return { ok: false, errors: r.error.issues.map((i) => issueMessage(i, source)) };
}

/** meeting.json text → Meeting, with a message for bad JSON too. */
export function parseMeetingJson(jsonText: string, source: string): MeetingResult {
  const body = jsonText.replace(/^\uFEFF/, "");
  // Line, column and what is wrong in the user's language (docs/bad-inputs.md), not the engine's "position N".
  const syntax = findJsonSyntaxError(body);
  if (syntax) return { ok: false, errors: [message("files.read.at", { file: source, problem: syntax.message })] };
  return parseMeeting(JSON.parse(body), source);
}

function issueMessage(issue: z.core.$ZodIssue, source: string): Message {
  const field = issue.path.map(String).join(".") || "(gốc)";
  const base = { file: source, field };
  switch (issue.code) {
    case "unrecognized_keys":
      return message("export.meeting.unknownField", { ...base, keys: issue.keys.join(", "), allowed: MEETING_FIELDS.join(", ") });
    case "invalid_type":
      return message(`export.meeting.expected.${expectedKind(issue.expected)}`, base);
    case "too_small":
    case "too_big":
    case "not_multiple_of":
      return message("export.meeting.expected.count", base);
    case "custom":
      return message(issue.message === "time" ? "export.meeting.badTime" : "export.meeting.badDate", { ...base, value: String((issue.params as { value?: unknown } | undefined)?.value ?? "") });
    default:
      return message("export.meeting.invalid", { ...base, detail: issue.message });
  }
}

function expectedKind(expected: string): "text" | "count" | "list" | "object" {
  if (expected === "number" || expected === "int") return "count";
  if (expected === "array") return "list";
  if (expected === "object") return "object";
  return "text";
}

/** ISO date from "2025-12-20", "20/12/2025", "20-12-2025", "20.12.2025" or an ISO timestamp; null when not a real date. */
export function normalizeDate(s: string): string | null {
  const t = s.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:T.*)?$/.exec(t);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (vn) [d, m, y] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "HH:MM" from "8:30", "08:30", "8h30", "8h", "8 giờ 30"; null when not a time of day. */
export function normalizeTime(s: string): string | null {
  const m = /^(\d{1,2})\s*(?::|h|giờ)\s*(\d{1,2})?\s*(?:phút)?$/i.exec(s.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`;
}

/** Fields of `over` replace those of `base` (votes field by field). */
export function mergeMeetings(base: Meeting, over: Meeting): Meeting {
  const votes = base.votes || over.votes ? { ...base.votes, ...over.votes } : undefined;
  return { ...base, ...over, ...(votes ? { votes } : {}) };
}
