import { act, screen, waitFor, within } from "@testing-library/react";
import { ActionError } from "../../src/excel/actions/types";
import { message } from "../../src/messages/message";
import { lazy } from "react";
import type { StepDefinition } from "../../src/taskpane/shell/stepComponent";
import { Pane } from "../../src/taskpane/shell/Pane";
import { t } from "../../src/taskpane/i18n/strings";
import { steps } from "../../src/taskpane/steps/registry";
import userEvent from "@testing-library/user-event";
import { renderWithFluent } from "./render-with-fluent";
import { fakeActions } from "./support/fakeActions";
import { deferred, readyState, renderPane } from "./support/renderPane";

function renderPaneWithSteps(steps: readonly StepDefinition[]) {
  const user = userEvent.setup();
  renderWithFluent(<Pane locale="vi" actions={fakeActions({ lastUndo: async () => null })} requiredApiSupported steps={steps} />);
  return { user };
}

const undoInfo = { label: message("ui.step.insert.label"), at: "2025-03-01T08:30:00Z", cells: 120 };

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("Pane (shell)", () => {
  it("shows the app name as the page heading and the steps as tabs, first step open", async () => {
    renderPane();
    expect(screen.getByRole("heading", { level: 1, name: "ThiDua – Chấm điểm thi đua" })).toBeInTheDocument();
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(steps.length);
    tabs.forEach((tab, i) => expect(tab).toHaveAccessibleName(t("vi", steps[i]!.labelId)));
    expect(tabs[0]).toHaveAccessibleName("Mẫu chấm điểm");
    expect(tabs[1]).toHaveAccessibleName("Chèn mẫu");
    expect(tabs[0]).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Mẫu chấm điểm");
    expect(screen.getByRole("heading", { level: 2, name: "Mẫu chấm điểm và cụm thi đua" })).toBeInTheDocument();
  });

  it("starts in English when Office is English, and the language switch changes every text", async () => {
    const { user } = renderPane({ locale: "en" });
    expect(screen.getByRole("heading", { level: 1, name: "ThiDua – Emulation scoring" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Scoring template" })).toBeInTheDocument();
    await user.click(screen.getByRole("radio", { name: "Tiếng Việt" }));
    expect(screen.getByRole("heading", { level: 1, name: "ThiDua – Chấm điểm thi đua" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Mẫu chấm điểm" })).toBeInTheDocument();
    expect(screen.getByRole("main")).toHaveAttribute("lang", "vi-VN");
  });

  it("opens a step from the keyboard (Enter on its tab)", async () => {
    const { user } = renderPane();
    // Tab order and arrow keys between tabs are Fluent's (tabster), which needs layout: checked in Chromium.
    act(() => screen.getByRole("tab", { name: "Chèn mẫu" }).focus());
    await user.keyboard("{Enter}");
    expect(screen.getByRole("heading", { level: 2, name: "Chèn mẫu vào sổ làm việc" })).toBeInTheDocument();
  });

  it("shows the missing-API notice inside the pane", () => {
    renderPane({ requiredApiSupported: false });
    expect(screen.getByText("Phiên bản Excel này không hỗ trợ ExcelApi 1.8")).toBeVisible();
  });

  it("shows progress while an operation runs, and disables the other start buttons", async () => {
    const read = deferred<never>();
    const { user } = renderPane({ actions: { readWorkbook: () => read.promise } });
    await user.click(screen.getByRole("radio", { name: "Tiêu chí đã có trong sổ làm việc này" }));
    await user.click(screen.getByRole("button", { name: "Đọc tiêu chí từ sổ làm việc" }));
    expect(within(screen.getByRole("status", { name: "Tiến trình" })).getByText("Đang đọc sổ làm việc")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Đọc tiêu chí từ sổ làm việc" })).toBeDisabled();
    await act(async () => read.reject(new Error("network down")));
    expect(screen.getByRole("status", { name: "Tiến trình" })).toBeEmptyDOMElement();
  });

  it("shows an ActionError's own message in the user's language and logs the error", async () => {
    const error = new ActionError(message("ui.ops.busy"), "busy");
    const { user } = renderPane({ locale: "en", actions: { readWorkbook: () => Promise.reject(error) } });
    await user.click(screen.getByRole("radio", { name: "The criteria already in this workbook" }));
    await user.click(screen.getByRole("button", { name: "Read the criteria from the workbook" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not complete: Reading the workbook");
    expect(alert).toHaveTextContent("Another operation is running. Wait for it to finish, then try again.");
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("ui.template.readingWorkbook"), error);
    await user.click(within(alert).getByRole("button", { name: "Dismiss message" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("shows a generic message naming the cause for any other error", async () => {
    const { user } = renderPane({ actions: { readWorkbook: () => Promise.reject(new Error("RichApi.Error: InvalidReference")) } });
    await user.click(screen.getByRole("radio", { name: "Tiêu chí đã có trong sổ làm việc này" }));
    await user.click(screen.getByRole("button", { name: "Đọc tiêu chí từ sổ làm việc" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(/Đã xảy ra lỗi không lường trước \(RichApi\.Error: InvalidReference\)/);
    expect(console.error).toHaveBeenCalled();
  });

  it("offers no undo when there is nothing to undo", async () => {
    const { actions } = renderPane();
    await waitFor(() => expect(actions.lastUndo).toHaveBeenCalled());
    expect(screen.queryByRole("button", { name: /^Hoàn tác/ })).not.toBeInTheDocument();
  });

  it("offers to undo the last write, asks to confirm (reading the offer again), undoes it and reads the offer again", async () => {
    // On start, on each opening of the confirmation, then after the undo.
    const lastUndo = jest.fn().mockResolvedValueOnce(undoInfo).mockResolvedValueOnce(undoInfo).mockResolvedValueOnce(undoInfo).mockResolvedValue(null);
    const undoLast = jest.fn().mockResolvedValue({ summary: message("ui.insert.done"), cellsWritten: 120, notices: [], undoable: false });
    const { user } = renderPane({ actions: { lastUndo, undoLast } });
    const offer = await screen.findByRole("button", { name: "Hoàn tác: Chèn mẫu" });
    await user.click(offer);
    const dialog = await screen.findByRole("region", { name: "Hoàn tác “Chèn mẫu”?" });
    expect(dialog).toHaveTextContent(/120 ô sẽ trở lại như trước/);
    expect(within(dialog).getByRole("button", { name: "Không hoàn tác" })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Không hoàn tác" }));
    expect(undoLast).not.toHaveBeenCalled();
    expect(screen.queryByRole("region", { name: "Hoàn tác “Chèn mẫu”?" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Hoàn tác: Chèn mẫu" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Hoàn tác: Chèn mẫu" }));
    await user.click(await screen.findByRole("button", { name: "Hoàn tác" }));
    await waitFor(() => expect(undoLast).toHaveBeenCalledTimes(1));
    expect(await screen.findByText("Đã chèn mẫu")).toBeInTheDocument();
    await waitFor(() => expect(lastUndo).toHaveBeenCalledTimes(4));
    expect(screen.queryByRole("button", { name: /^Hoàn tác:/ })).not.toBeInTheDocument();
  });

  it("reads the undo offer again after a write and shows it", async () => {
    const lastUndo = jest.fn().mockResolvedValueOnce(null).mockResolvedValue(undoInfo);
    const insert = jest.fn().mockResolvedValue({ summary: message("ui.insert.done"), cellsWritten: 10, notices: [], undoable: true });
    const previewInsert = jest.fn().mockResolvedValue({ newSheets: ["Đơn vị"], clashes: [], keepBothNames: {}, entries: { kept: 0, moved: 0, orphaned: [] } });
    const { user } = renderPane({ initialState: readyState(), actions: { lastUndo, insert, previewInsert } });
    await user.click(screen.getByRole("tab", { name: "Chèn mẫu" }));
    await user.click(await screen.findByRole("button", { name: "Chèn" }));
    expect(await screen.findByRole("button", { name: "Hoàn tác: Chèn mẫu" })).toBeInTheDocument();
    expect(lastUndo).toHaveBeenCalledTimes(2);
  });

  it("shows and logs a failure to read the undo offer", async () => {
    renderPane({ actions: { lastUndo: () => Promise.reject(new Error("hidden sheet missing")) } });
    expect(await screen.findByRole("alert")).toHaveTextContent("Không thực hiện được: Đọc thông tin hoàn tác");
    expect(console.error).toHaveBeenCalled();
  });
});

describe("Pane step boundary", () => {
  beforeEach(() => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  it("shows a broken step's error (and logs it) instead of a blank pane; other steps still work", async () => {
    const Broken = () => {
      throw new Error("step exploded");
    };
    const Fine = () => <p>fine step</p>;
    const { user } = renderPaneWithSteps([
      { id: "broken", labelId: "step.template.label", Component: Broken },
      { id: "fine", labelId: "step.insert.label", Component: Fine },
    ]);
    expect(await screen.findByRole("alert")).toHaveTextContent(/Bước này gặp lỗi.*step exploded/);
    expect(screen.getByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(console.error).toHaveBeenCalled();
    await user.click(screen.getByRole("tab", { name: "Chèn mẫu" }));
    expect(screen.getByText("fine step")).toBeInTheDocument();
  });

  it("shows a loading line while a lazily loaded step arrives", async () => {
    const arrival = deferred<{ default: () => React.JSX.Element }>();
    const Lazy = lazy(() => arrival.promise);
    renderPaneWithSteps([{ id: "lazy", labelId: "step.template.label", Component: Lazy }]);
    expect(await screen.findByText("Đang tải bước này")).toBeInTheDocument();
    await act(async () => arrival.resolve({ default: () => <p>lazy step</p> }));
    expect(await screen.findByText("lazy step")).toBeInTheDocument();
  });
});
