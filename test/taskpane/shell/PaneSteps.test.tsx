/**
 * The registered steps inside the shell: results survive a tab switch, and each failure is shown in one
 * place (the step's own alert when the step has one, else the shell's line under the tabs).
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import { ActionError } from "../../../src/excel/actions/types";
import { message } from "../../../src/messages/message";
import { cleanReport, problemReport, rankingReport } from "../check/support/reviewFixtures";
import { deferred, readyState, renderPane } from "../support/renderPane";

const EXCEL_DOWN = new ActionError(message("template.other", { detail: "Excel không phản hồi" }), "office");

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("Pane: step results survive a tab switch", () => {
  it("keeps the Kiểm tra report and the Xếp hạng summary after looking at other tabs", async () => {
    const validate = jest.fn(async () => problemReport());
    const rank = jest.fn(async () => rankingReport());
    const { user } = renderPane({ actions: { validate, rank } });
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await user.click(await within(screen.getByRole("tabpanel")).findByRole("button", { name: "Kiểm tra" })); // the step loads on demand
    const rerunCheck = await screen.findByRole("button", { name: "Kiểm tra lại" });
    const checkSummary = within(screen.getByRole("tabpanel")).getAllByRole("status").map((s) => s.textContent);

    await user.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await user.click(await within(screen.getByRole("tabpanel")).findByRole("button", { name: "Xếp hạng" })); // the step loads on demand
    expect(await screen.findByRole("table")).toBeVisible();

    await user.click(screen.getByRole("tab", { name: "Mẫu chấm điểm" }));
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(rerunCheck).toBeVisible();
    expect(within(screen.getByRole("tabpanel")).getAllByRole("status").map((s) => s.textContent)).toEqual(checkSummary);
    await user.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    expect(screen.getByRole("table")).toBeVisible();
    expect(screen.getByRole("button", { name: "Xếp hạng lại" })).toBeVisible();
    expect(validate).toHaveBeenCalledTimes(1);
    expect(rank).toHaveBeenCalledTimes(1);
  });
});

describe("Pane: a failure is shown once", () => {
  it("Kiểm tra shows its own alert; the shell's line stays empty", async () => {
    const { user } = renderPane({ actions: { validate: () => Promise.reject(EXCEL_DOWN) } });
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await user.click(await within(screen.getByRole("tabpanel")).findByRole("button", { name: "Kiểm tra" })); // the step loads on demand
    await waitFor(() => expect(screen.getAllByRole("alert")).toHaveLength(1));
    expect(screen.getByRole("alert")).toHaveTextContent("Không kiểm tra được");
    expect(screen.getByRole("alert")).toHaveTextContent("Excel không phản hồi");
    expect(screen.queryByText(/^Không thực hiện được/)).not.toBeInTheDocument();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("ui.check.running"), EXCEL_DOWN);
  });

  it("Xếp hạng shows its own alert only", async () => {
    const { user } = renderPane({ actions: { rank: () => Promise.reject(EXCEL_DOWN) } });
    await user.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await user.click(await within(screen.getByRole("tabpanel")).findByRole("button", { name: "Xếp hạng" })); // the step loads on demand
    await waitFor(() => expect(screen.getAllByRole("alert")).toHaveLength(1));
    expect(screen.getByRole("alert")).toHaveTextContent("Không xếp hạng được");
  });

  it("Chèn mẫu shows the failure next to its buttons, once (not on the shell's line)", async () => {
    const previewInsert = jest.fn().mockResolvedValue({ newSheets: ["Đơn vị"], clashes: [], keepBothNames: {}, entries: { kept: 0, moved: 0, orphaned: [] } });
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert, insert: () => Promise.reject(EXCEL_DOWN) } });
    await user.click(screen.getByRole("tab", { name: "Chèn mẫu" }));
    await user.click(await screen.findByRole("button", { name: "Chèn" }));
    await waitFor(() => expect(screen.getAllByRole("alert")).toHaveLength(1));
    expect(screen.getByRole("alert")).toHaveTextContent("Chưa chèn được mẫu");
    expect(within(screen.getByRole("tabpanel")).getByRole("alert")).toBeInTheDocument();
  });

  it("a failed undo (a shell operation) is shown by the shell's line, once", async () => {
    const undoInfo = { label: message("ui.step.insert.label"), at: "2025-03-01T08:30:00Z", cells: 120 };
    const { user } = renderPane({ actions: { lastUndo: async () => undoInfo, undoLast: () => Promise.reject(EXCEL_DOWN) } });
    await user.click(await screen.findByRole("button", { name: "Hoàn tác: Chèn mẫu" }));
    await user.click(screen.getByRole("button", { name: "Hoàn tác" }));
    await waitFor(() => expect(screen.getAllByRole("alert")).toHaveLength(1));
    expect(screen.getByRole("alert")).toHaveTextContent("Không thực hiện được: Đang hoàn tác: Chèn mẫu");
  });
});

describe("Pane: a step's failure while the user looks at another tab", () => {
  /** Starts Kiểm tra, opens Mẫu chấm điểm, then the check fails. */
  async function checkFailsWhileHidden() {
    const checking = deferred<never>();
    const rendered = renderPane({ actions: { validate: () => checking.promise } });
    await rendered.user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await rendered.user.click(await within(screen.getByRole("tabpanel")).findByRole("button", { name: "Kiểm tra" })); // the step loads on demand
    await rendered.user.click(screen.getByRole("tab", { name: "Mẫu chấm điểm" }));
    await act(async () => checking.reject(EXCEL_DOWN));
    return rendered;
  }

  it("is shown on the shell's line (the step's alert is hidden), then by the step alone once it is opened again", async () => {
    const { user } = await checkFailsWhileHidden();

    await waitFor(() => expect(screen.getAllByRole("alert")).toHaveLength(1));
    expect(screen.getByRole("alert")).toHaveTextContent("Không thực hiện được: Đang kiểm tra dữ liệu…");
    expect(screen.getByRole("alert")).toHaveTextContent("Excel không phản hồi");
    expect(within(screen.getByRole("tabpanel")).queryByRole("alert")).not.toBeInTheDocument();

    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    expect(within(screen.getByRole("tabpanel")).getByRole("alert")).toHaveTextContent("Không kiểm tra được");
    expect(screen.queryByText(/^Không thực hiện được/)).not.toBeInTheDocument();
  });

  it("stays on the shell's line while the user looks at a third tab, until dismissed", async () => {
    const { user } = await checkFailsWhileHidden();
    await user.click(screen.getByRole("tab", { name: "Chèn mẫu" }));
    expect(screen.getByRole("alert")).toHaveTextContent("Không thực hiện được: Đang kiểm tra dữ liệu…");
    await user.click(screen.getByRole("button", { name: "Đóng thông báo" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});

describe("Pane: the step list shows what is done (issue 15)", () => {
  const doneTab = (name: string) => {
    const tab = screen.getByRole("tab", { name });
    expect(tab).toHaveAccessibleDescription("Đã xong");
    return tab;
  };

  it("a ready template and a clean check get ✓; a check that finds errors does not", async () => {
    const validate = jest.fn(async () => cleanReport());
    const { user } = renderPane({ initialState: readyState(), actions: { validate } });
    await waitFor(() => expect(doneTab("Mẫu chấm điểm")).toHaveTextContent("✓"));
    expect(screen.getByRole("tab", { name: "Kiểm tra" })).not.toHaveAccessibleDescription("Đã xong");
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await user.click(await within(screen.getByRole("tabpanel")).findByRole("button", { name: "Kiểm tra" }));
    await waitFor(() => expect(doneTab("Kiểm tra")).toHaveTextContent("✓"));
    validate.mockImplementation(async () => problemReport());
    await user.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    await waitFor(() => expect(screen.getByRole("tab", { name: "Kiểm tra" })).not.toHaveAccessibleDescription("Đã xong"));
    expect(screen.getByRole("tab", { name: "Kiểm tra" })).toHaveTextContent("4");
  });

  it("an empty pane has no step done", () => {
    renderPane();
    for (const tab of screen.getAllByRole("tab")) expect(tab).not.toHaveAccessibleDescription("Đã xong");
  });
});
