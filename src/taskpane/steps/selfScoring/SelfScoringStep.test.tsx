import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { templateHash } from "../../../domain/merge/templateHash";
import type { HandoutInput, HandoutRow, MergeCluster, ParsedHandout } from "../../../domain/merge/types";
import { walk } from "../../../domain/template/tree";
import { identityKey } from "../../../domain/text/normalize";
import type { WriteResult } from "../../../excel/actions/types";
import { message, type Message } from "../../../messages/message";
import { loadStandardTemplate } from "../../../templates";
import { renderWithFluent } from "../../../../test/taskpane/render-with-fluent";
import type { OperationRunner } from "../stepProps";
import { readHandoutFile } from "./readHandoutFiles";
import { SelfScoringStep } from "./SelfScoringStep";
import { fakeActions } from "../../../../test/taskpane/support/fakeActions";

const T = loadStandardTemplate("ccb-cum-3-thang-90");
const UNITS = ["Hòa Bình", "Hòa Hưng"];
const leafRow = new Map(T.leaves.map((l, i) => [l.key, 3 + i]));
const cluster: MergeCluster = {
  template: T, clusterName: "Cụm 3", period: "2025", units: UNITS, log: [],
  entries: [{ unit: "Hòa Bình", criterion: "I.1", self: 7, cluster: 8 }],
  selfCell: (u, code) => ({ sheet: "Chấm điểm", cell: `${String.fromCharCode(68 + 2 * u)}${leafRow.get(identityKey(code))}` }),
};

function handout(file: string, unit: string, values: Record<string, number | string>): ParsedHandout {
  const rows: HandoutRow[] = [...walk(T.criteria)].map((c, i) => ({ row: 6 + i, code: c.code, title: c.title, max: c.max, self: values[c.code] ?? null, note: "", selfCell: `F${6 + i}` }));
  return {
    file, sheet: "Tự chấm", firstRow: 6, rows,
    meta: { format: "thidua-handout", formatVersion: 1, templateId: T.id, templateVersion: T.version, templateHash: templateHash(T), clusterName: "Cụm 3", period: "2025", unitName: unit, unitKey: identityKey(unit), fileId: file, generatedAt: "t" },
  };
}

/** Runs the work at once, like the shell's runner without the busy/progress parts. */
function ops(): OperationRunner & { wrote: jest.Mock } {
  return {
    busy: false,
    current: null,
    wrote: jest.fn(),
    run: async <T,>(_label: Message, work: () => Promise<T>) => {
      try {
        return { ok: true as const, value: await work() };
      } catch (e) {
        return { ok: false as const, error: message("cli.raw", { text: e instanceof Error ? e.message : String(e) }) };
      }
    },
  };
}

const written: WriteResult = { summary: message("handout.pane.written", { count: 2 }), cellsWritten: 2, notices: [], undoable: true };

