/**
 * Pseudo-locale check: with every catalogue text rendered as "⟦…⟧", the pane (every step, in every state
 * the tests can reach) must show no text, aria-label, placeholder or title outside the brackets, apart
 * from user data listed explicitly below. A hard-coded string in a component makes this test fail.
 */
import { act, screen, waitFor } from "@testing-library/react";
import type { InsertPreview, WorkbookState, WriteResult } from "../../src/excel/actions/types";
import { ActionError } from "../../src/excel/actions/types";
import { message } from "../../src/messages/message";
import { App } from "../../src/taskpane/components/App";
import { t } from "../../src/taskpane/i18n/strings";
import { initialPaneState } from "../../src/taskpane/shell/paneState";
import { loadStandardTemplate, standardTemplates } from "../../src/templates";
import { renderWithFluent } from "./render-with-fluent";
import { fakeActions } from "./support/fakeActions";
import { deferred, readyState, renderPane } from "./support/renderPane";
import { findUncataloguedText } from "./support/uncataloguedText";

jest.mock("../../src/messages/message", () => {
  const actual = jest.requireActual<typeof import("../../src/messages/message")>("../../src/messages/message");
  return { ...actual, render: (m: Parameters<typeof actual.render>[0], locale: Parameters<typeof actual.render>[1]) => `⟦${actual.render(m, locale)}⟧` };
});

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const UNITS = ["Hòa Bình", "Hoà Bình", "Tỉnh Hà Giang", "Hà Giang", "Sơn La"];
const SHEETS = ["Đơn vị", "Chấm điểm", "Xếp hạng", "Tổng hợp"];
/** User data that may stand on its own: template names and sources, unit and sheet names. */
const USER_DATA = [
  ...standardTemplates.flatMap((s) => [s.title, s.organisation ?? "", s.sourceUrl ?? ""]),
  ...UNITS,
  ...SHEETS,
];

function expectAllCatalogued(where: string) {
  expect({ where, uncatalogued: findUncataloguedText(document.body, USER_DATA) }).toEqual({ where, uncatalogued: [] });
}

const clashPreview: InsertPreview = {
  newSheets: ["Xếp hạng"],
  clashes: ["Đơn vị", "Chấm điểm"],
  keepBothNames: { "Đơn vị": "Đơn vị (2)", "Chấm điểm": "Chấm điểm (2)" },
  entries: { kept: 4, moved: 2, orphaned: [{ unit: "Sơn La", criterion: "I.1" }] },
};
const written: WriteResult = {
  summary: message("ui.insert.done"),
  cellsWritten: 321,
  notices: [
    { feature: "print", requirement: "ExcelApi 1.9" },
    { feature: "indent", requirement: "ExcelApi 1.9" },
    { feature: "calculationSuspend", requirement: "ExcelApi 1.6" },
  ],
  undoable: true,
};

