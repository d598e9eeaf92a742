import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ActionError, type CellFix, type ValidationReport } from "../../../src/excel/actions/types";
import { message } from "../../../src/messages/message";
import type { Locale } from "../../../src/taskpane/i18n/strings";
import { CheckStep } from "../../../src/taskpane/steps/check/CheckStep";
import { renderWithFluent } from "../render-with-fluent";
import { fakeActions } from "../support/fakeActions";
import { deferred } from "./support/deferred";
import { dialogButton, findOpenDialog } from "./support/dialog";
import { fakeOps } from "./support/fakeOps";
import { cleanReport, ENTRY_SHEET, problemReport } from "./support/reviewFixtures";

jest.mock("../../../src/taskpane/steps/check/ConfirmFixesDialog", () => jest.requireActual("./support/plainConfirmDialog"));

const EXCEL_DOWN = message("template.other", { detail: "Excel không phản hồi" });

function setup(overrides: Parameters<typeof fakeActions>[0], options: { locale?: Locale; busy?: boolean } = {}) {
  const actions = fakeActions(overrides);
  const ops = fakeOps({ busy: options.busy });
  const user = userEvent.setup();
  const view = renderWithFluent(<CheckStep actions={actions} locale={options.locale ?? "vi"} ops={ops} />);
  return { actions, ops, user, view };
}

const status = () => screen.getByRole("status");

async function checkWith(report: ValidationReport, options: { locale?: Locale } = {}) {
  const s = setup({ validate: async () => report, selectCell: async () => undefined }, options);
  await s.user.click(screen.getByRole("button", { name: options.locale === "en" ? "Check" : "Kiểm tra" }));
  await screen.findByRole("button", { name: options.locale === "en" ? "Check again" : "Kiểm tra lại" });
  return s;
}

describe("CheckStep: states", () => {
  it("starts empty: a heading, the Kiểm tra button, nothing read yet", () => {
    const { actions } = setup({});
    expect(screen.getByRole("heading", { level: 2, name: "Kiểm tra dữ liệu" })).toBeInTheDocument();
    expect(status()).toHaveTextContent("Chưa kiểm tra. Bấm \"Kiểm tra\" để đọc trang Chấm điểm.");
    expect(screen.getByRole("switch", { name: "Tô màu ô lỗi" })).toBeDisabled();
    expect(actions.validate).not.toHaveBeenCalled();
  });

  it("shows loading while validate() runs (through ops.run), then the result", async () => {
    const pending = deferred<ValidationReport>();
    const { user, ops, actions } = setup({ validate: () => pending.promise });
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(status()).toHaveTextContent("Đang kiểm tra dữ liệu…");
    expect(ops.run).toHaveBeenCalledTimes(1);
    expect(ops.labels[0]).toEqual(message("ui.check.running"));
    expect(actions.validate).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve(cleanReport()));
    expect(status()).toHaveTextContent("Không có lỗi. Số đơn vị đã kiểm tra: 5.");
  });

  it("shows the action's error in the user's language with a retry that validates again", async () => {
    const validate = jest.fn()
      .mockRejectedValueOnce(new ActionError(EXCEL_DOWN, "office"))
      .mockResolvedValueOnce(cleanReport());
    const { user } = setup({ validate });
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Không kiểm tra được");
    expect(alert).toHaveTextContent("Không hợp lệ: Excel không phản hồi.");
    await user.click(within(alert).getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByText("Không có lỗi. Số đơn vị đã kiểm tra: 5.")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(validate).toHaveBeenCalledTimes(2);
  });

  it("success: 'Không có lỗi' with the unit count, no lists", async () => {
    await checkWith(cleanReport());
    expect(status()).toHaveTextContent("Không có lỗi. Số đơn vị đã kiểm tra: 5.");
    expect(screen.queryByRole("list", { name: "Số mục theo mức độ" })).not.toBeInTheDocument();
    expect(screen.queryByRole("heading", { name: "Các mục cần xem" })).not.toBeInTheDocument();
  });

  it("findings: counts by severity and the findings by unit, then criterion, with message and cell", async () => {
    await checkWith(problemReport());
    expect(status()).toHaveTextContent("Có 1 lỗi cần sửa trước khi xếp hạng. Số đơn vị đã kiểm tra: 5.");
    const counts = screen.getByRole("list", { name: "Số mục theo mức độ" });
    expect(within(counts).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Lỗi: 1", "Cảnh báo: 2", "Ghi chú: 0"]);
    // Units in cluster order; the unit with an error starts open.
    const unitHeaders = screen.getAllByRole("heading", { level: 4 }).map((h) => h.textContent);
    expect(unitHeaders).toEqual(["Hà Giang (1)", "Yên Bái (1)", "Phú Thọ (1)"]);
    expect(screen.getByRole("button", { name: "Hà Giang (1)" })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: "Yên Bái (1)" })).toHaveAttribute("aria-expanded", "false");
    expect(screen.getByRole("heading", { level: 5, name: "Tiêu chí I.2" })).toBeInTheDocument();
    const finding = screen.getByRole("button", { name: /ô F12 trang Chấm điểm/ });
    expect(finding).toHaveTextContent("\"18,25\" là chữ trông giống số nên không được tính điểm. Đổi ô thành số 18,25.");
    expect(finding).toHaveTextContent("Lỗi");
    expect(finding).toHaveTextContent("Gợi ý: Đổi thành số 18,25");
  });

  it("a warning-only report says there is no error but items to review", async () => {
    const report = problemReport();
    const warnings = { ...report, findings: report.findings.filter((f) => f.severity === "warning"), fixes: [] };
    await checkWith(warnings);
    expect(status()).toHaveTextContent("Không có lỗi; còn 2 mục nên xem lại. Số đơn vị đã kiểm tra: 5.");
    expect(screen.queryByRole("heading", { name: "Sửa tự động" })).not.toBeInTheDocument();
  });

  it("disables the start button while another operation runs", () => {
    setup({}, { busy: true });
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toBeDisabled();
  });
});

