/** Step Chèn mẫu over a workbook that holds scores: the criteria change, and the rename list that goes with the request. */
import { screen, waitFor } from "@testing-library/react";
import type { CriteriaChangePreview, InsertPreview, InsertRequest, WriteResult } from "../../src/excel/actions/types";
import { message } from "../../src/messages/message";
import { readyState, renderPane } from "./support/renderPane";

const change = (over: Partial<CriteriaChangePreview> = {}): CriteriaChangePreview => ({
  criteria: [
    message("change.criterionLine", { code: "I.3", title: "Tiêu chí 3", status: message("change.joined", { first: message("change.status.kept"), next: message("change.difference.max", { old: 20, new: 15 }) }) }),
    message("change.criterionLine", { code: "II.1", title: "Tiêu chí 4", status: message("change.status.removed") }),
  ],
  orphans: [message("change.orphanLine", { unit: "Tuyên Quang", code: "II.1", title: "Tiêu chí 4", self: 12, cluster: "–", reason: message("change.reason.criterionRemoved") })],
  findings: [
    { code: "change.scoreNoLongerFits", severity: "error", unit: "Hà Giang", criterion: "I.3", column: "self", where: { sheet: "Chấm điểm", cell: "D6" }, message: message("change.scoreNoLongerFits", { value: 18, oldCode: "I.3", oldMax: 20, newMax: 15, reason: message("entry.naNotAllowed") }) },
  ],
  problems: [],
  orphanSheet: "Điểm không còn tiêu chí",
  ...over,
});
const preview = (c: CriteriaChangePreview): InsertPreview => ({ newSheets: [c.orphanSheet ?? ""], clashes: ["Chấm điểm"], keepBothNames: { "Chấm điểm": "Chấm điểm (2)" }, entries: { kept: 3, moved: 0, orphaned: [{ unit: "Tuyên Quang", criterion: "II.1" }] }, change: c });
const written: WriteResult = { summary: message("ui.insert.done"), cellsWritten: 10, notices: [], undoable: true };

describe("step Chèn mẫu: changing the criteria of a workbook that holds scores", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("shows each changed criterion, the scores without a place and those to score again; the rename list asks for a new preview and goes with the insert", async () => {
    const previewInsert = jest.fn(async (r: InsertRequest) => preview(r.renames?.length ? change({ criteria: [change().criteria[0]!], orphans: [], findings: [] }) : change()));
    const insert = jest.fn().mockResolvedValue(written);
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert, insert, lastUndo: async () => null } });
    await user.click(screen.getByRole("tab", { name: "Chèn mẫu" }));
    expect(await screen.findByRole("heading", { level: 3, name: "Tiêu chí thay đổi so với sổ đang dùng" })).toBeInTheDocument();
    expect(screen.getByText("I.3 Tiêu chí 3: giữ nguyên, tối đa 20 → 15")).toBeInTheDocument();
    expect(screen.getByText("1 điểm không còn chỗ, sẽ lưu ở trang “Điểm không còn tiêu chí” (không bị xóa)")).toBeInTheDocument();
    expect(screen.getByText(/^Hà Giang, I\.3 \(ô D6\): Điểm 18 đã nhập theo tiêu chí cũ/)).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: /Tiêu chí đổi mã/ }), "II.1=II.3");
    await user.click(screen.getByRole("button", { name: "Áp dụng đổi mã" }));
    await waitFor(() => expect(previewInsert).toHaveBeenLastCalledWith(expect.objectContaining({ renames: [{ from: "II.1", to: "II.3" }] })));
    await waitFor(() => expect(screen.queryByText(/điểm không còn chỗ/)).not.toBeInTheDocument());
    await user.click(screen.getByRole("radio", { name: /Thay thế/ }));
    await user.click(screen.getByRole("button", { name: "Chèn" }));
    await waitFor(() => expect(insert).toHaveBeenCalledWith(expect.objectContaining({ renames: [{ from: "II.1", to: "II.3" }] }), "replace"));
  });

  it("a rename list it cannot read is shown at once and asks for nothing; problems of the list keep Chèn off", async () => {
    const previewInsert = jest.fn(async () => preview(change({ problems: [message("change.rename.unknownNew", { from: "II.1", to: "II.9" })] })));
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert } });
    await user.click(screen.getByRole("tab", { name: "Chèn mẫu" }));
    expect(await screen.findByText(/mẫu mới không có tiêu chí mã II\.9/)).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: /Thay thế/ }));
    expect(screen.getByRole("button", { name: "Chèn" })).toBeDisabled();
    await user.type(screen.getByRole("textbox", { name: /Tiêu chí đổi mã/ }), "II.1");
    await user.click(screen.getByRole("button", { name: "Áp dụng đổi mã" }));
    expect(screen.getByText(/Không đọc được "II\.1" trong danh sách đổi mã/)).toBeInTheDocument();
    expect(previewInsert).toHaveBeenCalledTimes(1);
  });
});
