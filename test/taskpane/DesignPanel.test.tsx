/**
 * Step Mẫu chấm điểm, "Thiết kế tiêu chí trong Excel": insert a design sheet (empty, a standard template's copy,
 * the workbook's criteria), keep both or refuse on a clash, take the criteria from the sheet (findings link to
 * their cells; clean: the template in use), and a pasted table's proposal shown before anything is written.
 */
import { screen, within } from "@testing-library/react";
import type { DesignCheck, TableProposal } from "../../src/excel/actions/designTypes";
import { ActionError, type WriteResult } from "../../src/excel/actions/types";
import { message } from "../../src/messages/message";
import { loadStandardTemplate } from "../../src/templates";
import { renderPane } from "./support/renderPane";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const SHEET = "Thiết kế tiêu chí";
const written = (sheet = SHEET): WriteResult => ({
  summary: message("actions.design.done", { sheet, cells: 700 }), cellsWritten: 700, notices: [], undoable: true, next: { sheet, cell: "B23" },
});
const clash = () => new ActionError(message("actions.error.designExists", { sheet: SHEET }), "clash");

async function openDesign(options: Parameters<typeof renderPane>[0] = {}) {
  const view = renderPane(options);
  await view.user.click(screen.getByRole("radio", { name: options.locale === "en" ? "Design the criteria in Excel" : "Thiết kế tiêu chí trong Excel" }));
  return view;
}

