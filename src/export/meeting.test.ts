import { render } from "../messages/message";
import { loadStandardTemplate } from "../templates";
import { SHEET } from "../workbook/names";
import { summarySheetLayout } from "../workbook/summarySheetLayout";
import { MEETING_FIELDS, meetingSchema, mergeMeetings, normalizeDate, normalizeTime, parseMeeting, parseMeetingJson } from "./meeting";
import { readMeetingFromSheet } from "./meetingFromSheet";

const vi = (r: ReturnType<typeof parseMeeting>) => (r.ok ? [] : r.errors.map((e) => render(e, "vi-VN")));

describe("Meeting schema", () => {
  it("has exactly the fields of the one field list (src/domain/meeting/fields.ts), votes as votes.x", () => {
    const shape = meetingSchema.shape as Record<string, unknown>;
    const votes = Object.keys((meetingSchema.shape.votes.unwrap() as { shape: Record<string, unknown> }).shape).map((k) => `votes.${k}`);
    const keys = [...Object.keys(shape).filter((k) => k !== "votes"), ...votes];
    expect([...keys].sort()).toEqual([...MEETING_FIELDS].sort());
  });

  it("accepts an empty meeting and normalises dates and times", () => {
    expect(parseMeeting({}, "m.json")).toEqual({ ok: true, meeting: {} });
    const r = parseMeeting({ date: "5/1/2026", startTime: "8h", endTime: "14 giờ 30", chair: "  Nguyễn Văn Hoà " }, "m.json");
    expect(r).toEqual({ ok: true, meeting: { date: "2026-01-05", startTime: "08:00", endTime: "14:30", chair: "Nguyễn Văn Hoà" } });
  });

  it("reports each problem with the file, the field and an example, in Vietnamese and English", () => {
    const r = parseMeeting({ date: "2025-02-30", startTime: "25:00", attendees: "Ông A", votes: { agree: -1 }, chair: 5, extra: 1 }, "hop.json");
    expect(vi(r)).toEqual(
      expect.arrayContaining([
        'hop.json, trường date: "2025-02-30" không phải một ngày. Viết ngày/tháng/năm, ví dụ 20/12/2025 (hoặc 2025-12-20).',
        'hop.json, trường startTime: "25:00" không phải giờ. Viết giờ:phút, ví dụ 8:30 hoặc 14h00.',
        'hop.json, trường attendees: cần một danh sách, ví dụ ["Ông A – Chủ tịch", "Bà B – Phó Chủ tịch"].',
        "hop.json, trường votes.agree: cần một số nguyên từ 0 trở lên, ví dụ 12.",
        'hop.json, trường chair: cần một đoạn chữ, ví dụ "Nguyễn Văn A".',
      ]),
    );
    expect(vi(r).some((m) => m.startsWith("hop.json: trường không có trong thông tin cuộc họp: extra"))).toBe(true);
    expect(r.ok ? [] : render(r.errors[0]!, "en-US")).toMatch(/^hop\.json, field /);
    expect(vi(parseMeetingJson("{", "hop.json"))[0]).toMatch(/^hop\.json: Dòng 1, cột 2: tệp kết thúc khi dấu { mở ở dòng 1 chưa được đóng/);
    expect(parseMeetingJson('\uFEFF{"place":"Hoà Bình"}', "hop.json")).toEqual({ ok: true, meeting: { place: "Hoà Bình" } });
  });

  it("normalizeDate / normalizeTime / mergeMeetings", () => {
    expect(normalizeDate("2025-12-20T00:00:00.000Z")).toBe("2025-12-20");
    expect(normalizeDate("29/02/2024")).toBe("2024-02-29");
    expect(normalizeDate("29/02/2025")).toBeNull();
    expect(normalizeTime("7:5")).toBe("07:05");
    expect(normalizeTime("7:60")).toBeNull();
    expect(mergeMeetings({ place: "A", votes: { present: 3, agree: 3 } }, { place: "B", votes: { agree: 2 } })).toEqual({ place: "B", votes: { present: 3, agree: 2 } });
  });
});

describe("readMeetingFromSheet", () => {
  const t = loadStandardTemplate("blank-100");
  const S = summarySheetLayout(t, 3);
  const cells = (values: Record<number, unknown>) => (sheet: string, row: number, col: number) =>
    (sheet === SHEET.summary && col === S.valueCol ? (values[row] ?? null) : null) as never;

  it("reads Excel's types: a date serial, a time fraction, numbers typed as text, one attendee per line", () => {
    const r = readMeetingFromSheet(
      cells({
        [S.meetingRow("date")]: 46027, // 05/01/2026
        [S.meetingRow("startTime")]: 0.375,
        [S.meetingRow("votes.present")]: " 12 ",
        [S.meetingRow("attendees")]: "Ông A\r\nBà B;  Ông C ",
        [S.headRow]: "Hội CCB tỉnh Sơn La",
      }),
      () => true,
      t,
      3,
    );
    expect(r).toEqual({
      meeting: { date: "2026-01-05", startTime: "09:00", votes: { present: 12 }, attendees: ["Ông A", "Bà B", "Ông C"], nextHead: "Hội CCB tỉnh Sơn La" },
      errors: [],
      cellsFilled: 5,
    });
  });

  it("names the cell of a wrong entry; an older workbook without the sheet gives an empty meeting", () => {
    const r = readMeetingFromSheet(cells({ [S.meetingRow("date")]: "hôm qua", [S.meetingRow("votes.agree")]: "mười" }), () => true, t, 3);
    expect(r.errors.map((e) => render(e, "vi-VN"))).toEqual([
      `Tổng hợp, ô C${S.meetingRow("date")}, trường date: "hôm qua" không phải một ngày. Viết ngày/tháng/năm, ví dụ 20/12/2025 (hoặc 2025-12-20).`,
      `Tổng hợp, ô C${S.meetingRow("votes.agree")}, trường votes.agree: cần một số nguyên từ 0 trở lên, ví dụ 12.`,
    ]);
    expect(readMeetingFromSheet(cells({}), () => false, t, 3)).toEqual({ meeting: {}, errors: [], cellsFilled: 0 });
  });
});
