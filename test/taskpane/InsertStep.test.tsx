import { act, screen, waitFor } from "@testing-library/react";
import type { InsertPreview, WriteResult } from "../../src/excel/actions/types";
import { ActionError } from "../../src/excel/actions/types";
import { message } from "../../src/messages/message";
import { initialPaneState } from "../../src/taskpane/shell/paneState";
import { deferred, readyState, renderPane } from "./support/renderPane";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const noEntries = { kept: 0, moved: 0, orphaned: [] };
const plainPreview: InsertPreview = { newSheets: ["Đơn vị", "Chấm điểm", "Xếp hạng"], clashes: [], keepBothNames: {}, entries: noEntries };
const clashPreview: InsertPreview = {
  newSheets: ["Xếp hạng"],
  clashes: ["Đơn vị", "Chấm điểm"],
  keepBothNames: { "Đơn vị": "Đơn vị (2)", "Chấm điểm": "Chấm điểm (2)" },
  entries: { kept: 12, moved: 3, orphaned: [{ unit: "Bắc Mê", criterion: "I.2" }] },
};
const written: WriteResult = {
  summary: message("ui.insert.done"),
  cellsWritten: 1234,
  notices: [{ feature: "indent", requirement: "ExcelApi 1.9" }],
  undoable: true,
  next: { sheet: "Chấm điểm", cell: "D4" },
};

async function openInsertStep(user: ReturnType<typeof renderPane>["user"]) {
  await user.click(screen.getByRole("tab", { name: "Chèn mẫu" }));
}