describe("design sheet: insert", () => {
  it("inserts an empty design sheet and says what to do next", async () => {
    const insertDesign = jest.fn(async () => written());
    const { user } = await openDesign({ actions: { insertDesign } });
    await user.click(screen.getByRole("button", { name: "Chèn trang Thiết kế tiêu chí" }));
    expect(insertDesign).toHaveBeenCalledWith({ kind: "blank" }, undefined);
    expect(await screen.findByText(/Đã chèn trang “Thiết kế tiêu chí”/)).toBeInTheDocument();
  });

  it("copies the chosen standard template", async () => {
    const insertDesign = jest.fn(async () => written());
    const { user } = await openDesign({ actions: { insertDesign } });
    await user.click(screen.getByRole("radio", { name: "Bản sao một mẫu chuẩn" }));
    const t = loadStandardTemplate("ccb-cum-3-thang-90");
    await user.selectOptions(await screen.findByRole("combobox", { name: "Mẫu chuẩn để sao chép" }), t.title);
    await user.click(screen.getByRole("button", { name: "Chèn trang Thiết kế tiêu chí" }));
    expect(insertDesign).toHaveBeenCalledWith({ kind: "copy", template: t.input }, undefined);
  });

  it("copies the criteria of the open workbook, and says so when it has none", async () => {
    const t = loadStandardTemplate("blank-100");
    const readWorkbook = jest.fn()
      .mockResolvedValueOnce({ sheets: ["Chấm điểm"], thidua: { template: t, cluster: "Cụm 1", period: "2025", units: ["A"] } })
      .mockResolvedValueOnce({ sheets: ["Sheet1"], thidua: null });
    const insertDesign = jest.fn(async () => written());
    const { user } = await openDesign({ actions: { readWorkbook, insertDesign } });
    await user.click(screen.getByRole("radio", { name: "Bản sao tiêu chí trong sổ làm việc này" }));
    await user.click(screen.getByRole("button", { name: "Chèn trang Thiết kế tiêu chí" }));
    expect(insertDesign).toHaveBeenCalledWith({ kind: "copy", template: t.input }, undefined);
    await user.click(screen.getByRole("button", { name: "Chèn trang Thiết kế tiêu chí" }));
    expect(await screen.findByText(/chưa có mẫu ThiDua để sao chép/)).toBeInTheDocument();
    expect(insertDesign).toHaveBeenCalledTimes(1);
  });

  it("an existing design sheet is kept: the user chooses to insert a new one beside it, or not", async () => {
    const insertDesign = jest.fn().mockRejectedValueOnce(clash()).mockResolvedValueOnce(written(`${SHEET} (2)`)).mockRejectedValueOnce(clash());
    const { user } = await openDesign({ locale: "en", actions: { insertDesign } });
    await user.click(screen.getByRole("button", { name: "Insert the Criteria design sheet" }));
    expect(await screen.findByText(`The workbook already has a “${SHEET}” sheet. It stays as it is; insert a new sheet beside it?`)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Insert a new sheet, keep the old one" }));
    expect(insertDesign).toHaveBeenLastCalledWith({ kind: "blank" }, "keepBoth");
    expect(await screen.findByText(new RegExp(`Inserted the “${SHEET} \\(2\\)” sheet`))).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Insert the Criteria design sheet" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));
    expect(screen.queryByText(/already has/)).not.toBeInTheDocument();
    expect(insertDesign).toHaveBeenCalledTimes(3);
  });
});

describe("design sheet: criteria from this sheet", () => {
  const finding = (cell: string) => ({ severity: "error" as const, sheet: `${SHEET} (2)`, cell, message: message("check.childrenSumMismatch", { code: "I", sum: 50, max: 60 }) });

  it("lists findings in the template checks' words, each selecting its cell; the template is not taken", async () => {
    const check: DesignCheck = { sheet: `${SHEET} (2)`, template: null, findings: [finding("F23")] };
    const selectCell = jest.fn(async () => undefined);
    const { user } = await openDesign({ actions: { readDesign: async () => check, selectCell } });
    await user.click(screen.getByRole("button", { name: "Tiêu chí từ trang tính này" }));
    expect(await screen.findByText(`Trang “${SHEET} (2)” có 1 điểm cần sửa`)).toBeInTheDocument();
    const link = screen.getByRole("button", { name: `Tại ô F23 trang ${SHEET} (2): Nhóm I: tổng điểm các tiêu chí con là 50 nhưng điểm tối đa của nhóm là 60.` });
    await user.click(link);
    expect(selectCell).toHaveBeenCalledWith(`${SHEET} (2)`, "F23");
    expect(screen.getByText("Chưa chọn mẫu.")).toBeInTheDocument();
  });

  it("a clean sheet's template becomes the template in use", async () => {
    const template = loadStandardTemplate("ccb-cum-3-thang-90");
    const { user } = await openDesign({ actions: { readDesign: async () => ({ sheet: SHEET, template, findings: [] }) } });
    await user.click(screen.getByRole("button", { name: "Tiêu chí từ trang tính này" }));
    expect(await screen.findByText(`Mẫu đang dùng: ${template.title}`)).toBeInTheDocument();
    expect(screen.getByText(`Đã lấy mẫu “${template.title}” (${template.leaves.length} tiêu chí, ${template.total} điểm) từ trang “${SHEET}”. Mẫu này được dùng khi chèn.`)).toBeInTheDocument();
  });
});

describe("pasted table", () => {
  const template = loadStandardTemplate("blank-100");
  const proposal: TableProposal = {
    sheet: "Sheet1", template,
    findings: [{ severity: "warning", sheet: "Sheet1", cell: "C7", message: message("design.import.totalMismatch", { row: "7", sum: 95, total: 100 }) }],
  };

  it("shows the proposal (tree, maxima, methods) and its findings before writing; writes only on confirm", async () => {
    const insertDesign = jest.fn(async () => written());
    const { user } = await openDesign({ actions: { readPastedTable: async () => proposal, insertDesign } });
    await user.click(screen.getByRole("button", { name: "Đọc bảng dán" }));
    const tree = await screen.findByRole("list", { name: "Cây tiêu chí đề xuất" });
    const first = template.criteria[0]!;
    expect(within(tree).getByText(new RegExp(`^${first.code} ${first.title.split("\n")[0]!.replace(/[()]/g, ".")}`))).toBeInTheDocument();
    expect(within(tree).getAllByText(/chấm thẳng|đạt\/không đạt|trừ theo số lần|cộng theo số lần|chọn mức/).length).toBeGreaterThan(0);
    expect(screen.getByRole("button", { name: /^Tại ô C7 trang Sheet1: / })).toBeInTheDocument();
    expect(insertDesign).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Ghi đề xuất thành trang Thiết kế tiêu chí" }));
    expect(insertDesign).toHaveBeenCalledWith({ kind: "copy", template: template.input }, undefined);
    expect(screen.queryByRole("list", { name: "Cây tiêu chí đề xuất" })).not.toBeInTheDocument();
  });

  it("a table that gives no proposal shows why and offers nothing to write", async () => {
    const none: TableProposal = { sheet: "Sheet1", template: null, findings: [{ severity: "error", sheet: "Sheet1", cell: null, message: message("design.import.noTitleColumn") }] };
    const { user } = await openDesign({ actions: { readPastedTable: async () => none } });
    await user.click(screen.getByRole("button", { name: "Đọc bảng dán" }));
    expect(await screen.findByText("Không lập được bảng tiêu chí từ trang “Sheet1”: xem các điểm dưới đây.")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Ghi đề xuất thành trang Thiết kế tiêu chí" })).not.toBeInTheDocument();
  });

  it("an empty sheet: the action's message is shown", async () => {
    const readPastedTable = async () => Promise.reject(new ActionError(message("actions.error.tableEmpty", { sheet: "Sheet1" }), "invalid"));
    const { user } = await openDesign({ actions: { readPastedTable } });
    await user.click(screen.getByRole("button", { name: "Đọc bảng dán" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Trang “Sheet1” đang mở chưa có bảng nào");
  });
});