describe("step Tự chấm (self-scoring merge)", () => {
  it("starts empty: the title, what it does and the file chooser; nothing read, no write button", () => {
    const actions = fakeActions({});
    renderWithFluent(<SelfScoringStep actions={actions} locale="vi" ops={ops()} />);
    expect(screen.getByRole("heading", { level: 2 })).toBeInTheDocument();
    expect(screen.getByLabelText("Chọn tệp tự chấm")).toBeEnabled();
    expect(screen.queryByRole("button", { name: /^Ghi / })).not.toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(actions.readMergeCluster).not.toHaveBeenCalled();
  });

  it("while an operation runs (reading files shows the shell's progress), files cannot be chosen again", () => {
    renderWithFluent(<SelfScoringStep actions={fakeActions({})} locale="vi" ops={{ ...ops(), busy: true }} />);
    expect(screen.getByLabelText("Chọn tệp tự chấm")).toBeDisabled();
  });

  it("a failed write says why and keeps the preview, so the user can try again", async () => {
    const user = userEvent.setup();
    const actions = fakeActions({
      readMergeCluster: async () => cluster,
      applySelfScores: async () => Promise.reject(new Error("trang Chấm điểm đang bị khoá")),
    });
    const parsed = handout("hoa-binh.xlsx", "Hoà Bình", { "I.1": 9.5 });
    renderWithFluent(<SelfScoringStep actions={actions} locale="vi" ops={ops()} readFile={async () => parsed} />);
    await act(async () => user.upload(screen.getByLabelText("Chọn tệp tự chấm"), [new File(["x"], "hoa-binh.xlsx")]));
    await user.click(screen.getByRole("button", { name: "Ghi 1 ô vào cột Tự chấm" }));
    expect(screen.getByRole("alert")).toHaveTextContent("trang Chấm điểm đang bị khoá");
    expect(screen.getByRole("button", { name: "Ghi 1 ô vào cột Tự chấm" })).toBeEnabled();
  });

  it("previews the chosen files, needs a tick while a file is skipped, then writes only the planned Tự chấm cells", async () => {
    const user = userEvent.setup();
    const actions = fakeActions({ readMergeCluster: async () => cluster, applySelfScores: async () => written });
    const runner = ops();
    const parsed: Record<string, HandoutInput> = { "hoa-binh.xlsx": handout("hoa-binh.xlsx", "Hoà Bình", { "I.1": 9.5, "I.2": 10 }) };
    // Unknown names go through the real reader (the .xls bytes are recognised before any unzipping).
    const readFile = (f: File) => (parsed[f.name] ? Promise.resolve(parsed[f.name]!) : readHandoutFile(f));
    renderWithFluent(<SelfScoringStep actions={actions} locale="vi" ops={runner} readFile={readFile} now={() => "2025-03-01T00:00:00Z"} />);

    const xls = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4])], "cu.xls");
    await act(async () => user.upload(screen.getByLabelText("Chọn tệp tự chấm"), [new File(["x"], "hoa-binh.xlsx"), xls]));

    expect(screen.getByText(/Hòa Bình: 2 ô thay đổi/)).toBeInTheDocument();
    expect(screen.getAllByText(/Excel 97-2003 \(\.xls\)/).length).toBeGreaterThan(0);
    const rows = screen.getAllByRole("row").map((r) => r.textContent);
    expect(rows).toEqual(["Đơn vịTiêu chíÔCũMới", "Hòa BìnhI.1D379,5", "Hòa BìnhI.2D4(trống)10"]);
    const writeButton = screen.getByRole("button", { name: "Ghi 2 ô vào cột Tự chấm" });
    expect(writeButton).toBeDisabled();
    await user.click(screen.getByRole("checkbox", { name: /Bỏ qua 1 tệp lỗi/ }));
    expect(writeButton).toBeEnabled();
    await user.click(writeButton);

    expect(actions.applySelfScores).toHaveBeenCalledTimes(1);
    const [changes, log] = actions.applySelfScores.mock.calls[0]!;
    expect(changes.map((c) => [c.where.cell, c.value])).toEqual([["D3", 9.5], ["D4", 10]]);
    expect(log).toEqual([expect.objectContaining({ fileId: "hoa-binh.xlsx", unit: "Hòa Bình", at: "2025-03-01T00:00:00Z", cells: 2 })]);
    expect(runner.wrote).toHaveBeenCalled();
    expect(screen.getByText("Đã ghi 2 ô Tự chấm. Có thể hoàn tác.")).toBeInTheDocument();
  });

  it("shows the error when the workbook cannot be read, and writes nothing", async () => {
    const user = userEvent.setup();
    const actions = fakeActions({ readMergeCluster: async () => Promise.reject(new Error("no ThiDua sheets")) });
    renderWithFluent(<SelfScoringStep actions={actions} locale="en" ops={ops()} />);
    await act(async () => user.upload(screen.getByLabelText("Choose self-scoring files"), [new File(["x"], "a.xlsx")]));
    expect(screen.getByText(/no ThiDua sheets/)).toBeInTheDocument();
    expect(actions.applySelfScores).not.toHaveBeenCalled();
  });
});
