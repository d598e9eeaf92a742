/** Regression (issue 12): the tone-mark style chosen in Xuất was not kept in the workbook; reopening the pane went back to "hòa". */
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { demoWorkbook } from "../../../cli/commands/demo";
import type { ExcelActions, MeetingCells, ValidationReport, WorkbookState } from "../../../excel/actions/types";
import { message } from "../../../messages/message";
import { renderWithFluent } from "../../../../test/taskpane/render-with-fluent";
import { fakeActions } from "../../../../test/taskpane/support/fakeActions";
import { useOperationRunner } from "../../shell/useOperationRunner";
import { ExportStep } from "./ExportStep";

jest.setTimeout(30_000);

const demo = demoWorkbook();
const WORKBOOK = { thidua: { cluster: "Cụm", period: "2025" } } as unknown as WorkbookState;
const SOURCE = { scope: "check", fingerprint: "fp-1", sheets: [], cluster: "Cụm", period: "2025" } as const;
const REPORT = { source: SOURCE, findings: demo.result.findings, overwritten: [], fixes: [], result: demo.result } as unknown as ValidationReport;
const WROTE = { summary: message("hygiene.tone.saved", { style: message("hygiene.tone.old") }), cellsWritten: 0, notices: [], undoable: false };
const OLD = "Kiểu cũ: hoà, thuỷ, khoẻ";
const NEW = "Kiểu mới: hòa, thủy, khỏe";

function Harness({ actions }: { actions: ExcelActions }) {
  const { runner } = useOperationRunner();
  return <ExportStep actions={actions} locale="vi" ops={runner} />;
}

async function openAndRead(saved: MeetingCells) {
  const actions = fakeActions({ readWorkbook: async () => WORKBOOK, validate: async () => REPORT, readMeeting: jest.fn(async () => saved), writeMeeting: jest.fn(async () => WROTE) });
  const user = userEvent.setup();
  renderWithFluent(<Harness actions={actions} />);
  await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
  await screen.findByRole("radio", { name: OLD });
  return { actions, user };
}

describe("Xuất: the tone-mark style is kept in the workbook", () => {
  it("a style changed alone is unsaved until Lưu vào sổ writes it with the meeting details", async () => {
    const { actions, user } = await openAndRead({});
    const save = screen.getByRole("button", { name: "Lưu vào sổ" });
    expect(save).toBeDisabled();
    await user.click(screen.getByRole("radio", { name: OLD }));
    expect(save).toBeEnabled();
    await user.click(save);
    expect(actions.writeMeeting).toHaveBeenCalledWith(expect.objectContaining({ toneStyle: "old", chair: "" }));
    await waitFor(() => expect(save).toBeDisabled());
  });

  it("the saved style is chosen again when the workbook is read", async () => {
    await openAndRead({ chair: "Bà Lê Thị B", toneStyle: "old" });
    await waitFor(() => expect(screen.getByRole("radio", { name: OLD })).toBeChecked());
    expect(screen.getByRole("radio", { name: NEW })).not.toBeChecked();
    expect(screen.getByRole("button", { name: "Lưu vào sổ" })).toBeDisabled();
  });
});