describe("CheckStep: going to a finding's cell", () => {
  it("clicking a finding selects its cell, through ops.run", async () => {
    const { user, actions, ops } = await checkWith(problemReport());
    await user.click(screen.getByRole("button", { name: /ô F12 trang Chấm điểm/ }));
    expect(actions.selectCell).toHaveBeenCalledWith(ENTRY_SHEET, "F12");
    expect(ops.labels.at(-1)).toEqual(message("ui.check.selecting", { location: "ô F12 trang Chấm điểm" }));
  });

  it("works from the keyboard: Enter opens a unit, Enter or Space on a finding selects its cell", async () => {
    // Tab order in jsdom is unreliable once Fluent's tabster is active (microsoft/tabster#280), so focus is
    // set directly here; the next test checks that every control is in the natural tab order.
    const { user, actions } = await checkWith(problemReport());
    const yenBai = screen.getByRole("button", { name: "Yên Bái (1)" });
    yenBai.focus();
    await user.keyboard("{Enter}");
    expect(yenBai).toHaveAttribute("aria-expanded", "true");
    screen.getByRole("button", { name: /ô G8 trang Chấm điểm/ }).focus();
    await user.keyboard("{Enter}");
    expect(actions.selectCell).toHaveBeenCalledWith(ENTRY_SHEET, "G8");
    await user.keyboard(" ");
    expect(actions.selectCell).toHaveBeenCalledTimes(2);
  });

  it("every control is a native, enabled, tabbable element in reading order", async () => {
    const { view } = await checkWith(problemReport());
    const tabbable = [...view.container.querySelectorAll<HTMLElement>("button, input, select, textarea, a[href], [tabindex]")].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled,
    );
    const expected = [
      screen.getByRole("button", { name: "Kiểm tra lại" }),
      screen.getByRole("switch", { name: "Tô màu ô lỗi" }),
      screen.getByRole("checkbox", { name: "Chọn tất cả (2)" }),
      screen.getByRole("checkbox", { name: /^Ô F12 trang Chấm điểm/ }),
      screen.getByRole("checkbox", { name: /^Ô H20 trang Chấm điểm/ }),
      screen.getByRole("button", { name: "Áp dụng (1)" }),
      screen.getByRole("button", { name: "Hà Giang (1)" }),
      screen.getByRole("button", { name: /ô F12 trang Chấm điểm/ }),
      screen.getByRole("button", { name: "Yên Bái (1)" }),
      screen.getByRole("button", { name: "Phú Thọ (1)" }),
    ];
    expect(tabbable).toEqual(expected);
  });

  it("reaches the Kiểm tra button by Tab and starts it with Enter", async () => {
    const { user, actions } = setup({ validate: async () => cleanReport() });
    await user.tab();
    expect(screen.getByRole("button", { name: "Kiểm tra" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Không có lỗi. Số đơn vị đã kiểm tra: 5.")).toBeInTheDocument();
    expect(actions.validate).toHaveBeenCalledTimes(1);
  });

  it("a finding without a cell (a failed gate) is shown but is not a button", async () => {
    const { user } = await checkWith(problemReport());
    await user.click(screen.getByRole("button", { name: "Phú Thọ (1)" }));
    const text = await screen.findByText(/Không đạt tiêu chí điều kiện DK\.1/);
    expect(text.closest("button")).toBeNull();
  });

  it("shows why a cell could not be selected and keeps the report", async () => {
    const s = setup({ validate: async () => problemReport(), selectCell: () => Promise.reject(new ActionError(EXCEL_DOWN, "office")) });
    await s.user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    await s.user.click(await screen.findByRole("button", { name: /ô F12 trang Chấm điểm/ }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Không chọn được ô");
    expect(alert).toHaveTextContent("Excel không phản hồi");
    expect(screen.getByRole("button", { name: /ô F12 trang Chấm điểm/ })).toBeInTheDocument();
  });
});

// The confirm dialog is the jsdom stand-in (support/plainConfirmDialog.tsx); the real one is proven in Chromium.
describe("CheckStep: fixes are applied only after confirmation", () => {
  it("lists each fix with a checkbox, current → new; only the value-keeping one (text → number) is ticked at first", async () => {
    await checkWith(problemReport());
    expect(screen.getByRole("heading", { level: 3, name: "Sửa tự động" })).toBeInTheDocument();
    const f12 = screen.getByRole("checkbox", { name: /^Ô F12 trang Chấm điểm: "18,25" → 18,25/ });
    const h20 = screen.getByRole("checkbox", { name: /^Ô H20 trang Chấm điểm: 50 → =SUM\(H14:H19\)/ });
    expect(f12).toBeChecked();
    expect(h20).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Chọn tất cả (2)" })).toBePartiallyChecked();
    expect(screen.getByRole("button", { name: "Áp dụng (1)" })).toBeEnabled();
  });

  it("score_changing_fix_not_preselected (bug: 'Nhập 3', full marks, was ticked by default): listed, unticked, and says it changes the score", async () => {
    const report = problemReport();
    const full: CellFix = { sheet: ENTRY_SHEET, cell: "D9", current: 8.5, value: 3, message: message("fix.useValue", { number: 3 }) };
    await checkWith({ ...report, fixes: [...report.fixes, full] });
    const box = screen.getByRole("checkbox", { name: /^Ô D9 trang Chấm điểm: 8,5 → 3/ });
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleName(/Cách sửa này thay đổi điểm/);
    expect(screen.getByRole("checkbox", { name: /^Ô F12 trang Chấm điểm/ })).not.toHaveAccessibleName(/thay đổi điểm/);
  });

  it("cancel writes nothing", async () => {
    const { user, actions, ops } = await checkWith(problemReport());
    await user.click(screen.getByRole("checkbox", { name: "Chọn tất cả (2)" }));
    await user.click(screen.getByRole("button", { name: "Áp dụng (2)" }));
    const dialog = await findOpenDialog("Sửa 2 ô?");
    expect(dialog).toHaveTextContent("Ô F12 trang Chấm điểm: \"18,25\" → 18,25");
    expect(dialog).toHaveTextContent("Ô H20 trang Chấm điểm: 50 → =SUM(H14:H19)");
    await user.click(dialogButton(dialog, "Huỷ"));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).not.toBeInTheDocument());
    expect(actions.applyFixes).not.toHaveBeenCalled();
    expect(ops.wrote).not.toHaveBeenCalled();
    expect(actions.validate).toHaveBeenCalledTimes(1);
  });

  it("confirm applies exactly the ticked fixes through ops.run, then ops.wrote() and validates again", async () => {
    const report = problemReport();
    const fixed = cleanReport();
    const validate = jest.fn().mockResolvedValueOnce(report).mockResolvedValueOnce(fixed);
    const applyFixes = jest.fn(async () => ({ summary: message("template.other", { detail: "1 ô" }), cellsWritten: 1, notices: [], undoable: true }));
    const { user, actions, ops } = setup({ validate, applyFixes });
    await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByRole("checkbox", { name: /^Ô H20 trang Chấm điểm/ })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Chọn tất cả (2)" })).toBePartiallyChecked();
    await user.click(screen.getByRole("button", { name: "Áp dụng (1)" }));
    const dialog = await findOpenDialog("Sửa 1 ô?");
    expect(within(dialog).queryByText(/H20/)).not.toBeInTheDocument();
    expect(actions.applyFixes).not.toHaveBeenCalled();
    await user.click(dialogButton(dialog, "Áp dụng"));
    await screen.findByText("Không có lỗi. Số đơn vị đã kiểm tra: 5.");
    expect(applyFixes).toHaveBeenCalledTimes(1);
    expect(applyFixes).toHaveBeenCalledWith([report.fixes[0]]);
    expect(ops.labels.map((l) => l.id)).toEqual(["ui.check.running", "ui.check.fixes.applying", "ui.check.running"]);
    expect(ops.wrote).toHaveBeenCalledTimes(1);
    expect(ops.wrote.mock.invocationCallOrder[0]).toBeLessThan(validate.mock.invocationCallOrder[1]!);
    expect(screen.getByText("Không hợp lệ: 1 ô.")).toBeInTheDocument(); // the write's summary
  });

  it("nothing ticked: Áp dụng is disabled", async () => {
    const { user } = await checkWith(problemReport());
    await user.click(screen.getByRole("checkbox", { name: /^Ô F12 trang Chấm điểm/ }));
    expect(screen.getByRole("checkbox", { name: /^Ô F12 trang Chấm điểm/ })).not.toBeChecked();
    expect(screen.getByRole("button", { name: "Áp dụng (0)" })).toBeDisabled();
  });

  it("a failed apply says why, does not report a write and keeps the report", async () => {
    const protectedMsg = message("template.other", { detail: "trang Chấm điểm đang bị khoá" });
    const { user, actions, ops } = await checkWith(problemReport());
    actions.applyFixes.mockRejectedValueOnce(new ActionError(protectedMsg, "protected"));
    await user.click(screen.getByRole("button", { name: "Áp dụng (1)" }));
    await user.click(dialogButton(await findOpenDialog(), "Áp dụng"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Chưa sửa được");
    expect(alert).toHaveTextContent("trang Chấm điểm đang bị khoá");
    expect(ops.wrote).not.toHaveBeenCalled();
    expect(actions.validate).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "Áp dụng (1)" })).toBeInTheDocument();
  });

});

describe("CheckStep: highlighting problem cells", () => {
  it("the switch marks error and warning cells, and clears them when turned off", async () => {
    const { user, actions } = await checkWith(problemReport());
    actions.showHighlights.mockResolvedValue(undefined);
    actions.clearHighlights.mockResolvedValue(undefined);
    const toggle = screen.getByRole("switch", { name: "Tô màu ô lỗi" });
    await user.click(toggle);
    expect(actions.showHighlights).toHaveBeenCalledWith([
      { sheet: ENTRY_SHEET, cell: "F12", severity: "error" },
      { sheet: ENTRY_SHEET, cell: "G8", severity: "warning" },
      { sheet: ENTRY_SHEET, cell: "H20", severity: "error" },
    ]);
    expect(toggle).toBeChecked();
    await user.click(toggle);
    expect(actions.clearHighlights).toHaveBeenCalledTimes(1);
    expect(toggle).not.toBeChecked();
  });

  it("refreshes the marks after checking again, and turns back when the action fails", async () => {
    const { user, actions } = await checkWith(problemReport());
    actions.showHighlights.mockResolvedValueOnce(undefined).mockResolvedValueOnce(undefined);
    const toggle = screen.getByRole("switch", { name: "Tô màu ô lỗi" });
    await user.click(toggle);
    actions.validate.mockResolvedValueOnce(cleanReport());
    await user.click(screen.getByRole("button", { name: "Kiểm tra lại" }));
    await screen.findByText("Không có lỗi. Số đơn vị đã kiểm tra: 5.");
    expect(actions.showHighlights).toHaveBeenLastCalledWith([]);
    actions.clearHighlights.mockRejectedValueOnce(new ActionError(EXCEL_DOWN, "office"));
    await user.click(toggle);
    expect(await screen.findByRole("alert")).toHaveTextContent("Không đổi được màu ô");
    expect(toggle).toBeChecked();
  });
});
