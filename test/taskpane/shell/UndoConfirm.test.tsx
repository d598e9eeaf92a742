/**
 * The undo confirmation lists the cells changed since (kept unless "also put back" is ticked) and the scores
 * typed into the sheets undo deletes (a copy is kept unless unticked); undoLast gets exactly that choice.
 */
import { screen, within } from "@testing-library/react";
import type { UndoInfo } from "../../../src/excel/actions/types";
import { message } from "../../../src/messages/message";
import { renderPane } from "../support/renderPane";

const AT = "2025-03-01T08:30:00Z";
const afterFix: UndoInfo = {
  label: message("actions.undo.label.fixes", { count: 2 }),
  at: AT,
  cells: 2,
  restorable: 1,
  changed: [{ sheet: "Chấm điểm", cell: "D4", unit: "Hà Giang", criterion: "I.1", now: 9, wrote: 8.5, was: "8,5" }],
};
const afterInsert: UndoInfo = {
  label: message("actions.undo.label.insert"),
  at: AT,
  cells: 900,
  createdSheets: ["Chấm điểm", "Điểm"],
  typedScores: { count: 3, units: ["Hà Giang", "Tuyên Quang"], sheets: ["Chấm điểm"] },
};

async function open(info: UndoInfo) {
  const lastUndo = jest.fn(async () => info);
  const undoLast = jest.fn(async () => ({ summary: message("actions.undo.done", { label: info.label, cells: 1 }), cellsWritten: 1, notices: [], undoable: false }));
  const view = renderPane({ actions: { lastUndo, undoLast } });
  const offer = await view.findByRole("button", { name: /^Hoàn tác: / });
  await view.user.click(offer);
  const region = await screen.findByRole("region", { name: /^Hoàn tác “/ });
  return { ...view, offer, region, lastUndo, undoLast };
}

describe("undo confirmation: later work", () => {
  it("the offer says how many cells changed since, and opening it reads the workbook again", async () => {
    const { offer, lastUndo } = await open(afterFix);
    expect(offer).toHaveTextContent("Hoàn tác: Sửa 2 ô (1 ô đã sửa từ đó)");
    expect(lastUndo).toHaveBeenCalledTimes(2); // on start, and when the confirmation opens
  });

  it("lists a changed cell with unit, criterion, now / ThiDua's value / before, and keeps it by default", async () => {
    const { user, region, undoLast } = await open(afterFix);
    expect(region).toHaveTextContent("1 ô sẽ trở lại như trước thao tác");
    expect(region).toHaveTextContent("1 ô đã được sửa sau thao tác đó. Hoàn tác giữ nguyên các ô này:");
    expect(region).toHaveTextContent('Ô D4 trang Chấm điểm (Hà Giang – I.1): bây giờ 9; ThiDua đã ghi 8,5; trước đó "8,5"');
    const putBack = within(region).getByRole("checkbox", { name: /Trả lại cả 1 ô này/ });
    expect(putBack).not.toBeChecked();
    await user.click(within(region).getByRole("button", { name: "Hoàn tác" }));
    expect(undoLast).toHaveBeenCalledWith({});
  });

  it("'also put back these cells' passes exactly the listed cells", async () => {
    const { user, region, undoLast } = await open(afterFix);
    await user.click(within(region).getByRole("checkbox", { name: /Trả lại cả 1 ô này/ }));
    await user.click(within(region).getByRole("button", { name: "Hoàn tác" }));
    expect(undoLast).toHaveBeenCalledWith({ putBack: [{ sheet: "Chấm điểm", cell: "D4" }] });
  });

  it("undo of an insert says how many scores were typed, for which units, and keeps a copy unless unticked", async () => {
    const { user, region, undoLast } = await open(afterInsert);
    expect(region).toHaveTextContent("Các trang sẽ bị xóa hoặc thay có 3 điểm đã nhập sau thao tác đó (đơn vị: Hà Giang, Tuyên Quang).");
    const copy = within(region).getByRole("checkbox", { name: /Giữ bản sao những gì đã nhập ở trang mới “Điểm lưu khi hoàn tác”/ });
    expect(copy).toBeChecked();
    await user.click(copy);
    expect(within(region).getByRole("alert")).toHaveTextContent("Không giữ bản sao: 3 ô đã nhập này sẽ mất khi hoàn tác.");
    await user.click(within(region).getByRole("button", { name: "Hoàn tác" }));
    expect(undoLast).toHaveBeenCalledWith({ typedScores: { discard: 3 } });
  });

  it("other typed cells (meeting details) are said apart, and discarding counts them too", async () => {
    const { user, region, undoLast } = await open({ ...afterInsert, typedScores: { ...afterInsert.typedScores!, sheets: ["Chấm điểm", "Tổng hợp"], other: 2 } });
    expect(region).toHaveTextContent("Các trang đó còn có 2 ô khác đã nhập sau thao tác đó (trang Chấm điểm, Tổng hợp)");
    await user.click(within(region).getByRole("checkbox", { name: /Giữ bản sao/ }));
    await user.click(within(region).getByRole("button", { name: "Hoàn tác" }));
    expect(undoLast).toHaveBeenCalledWith({ typedScores: { discard: 5 } });
  });

  it("with the copy kept, undoLast is asked to copy", async () => {
    const { user, region, undoLast } = await open(afterInsert);
    await user.click(within(region).getByRole("button", { name: "Hoàn tác" }));
    expect(undoLast).toHaveBeenCalledWith({ typedScores: "copy" });
  });

  it("when every cell was changed since, says undo puts none back unless chosen", async () => {
    const { region } = await open({ ...afterFix, restorable: 0 });
    expect(region).toHaveTextContent("Mọi ô của thao tác này đã được sửa sau đó");
  });

  it("lists ten changed cells and counts the rest", async () => {
    const changed = Array.from({ length: 13 }, (_, i) => ({ sheet: "Chấm điểm", cell: `D${i + 4}`, now: i, wrote: 1, was: "" }));
    const { region } = await open({ ...afterFix, changed });
    expect(within(region).getAllByRole("listitem")).toHaveLength(10);
    expect(region).toHaveTextContent("… và 3 ô khác.");
  });
});
