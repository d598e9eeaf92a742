/**
 * The roll-up step (issue 17) with its real domain: four clusters of two templates read from chosen files (the
 * reader replaced by one that returns each file's results), a quota typed across clusters and exceeded, a unit in
 * two clusters, a file that cannot be read, and the three downloads in the chosen tone-mark style.
 */
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ClusterResults, UnitResults } from "../../../domain/rollup/types";
import type { ClusterResultsRead } from "../../../export/readClusterResults";
import { message, type Message } from "../../../messages/message";
import { renderWithFluent } from "../../../../test/taskpane/render-with-fluent";
import { fakeActions } from "../../../../test/taskpane/support/fakeActions";
import type { OperationRunner } from "../stepProps";
import { RollupStep } from "./RollupStep";

const unit = (name: string, rank: number, total: number, award: string | null): UnitResults => ({
  name, total, percent: null, rank, band: "Xuất sắc", awardLabel: award ?? "", award, awardStatus: award ? "proposed" : "none",
});
const cluster = (name: string, hash: string, units: UnitResults[]): ClusterResults => ({
  file: `${name}.xlsx`, source: "workbook", clusterName: name, period: "2026", template: { id: hash, title: hash, hash }, units,
});
const FILES: Record<string, ClusterResultsRead> = {
  "cum-1.xlsx": { ok: true, scoreErrors: 0, value: cluster("Cụm 1", "a", [unit("CA tỉnh Hà Giang", 1, 98, "Cờ thi đua"), unit("CA tỉnh Tuyên Quang", 2, 95, null)]) },
  "cum-2.xlsx": { ok: true, scoreErrors: 0, value: cluster("Cụm 2", "a", [unit("CA tỉnh Yên Bái", 1, 97, "Cờ thi đua"), unit("CA tỉnh Hà Giang", 2, 90, null)]) },
  "cum-3.xlsx": { ok: true, scoreErrors: 0, value: cluster("Cụm 3", "b", [unit("CA tỉnh Sơn La", 1, 880, "Cờ thi đua")]) },
  "cum-4.xlsx": { ok: true, scoreErrors: 0, value: cluster("Cụm 4", "b", [unit("CA tỉnh Lai Châu", 1, 870, "Cờ thi đua"), unit("CA tỉnh Hoà Bình", 2, 860, null)]) },
  "hong.xlsx": { ok: false, errors: [message("files.read.failed")] },
};

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

async function chosen(quotas: string) {
  const save = jest.fn();
  const user = userEvent.setup();
  renderWithFluent(<RollupStep actions={fakeActions()} locale="vi" ops={ops()} readFile={async (f) => FILES[f.name]!} save={save} />);
  await user.type(screen.getByRole("textbox"), quotas);
  const files = Object.keys(FILES).map((n) => new File(["x"], n));
  await act(async () => user.upload(screen.getByLabelText("Chọn tệp kết quả các cụm"), files));
  return { save, user };
}

describe("RollupStep", () => {
  it("shows every unit with its cluster, the quota exceeded with the units beyond it, the unit in two clusters and the unreadable file", async () => {
    await chosen("Cờ thi đua=3");
    expect(screen.getByText("4 cụm, 7 đơn vị.")).toBeTruthy();
    expect(screen.getByText(/Cờ thi đua=3: 4 đơn vị được đề nghị, vượt chỉ tiêu 3 là 1\. Đơn vị ngoài chỉ tiêu \(xếp sau cùng\): /)).toBeTruthy();
    expect(screen.getByText("CA tỉnh Hà Giang: Cụm 1, Cụm 2")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toContain("hong.xlsx:");
    expect(screen.getAllByRole("row")).toHaveLength(8);
  });

  it("says which quota line it cannot read, and how quotas are written", async () => {
    await chosen("Cờ thi đua");
    expect(screen.getByText(/Dòng 1:/)).toBeTruthy();
  });

  it("downloads the table and the report with the roll-up's data", async () => {
    const { save, user } = await chosen("Cờ thi đua=3");
    await user.click(screen.getByRole("button", { name: "Tải bảng tổng hợp (CSV)" }));
    expect(save).toHaveBeenCalledWith(expect.stringContaining("CA tỉnh Lai Châu"), "tong-hop-khoi-2026.csv", "text/csv;charset=utf-8");
    expect(save.mock.calls[0]![0]).toContain("CA tỉnh Hòa Bình"); // the new style by default
  });

  it("writes the files in the tone-mark style chosen (old: “Hoà”, “Thuỷ”)", async () => {
    const { save, user } = await chosen("Cờ thi đua=3");
    await user.click(screen.getByRole("radio", { name: /hoà/ }));
    await user.click(screen.getByRole("button", { name: "Tải bảng tổng hợp (CSV)" }));
    expect(save.mock.calls[0]![0]).toContain("CA tỉnh Hoà Bình");
    expect(save.mock.calls[0]![0]).not.toContain("Hòa");
  });
});
