/**
 * Xếp hạng's import of earlier results into Lịch sử: files chosen (one unreadable), the preview of what would be
 * written (periods, the sheet added, a unit matched by an earlier name, a result matching no unit with its near
 * name, a typed result kept), the user maps the unmatched result to a unit, and writes.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { EarlierImport } from "../../../domain/history/importEarlier";
import type { EarlierFileRead } from "../../../export/earlierResults";
import type { HistoryImportPreview } from "../../../excel/actions/historyImportTypes";
import { message, type Message } from "../../../messages/message";
import { renderWithFluent } from "../../../../test/taskpane/render-with-fluent";
import { fakeActions } from "../../../../test/taskpane/support/fakeActions";
import type { OperationRunner } from "../stepProps";
import { HistoryImport } from "./HistoryImport";

const past = (name: string, total: number) => ({ name, total, rank: 1, band: "Xuất sắc", award: null });
const FILES: Record<string, EarlierFileRead> = {
  "so-2025.xlsx": { ok: true, value: { file: "so-2025.xlsx", periods: [{ label: "2025", units: [past("Hà Giang", 90), past("Vinh Phuc", 80)] }, { label: "2024", units: [past("Hà Tây", 70)] }], renamed: [{ was: "Hà Tây", now: "Hòa Bình" }] } },
  "hong.xlsx": { ok: false, errors: [message("files.read.failed")] },
};
const UNITS = ["Hà Giang", "Hòa Bình", "Vĩnh Phúc"];

function previewOf(earlier: EarlierImport): HistoryImportPreview {
  const mapped = earlier.renamed.some((r) => r.was === "Vinh Phuc" && r.now === "Vĩnh Phúc");
  return {
    units: UNITS, periods: earlier.periods.map((p) => p.label), filled: ["2025", "2024"], dropped: [], createsSheet: true, room: 2, current: "2026",
    renamed: [{ unit: "Hòa Bình", period: "2024", was: "Hà Tây" }, ...(mapped ? [{ unit: "Vĩnh Phúc", period: "2025", was: "Vinh Phuc" }] : [])],
    unmatched: mapped ? [] : [{ period: "2025", name: "Vinh Phuc", near: "Vĩnh Phúc" }],
    kept: [{ period: "2025", unit: "Hà Giang", typed: { total: 91, rank: null, band: null, award: null }, imported: { total: 90, rank: 1, band: "Xuất sắc", award: null } }],
  };
}

function ops(): OperationRunner {
  return {
    busy: false, current: null, wrote: jest.fn(),
    run: async <T,>(_label: Message, work: () => Promise<T>) => {
      try {
        return { ok: true as const, value: await work() };
      } catch (e) {
        return { ok: false as const, error: message("ui.app.loading", { detail: String(e) }) };
      }
    },
  };
}

async function chosen() {
  const user = userEvent.setup();
  const actions = fakeActions({
    previewHistoryImport: async (earlier) => previewOf(earlier),
    importHistory: async () => ({ summary: message("history.import.done", { sheet: "Lịch sử", cells: 120 }), cellsWritten: 120, notices: [], undoable: true }),
  });
  const runner = ops();
  renderWithFluent(<HistoryImport actions={actions} locale="vi" ops={runner} readFile={async (f) => FILES[f.name]!} />);
  await user.click(screen.getByRole("button", { name: "Kết quả các kỳ trước (trang Lịch sử)" }));
  await user.upload(screen.getByLabelText("Chọn tệp kết quả các kỳ trước"), Object.keys(FILES).map((n) => new File(["x"], n)));
  await screen.findByText(/Trang Lịch sử sẽ có các kỳ/);
  return { user, actions, runner };
}

describe("HistoryImport", () => {
  it("shows what the files would write: periods, the sheet added, earlier names, the unmatched result with its near unit, typed results kept", async () => {
    await chosen();
    expect(screen.getByText("Trang Lịch sử sẽ có các kỳ: 2025, 2024. Tệp điền kết quả cho: 2025, 2024.")).toBeTruthy();
    expect(screen.getByText(/Sổ chưa có trang Lịch sử: sẽ thêm trang này/)).toBeTruthy();
    expect(screen.getByText(/Cột Khen thưởng lấy theo đề nghị khen thưởng của kỳ đó/)).toBeTruthy();
    expect(screen.getByText("“Hòa Bình” kỳ 2024 là “Hà Tây” (tên cũ sẽ ghi ở trang Lịch sử).")).toBeTruthy();
    expect(screen.getByText("Gần giống “Vĩnh Phúc”.")).toBeTruthy();
    expect(screen.getByText(/“Hà Giang” kỳ 2025: giữ kết quả đã gõ \(91\); tệp ghi 90 · 1 · Xuất sắc\./)).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("hong.xlsx:");
    expect(screen.getByText(/Ghi sẽ dựng lại các trang ThiDua theo mẫu của sổ/)).toBeTruthy();
    expect(screen.queryByText(/là kỳ của chính sổ này/)).toBeNull();
  });

  it("over an existing Lịch sử, says only its input cells change (nothing is rebuilt)", async () => {
    const user = userEvent.setup();
    const actions = fakeActions({ previewHistoryImport: async (earlier) => ({ ...previewOf(earlier), createsSheet: false }) });
    renderWithFluent(<HistoryImport actions={actions} locale="vi" ops={ops()} readFile={async (f) => FILES[f.name]!} />);
    await user.click(screen.getByRole("button", { name: "Kết quả các kỳ trước (trang Lịch sử)" }));
    await user.upload(screen.getByLabelText("Chọn tệp kết quả các kỳ trước"), [new File(["x"], "so-2025.xlsx")]);
    expect(await screen.findByText(/Ghi chỉ thay các ô nhập của trang Lịch sử/)).toBeTruthy();
    expect(screen.queryByText(/dựng lại/)).toBeNull();
  });

  it("warns when a file is of this workbook's own period", async () => {
    const user = userEvent.setup();
    const actions = fakeActions({ previewHistoryImport: async (earlier) => ({ ...previewOf(earlier), current: "2025" }) });
    renderWithFluent(<HistoryImport actions={actions} locale="vi" ops={ops()} readFile={async (f) => FILES[f.name]!} />);
    await user.click(screen.getByRole("button", { name: "Kết quả các kỳ trước (trang Lịch sử)" }));
    await user.upload(screen.getByLabelText("Chọn tệp kết quả các kỳ trước"), [new File(["x"], "so-2025.xlsx")]);
    expect(await screen.findByText(/Kỳ 2025 là kỳ của chính sổ này/)).toBeTruthy();
  });

  it("maps the unmatched result to the unit chosen, previews again, and writes the same import", async () => {
    const { user, actions, runner } = await chosen();
    expect(actions.previewHistoryImport.mock.calls[0]![0].renamed).toEqual([{ was: "Hà Tây", now: "Hòa Bình" }]);
    await user.selectOptions(screen.getByRole("combobox", { name: "“Vinh Phuc” (kỳ 2025)" }), "Vĩnh Phúc");
    await screen.findByText("“Vĩnh Phúc” kỳ 2025 là “Vinh Phuc” (tên cũ sẽ ghi ở trang Lịch sử).");
    const earlier = actions.previewHistoryImport.mock.calls[1]![0];
    expect(earlier.renamed).toEqual([{ was: "Hà Tây", now: "Hòa Bình" }, { was: "Vinh Phuc", now: "Vĩnh Phúc" }]);
    expect(screen.queryByRole("combobox")).toBeNull();
    expect(screen.getByText("“Vĩnh Phúc” kỳ 2025 là “Vinh Phuc” (tên cũ sẽ ghi ở trang Lịch sử).")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Ghi vào trang Lịch sử" }));
    await screen.findByRole("status");
    expect(actions.importHistory).toHaveBeenCalledWith(earlier);
    expect(runner.wrote).toHaveBeenCalled();
    expect(screen.getByRole("status").textContent).toContain("Đã ghi kết quả các kỳ trước vào trang Lịch sử (120 ô");
  });
});