describe("pseudo locale: every text of the pane comes from the catalogue", () => {
  it("uses the pseudo locale (the mock is active)", () => {
    expect(t("vi", "app.name")).toBe("⟦ThiDua – Chấm điểm thi đua⟧");
  });

  it("the walker reports hard-coded text and attributes, and accepts catalogue text and listed user data", () => {
    renderWithFluent(
      <main>
        <h1>{t("vi", "app.name")}</h1>
        <p>Hard-coded text</p>
        <button aria-label="Close">{t("vi", "ops.dismiss")}</button>
        <input placeholder="Tên đơn vị" aria-label={t("vi", "cluster.name")} />
        <span title={t("vi", "cluster.units")}>{UNITS[0]}</span>
        <span>{t("vi", "template.total", { total: 100 })} · 5</span>
      </main>,
    );
    expect(findUncataloguedText(document.body, USER_DATA)).toEqual([
      'text "Hard-coded text" in <p>',
      'text "· 5" in <span>',
      'aria-label="Close" on <button>',
      'placeholder="Tên đơn vị" on <input>',
    ]);
  });

  it("criteria design: inserted, clash, sheet findings, template taken, pasted table proposal", async () => {
    const template = loadStandardTemplate("blank-100");
    const sheet = "Thiết kế tiêu chí";
    const done: WriteResult = { summary: message("actions.design.done", { sheet, cells: 700 }), cellsWritten: 700, notices: [], undoable: true };
    const insertDesign = jest.fn().mockResolvedValueOnce(done).mockRejectedValueOnce(new ActionError(message("actions.error.designExists", { sheet }), "clash"));
    const at = (cell: string | null) => ({ severity: "warning" as const, sheet, cell, message: message("check.childrenSumMismatch", { code: "I", sum: 50, max: 60 }) });
    const readDesign = async () => ({ sheet, template, findings: [at("F23"), { ...at(null), severity: "error" as const }] });
    const readPastedTable = async () => ({ sheet: "Sheet1", template, findings: [at("C4")] });
    const { user } = renderPane({ initialState: initialPaneState, actions: { insertDesign, readDesign, readPastedTable } });
    await user.click(screen.getByRole("radio", { name: "⟦Thiết kế tiêu chí trong Excel⟧" }));
    await user.click(screen.getByRole("radio", { name: "⟦Bản sao một mẫu chuẩn⟧" }));
    await screen.findByRole("combobox");
    expectAllCatalogued("design: start from a standard template");
    const insert = screen.getByRole("button", { name: "⟦Chèn trang Thiết kế tiêu chí⟧" });
    await user.click(insert);
    expect(await screen.findByText(/Đã chèn trang/)).toBeInTheDocument();
    expectAllCatalogued("design: inserted");
    await user.click(insert);
    expect(await screen.findByRole("button", { name: "⟦Chèn trang mới, giữ trang cũ⟧" })).toBeInTheDocument();
    expectAllCatalogued("design: clash");
    await user.click(screen.getByRole("button", { name: "⟦Tiêu chí từ trang tính này⟧" }));
    expect(await screen.findByText(/Đã lấy mẫu/)).toBeInTheDocument();
    expectAllCatalogued("design: findings and template taken");
    await user.click(screen.getByRole("button", { name: "⟦Đọc bảng dán⟧" }));
    expect(await screen.findByRole("list", { name: "⟦Cây tiêu chí đề xuất⟧" })).toBeInTheDocument();
    expectAllCatalogued("design: pasted table proposal");
  });

  it("template step: empty, standard template chosen, units with duplicates, file errors, workbook states", async () => {
    const template = loadStandardTemplate("ccb-cum-3-thang-90");
    const readWorkbook = jest
      .fn<Promise<WorkbookState>, []>()
      .mockResolvedValueOnce({ sheets: SHEETS, thidua: null })
      .mockRejectedValueOnce(new ActionError(message("ui.ops.busy"), "office"))
      .mockRejectedValueOnce(new Error("plain failure"))
      .mockResolvedValueOnce({ sheets: SHEETS, thidua: { template, cluster: "Cụm 3", period: "2025", units: UNITS.slice(2) } });
    const { user } = renderPane({ initialState: initialPaneState, actions: { readWorkbook } });
    expectAllCatalogued("template step, empty, standard templates loading");
    const ccb = await screen.findByRole("radio", { name: standardTemplates[3].title });
    expectAllCatalogued("template step, standard templates listed");

    await user.click(ccb);
    expectAllCatalogued("standard template chosen");

    await user.click(screen.getByRole("textbox", { name: "⟦Các đơn vị trong cụm⟧" }));
    await user.paste(UNITS.join("\n"));
    expect(screen.getByText(/“Hoà Bình” trùng với/)).toBeInTheDocument();
    expect(screen.getByText(/“Hà Giang” gần giống/)).toBeInTheDocument();
    expectAllCatalogued("units with duplicates and near-duplicates");

    await user.click(screen.getByRole("radio", { name: "⟦Tệp mẫu ThiDua đã lưu⟧" }));
    await user.upload(screen.getByLabelText("⟦Chọn tệp mẫu ThiDua⟧"), new File(['{"id": 1, "criteria": "x"}'], "sai.json"));
    expect(await screen.findByText(/Tệp sai\.json không dùng được/)).toBeInTheDocument();
    expectAllCatalogued("template file with errors");

    await user.click(screen.getByRole("radio", { name: "⟦Tiêu chí đã có trong sổ làm việc này⟧" }));
    const readButton = screen.getByRole("button", { name: "⟦Đọc tiêu chí từ sổ làm việc⟧" });
    await user.click(readButton);
    expect(await screen.findByText(/chưa có mẫu ThiDua/)).toBeInTheDocument();
    expectAllCatalogued("workbook without ThiDua");
    await user.click(readButton);
    expect(await screen.findByRole("alert")).toBeInTheDocument();
    expectAllCatalogued("workbook read failed (ActionError)");
    await user.click(readButton);
    expect(await screen.findByRole("alert")).toHaveTextContent("plain failure");
    expectAllCatalogued("workbook read failed (other error)");
    await user.click(readButton);
    expect(await screen.findByText(/Đã lấy mẫu/)).toBeInTheDocument();
    expectAllCatalogued("workbook read");

    await user.click(screen.getByRole("radio", { name: "⟦English⟧" }));
    expectAllCatalogued("template step in English");
  });

  it("insert step: blocked, previewing, clashes with keep-both names and entries, inserted, undo offer and confirmation, undone", async () => {
    const blocked = renderPane({ initialState: initialPaneState });
    await blocked.user.click(screen.getByRole("tab", { name: "⟦Chèn mẫu⟧" }));
    expectAllCatalogued("insert step, nothing chosen");
    blocked.unmount();

    const dup = renderPane({ initialState: readyState({ unitsText: UNITS.join("\n") }) });
    await dup.user.click(screen.getByRole("tab", { name: "⟦Chèn mẫu⟧" }));
    expectAllCatalogued("insert step, duplicates");
    dup.unmount();

    const preview = deferred<InsertPreview>();
    // The offer after the write, read again when the confirmation opens: with cells changed since and typed scores.
    const offerInfo = {
      label: message("ui.step.insert.label"), at: "2025-05-01T09:00:00Z", cells: 321,
      changed: [{ sheet: "Chấm điểm", cell: "D4", unit: "Hòa Bình", criterion: "I.1", now: 9, wrote: 8.5, was: "8,5" }],
      typedScores: { count: 2, units: ["Hòa Bình"], sheets: ["Chấm điểm", "Tổng hợp"], other: 1 },
    };
    const lastUndo = jest.fn().mockResolvedValueOnce(null).mockResolvedValueOnce(offerInfo).mockResolvedValueOnce(offerInfo).mockResolvedValue(null);
    const { user } = renderPane({
      initialState: readyState({ unitsText: "Hòa Bình\nSơn La" }),
      requiredApiSupported: false,
      actions: {
        previewInsert: () => preview.promise,
        insert: async () => written,
        lastUndo,
        undoLast: async () => ({ ...written, notices: [], undoable: false }),
      },
    });
    await user.click(screen.getByRole("tab", { name: "⟦Chèn mẫu⟧" }));
    expectAllCatalogued("previewing (progress line)");
    await act(async () => preview.resolve(clashPreview));
    expectAllCatalogued("clashes, no choice yet");
    await user.click(screen.getByRole("radio", { name: /Giữ cả hai/ }));
    expectAllCatalogued("clashes, keep both");
    await user.click(screen.getByRole("button", { name: "⟦Chèn⟧" }));
    const offer = await screen.findByRole("button", { name: /Hoàn tác: / });
    expectAllCatalogued("inserted, with notices and the undo offer");
    await user.click(offer);
    const confirmUndo = await screen.findByRole("button", { name: "⟦Hoàn tác⟧" });
    expectAllCatalogued("undo confirmation");
    await user.click(screen.getByRole("checkbox", { name: /Giữ bản sao/ }));
    expectAllCatalogued("undo confirmation, no copy");
    await user.click(confirmUndo);
    await waitFor(() => expect(screen.queryByRole("button", { name: /Hoàn tác: / })).not.toBeInTheDocument());
    expectAllCatalogued("undone");
    await user.click(screen.getByRole("radio", { name: "⟦English⟧" }));
    expectAllCatalogued("insert step in English");
  });

  it("the screens around the pane: loading, outside Excel, other host", () => {
    const { rerender } = renderWithFluent(<App office={undefined} manifestUrl="https://localhost:3000/manifest.xml" />);
    expectAllCatalogued("loading");
    for (const reason of ["office-js-missing", "timeout", "not-in-office", "other-host"] as const) {
      rerender(<App office={{ kind: "outside-excel", reason, host: "Word" }} manifestUrl="https://localhost:3000/manifest.xml" actions={fakeActions()} />);
      expectAllCatalogued(`outside Excel: ${reason}`);
    }
  });
});