describe("step Chèn mẫu", () => {
  it("without a template or units: says what is missing and leads back, writing nothing", async () => {
    const { user, actions } = renderPane({ initialState: initialPaneState });
    await openInsertStep(user);
    expect(screen.getByText(/Chưa chọn mẫu chấm điểm/)).toBeInTheDocument();
    expect(screen.getByText(/Chưa có đơn vị nào/)).toBeInTheDocument();
    expect(actions.previewInsert).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Về bước Mẫu chấm điểm" }));
    expect(screen.getByRole("heading", { level: 2, name: "Mẫu chấm điểm và cụm thi đua" })).toBeInTheDocument();
  });

  it("blocks inserting exact duplicates", async () => {
    const { user, actions } = renderPane({ initialState: readyState({ unitsText: "Hòa Bình\nHoà Bình" }) });
    await openInsertStep(user);
    expect(screen.getByText(/Danh sách đơn vị có 1 tên trùng/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Chèn" })).not.toBeInTheDocument();
    expect(actions.previewInsert).not.toHaveBeenCalled();
  });

  it("shows progress while previewing, then the sheets to be created; sends the cleaned request", async () => {
    const preview = deferred<InsertPreview>();
    const { user, actions } = renderPane({
      initialState: readyState({ cluster: "  Cụm  3 ", unitsText: "Hà Giang\n\n  Tuyên   Quang " }),
      actions: { previewInsert: () => preview.promise },
    });
    await openInsertStep(user);
    expect(screen.getByRole("status", { name: "Tiến trình" })).toHaveTextContent("Đang xem trước thay đổi");
    expect(screen.queryByRole("button", { name: "Chèn" })).not.toBeInTheDocument();
    await act(async () => preview.resolve(plainPreview));
    expect(screen.getByRole("heading", { level: 3, name: "Trang tính sẽ được tạo (3)" })).toBeInTheDocument();
    expect(screen.getByText("Xếp hạng", { selector: "li" })).toBeInTheDocument();
    expect(actions.previewInsert).toHaveBeenCalledWith(expect.objectContaining({ cluster: "Cụm 3", period: "2025", units: ["Hà Giang", "Tuyên Quang"] }));
    expect(screen.getByRole("button", { name: "Chèn" })).toBeEnabled();
  });

  it("shows a failed preview as an error and offers to preview again", async () => {
    const previewInsert = jest.fn().mockRejectedValueOnce(new ActionError(message("ui.ops.busy"), "office")).mockResolvedValue(plainPreview);
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert } });
    await openInsertStep(user);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Chưa xem trước được");
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    await user.click(screen.getByRole("button", { name: "Xem trước lại" }));
    expect(await screen.findByRole("button", { name: "Chèn" })).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("with clashes: requires replace or keep both, shows the keep-both names and the entries kept, moved and orphaned", async () => {
    const insert = jest.fn().mockResolvedValue(written);
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert: async () => clashPreview, insert } });
    await openInsertStep(user);
    expect(await screen.findByText("2 trang tính đã có cùng tên")).toBeInTheDocument();
    expect(screen.getByText("12 mục giữ nguyên chỗ")).toBeInTheDocument();
    expect(screen.getByText(/3 mục được chuyển chỗ/)).toBeInTheDocument();
    expect(screen.getByText("Bắc Mê – tiêu chí I.2")).toBeInTheDocument();
    expect(screen.getByText("Hãy chọn thay thế hay giữ cả hai trước khi chèn.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Chèn" })).toBeDisabled();
    await user.click(screen.getByRole("radio", { name: /Giữ cả hai/ }));
    expect(screen.getByText("“Đơn vị” sẽ có tên “Đơn vị (2)”")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Chèn" }));
    await waitFor(() => expect(insert).toHaveBeenCalledWith(expect.objectContaining({ cluster: "Cụm thi đua số 3" }), "keepBoth"));
  });

  it("inserts without a choice when nothing clashes, shows the result and notices, and tells the shell it wrote", async () => {
    const insert = jest.fn().mockResolvedValue(written);
    const lastUndo = jest.fn().mockResolvedValue(null);
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert: async () => plainPreview, insert, lastUndo } });
    await openInsertStep(user);
    await user.click(await screen.findByRole("button", { name: "Chèn" }));
    expect(await screen.findByText("Đã chèn mẫu")).toBeInTheDocument();
    expect(insert).toHaveBeenCalledWith(expect.objectContaining({ units: ["Hà Giang", "Tuyên Quang", "Cao Bằng"] }), undefined);
    expect(screen.getByText(/Đã ghi 1234 ô\./)).toBeInTheDocument();
    expect(screen.getByText("Đã bỏ qua thụt lề tiêu chí con vì Excel này không hỗ trợ ExcelApi 1.9.")).toBeInTheDocument();
    await waitFor(() => expect(lastUndo).toHaveBeenCalledTimes(2));
  });

  it("after inserting, takes the user to the first score cell of Chấm điểm", async () => {
    const selectCell = jest.fn().mockResolvedValue(undefined);
    const toCopy: WriteResult = { ...written, next: { sheet: "Chấm điểm (2)", cell: "D4" } }; // after "keep both"
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert: async () => plainPreview, insert: async () => toCopy, lastUndo: async () => null, selectCell } });
    await openInsertStep(user);
    expect(screen.queryByRole("button", { name: /^Mở trang/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole("button", { name: "Chèn" }));
    const openEntry = await screen.findByRole("button", { name: "Mở trang Chấm điểm (2) để chấm điểm" });
    await waitFor(() => expect(openEntry).toHaveFocus()); // the Chèn button is gone: focus is not lost
    expect(screen.queryByText(/Bấm vào ô đó/)).not.toBeInTheDocument();
    await user.click(openEntry);
    expect(selectCell).toHaveBeenCalledWith("Chấm điểm (2)", "D4");
    // The focus stays in the pane (Office.js cannot move it into the sheet): the pane says how to get there.
    expect(await screen.findByText("Đã chọn ô D4 trang Chấm điểm (2). Bấm vào ô đó để bắt đầu nhập điểm; với bàn phím, nhấn F6 để chuyển từ ngăn ThiDua sang trang tính.")).toBeInTheDocument();
  });

  it("keeps the insert's result when the user looks at another tab and comes back (no second preview)", async () => {
    const previewInsert = jest.fn().mockResolvedValue(plainPreview);
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert, insert: async () => written, lastUndo: async () => null } });
    await openInsertStep(user);
    await user.click(await screen.findByRole("button", { name: "Chèn" }));
    expect(await screen.findByText("Đã chèn mẫu")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Mẫu chấm điểm" }));
    await openInsertStep(user);
    expect(screen.getByText("Đã chèn mẫu")).toBeVisible();
    expect(screen.getByRole("button", { name: "Mở trang Chấm điểm để chấm điểm" })).toBeVisible();
    expect(previewInsert).toHaveBeenCalledTimes(1);
  });

  it("keeps the preview and shows the error when the insert fails", async () => {
    const insert = jest.fn().mockRejectedValue(new Error("sheet protected"));
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert: async () => plainPreview, insert } });
    await openInsertStep(user);
    await user.click(await screen.findByRole("button", { name: "Chèn" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/Chưa chèn được mẫu.*sheet protected/);
    expect(screen.getByRole("button", { name: "Chèn" })).toBeEnabled();
    expect(console.error).toHaveBeenCalled();
  });

  it("regression: an insert refusal appeared at the top of the pane — it is shown right after the Chèn button, announced and focused", async () => {
    const insert = jest.fn().mockRejectedValue(new ActionError(message("actions.error.orphans", { count: 2, first: "Bắc Mê – I.2" }), "invalid"));
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert: async () => plainPreview, insert } });
    await openInsertStep(user);
    const button = await screen.findByRole("button", { name: "Chèn" });
    await user.click(button);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Chưa chèn được mẫu");
    expect(alert).toHaveTextContent("Bắc Mê – I.2");
    // In the step's panel, after the row of buttons (not in the shell's status line above the tabs).
    expect(screen.getByRole("tabpanel", { name: "Chèn mẫu" })).toContainElement(alert);
    expect(button.compareDocumentPosition(alert) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(alert.parentElement).toHaveFocus());
    expect(screen.getAllByRole("alert")).toHaveLength(1);
  });

  it("does not start a second insert while one runs", async () => {
    const pending = deferred<WriteResult>();
    const insert = jest.fn(() => pending.promise);
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert: async () => plainPreview, insert } });
    await openInsertStep(user);
    const button = await screen.findByRole("button", { name: "Chèn" });
    await user.click(button);
    expect(button).toBeDisabled();
    await user.click(button);
    expect(insert).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve(written));
    expect(screen.getByText("Đã chèn mẫu")).toBeInTheDocument();
  });
});
