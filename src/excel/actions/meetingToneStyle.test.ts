/** Regression: the tone-mark style chosen in Xuất was not saved in the workbook, so reopening the pane went back to "hòa". */
import { insertRequest, insertedHost } from "../../../test/support/excel-fake/actionsKit";
import { PANE_SHEET } from "./paneSheet";
import { SET_RECORD_CELL } from "./thiduaSet";

const request = insertRequest();

const inserted = () => insertedHost(request);

describe("tone-mark style saved with the meeting details", () => {
  it("is saved with the meeting cells and read back with them; none saved reads as no style", async () => {
    const { actions } = await inserted();
    expect(await actions.readMeeting()).toEqual({});
    const write = await actions.writeMeeting({ place: "Hà Giang", toneStyle: "old" });
    expect(write.cellsWritten).toBe(1);
    expect(await actions.readMeeting()).toEqual({ place: "Hà Giang", toneStyle: "old" });
  });

  it("a style changed alone is saved (not 'unchanged'); the same style again writes nothing", async () => {
    const { fake, actions } = await inserted();
    await actions.writeMeeting({ place: "Hà Giang" });
    const before = fake.state.sheet(PANE_SHEET)!.valueAt(SET_RECORD_CELL);
    const tone = await actions.writeMeeting({ place: "Hà Giang", toneStyle: "old" });
    expect(tone.summary.id).toBe("hygiene.tone.saved");
    expect(fake.state.sheet(PANE_SHEET)!.valueAt(SET_RECORD_CELL)).not.toBe(before);
    expect((await actions.readMeeting()).toneStyle).toBe("old");
    expect((await actions.writeMeeting({ place: "Hà Giang", toneStyle: "old" })).summary.id).toBe("fresh.meeting.unchanged");
    // The default ("new") with nothing saved is not a change either.
    const fresh = await inserted();
    expect((await fresh.actions.writeMeeting({ toneStyle: "new" })).summary.id).toBe("fresh.meeting.unchanged");
  });

  it("still reads the current set after saving a style (the set record keeps its set)", async () => {
    const { actions } = await inserted();
    await actions.insert(request, "keepBoth");
    await actions.writeMeeting({ place: "Tuyên Quang", toneStyle: "old" });
    expect(await actions.readMeeting()).toEqual({ place: "Tuyên Quang", toneStyle: "old" });
    // A new insert is a new set: its documents start with the default style, as its Tổng hợp starts empty.
    await actions.insert(request, "keepBoth");
    expect(await actions.readMeeting()).toEqual({});
  });

  it("a workbook without the pane sheet (built by the command line) gets it, hidden, for the style", async () => {
    const { fake, actions } = await inserted();
    fake.state.sheets.splice(fake.state.sheets.findIndex((s) => s.name === PANE_SHEET), 1);
    await actions.writeMeeting({ toneStyle: "old" });
    expect(fake.state.sheet(PANE_SHEET)?.visibility).toBe("VeryHidden");
    expect((await actions.readMeeting()).toneStyle).toBe("old");
  });

  it("a damaged or foreign record is no saved style", async () => {
    const { fake, actions } = await inserted();
    for (const junk of ["j:{broken", "hello", 42, 'j:{"set":"","toneStyle":"sideways"}']) {
      fake.state.sheet(PANE_SHEET)!.type(SET_RECORD_CELL, junk);
      expect(await actions.readMeeting()).toEqual({});
    }
  });
});
