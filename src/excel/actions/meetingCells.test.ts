/** Regression: meeting details typed in Xuất were not written to the workbook, so closing the pane lost them. */
import { insertRequest, insertedHost } from "../../../test/support/excel-fake/actionsKit";
import { readMeetingFromSheet } from "../../export/meetingFromSheet";
import { SHEET } from "../../workbook/buildPlan";
import { summarySheetLayout } from "../../workbook/summarySheetLayout";
import { addr } from "../../workbook/plan";
import { setSheetName } from "./thiduaSet";

const request = insertRequest();
const S = summarySheetLayout(request.template, request.units.length);
const at = (row: number) => addr(S.valueCol, row);

const inserted = () => insertedHost(request);

describe("meeting details on Tổng hợp", () => {
  it("writes the texts to the input cells the CLI reads, as text (\"=…\" never a formula), undoably, and reads them back", async () => {
    const { fake, actions } = await inserted();
    const write = await actions.writeMeeting({ place: "Hà Giang", date: "2025-12-20", "votes.agree": "12", chair: "=1+1", attendees: "Ông A\nBà B" });
    expect(write).toMatchObject({ cellsWritten: 5, undoable: true });
    const sheet = fake.state.sheet(SHEET.summary)!;
    expect(sheet.cell(S.meetingRow("chair"), S.valueCol)).toMatchObject({ value: "=1+1", formula: null });
    expect(sheet.valueAt(at(S.meetingRow("date")))).toBe("2025-12-20");
    const read = readMeetingFromSheet((s, r, c) => fake.state.sheet(s)?.cell(r, c)?.value ?? "", (s) => fake.state.sheet(s) !== undefined, request.template, request.units.length);
    expect(read.errors).toEqual([]);
    expect(read.meeting).toMatchObject({ place: "Hà Giang", date: "2025-12-20", chair: "=1+1", attendees: ["Ông A", "Bà B"], votes: { agree: 12 } });
    expect(await actions.readMeeting()).toEqual({ place: "Hà Giang", date: "2025-12-20", "votes.agree": "12", chair: "=1+1", attendees: "Ông A\nBà B" });

    expect((await actions.lastUndo())?.label).toEqual({ id: "fresh.meeting.undoLabel", params: {} });
    await actions.undoLast();
    expect(await actions.readMeeting()).toEqual({});
  });

  it("writes only the cells that change; an emptied field clears its cell", async () => {
    const { fake, actions } = await inserted();
    await actions.writeMeeting({ place: "Hà Giang", number: "05/BB" });
    const again = await actions.writeMeeting({ place: "Hà Giang", number: "" });
    expect(again.cellsWritten).toBe(1);
    expect(fake.state.sheet(SHEET.summary)!.valueAt(at(S.meetingRow("number")))).toBe("");
    expect((await actions.writeMeeting({ place: "Hà Giang" })).cellsWritten).toBe(0);
  });

  it("reads what a user typed into the cells in Excel (a date cell as a serial number)", async () => {
    const { fake, actions } = await inserted();
    fake.state.sheet(SHEET.summary)!.type(at(S.meetingRow("date")), 46011);
    fake.state.sheet(SHEET.summary)!.type(at(S.headRow), "Hà Giang");
    expect(await actions.readMeeting()).toEqual({ date: "2025-12-20", nextHead: "Hà Giang" });
  });

  it("after keep both, uses the (2) set's Tổng hợp", async () => {
    const { fake, actions } = await inserted();
    await actions.insert(request, "keepBoth");
    await actions.writeMeeting({ place: "Tuyên Quang" });
    expect(fake.state.sheet(setSheetName(SHEET.summary, " (2)"))!.valueAt(at(S.meetingRow("place")))).toBe("Tuyên Quang");
    expect(fake.state.sheet(SHEET.summary)!.valueAt(at(S.meetingRow("place")))).toBe("");
  });
});
