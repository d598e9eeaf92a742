/**
 * axe-core in jsdom on the pane's states (structure rules only: jsdom has no layout, so colour
 * contrast and focus order are left to the Chromium run).
 */
import { act, screen } from "@testing-library/react";
import axe from "axe-core";
import type { InsertPreview } from "../../src/excel/actions/types";
import { message } from "../../src/messages/message";
import { renderWithFluent } from "./render-with-fluent";
import { deferred, readyState, renderPane } from "./support/renderPane";

async function violations(): Promise<string[]> {
  const result = await axe.run(document.body, { rules: { "color-contrast": { enabled: false }, region: { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const clashPreview: InsertPreview = {
  newSheets: ["Xếp hạng"],
  clashes: ["Đơn vị"],
  keepBothNames: { "Đơn vị": "Đơn vị (2)" },
  entries: { kept: 1, moved: 1, orphaned: [{ unit: "Sơn La", criterion: "I.1" }] },
};

describe("axe (jsdom) on the pane", () => {
  it("does report problems in jsdom (an input without a label)", async () => {
    renderWithFluent(<input type="text" />);
    expect(await violations()).toEqual([expect.stringMatching(/^label: /)]);
  });

  it("template step with the standard templates, duplicates and a file error", async () => {
    const { user } = renderPane();
    await screen.findByRole("radiogroup", { name: "Mẫu chuẩn" });
    await user.click(screen.getByRole("textbox", { name: "Các đơn vị trong cụm" }));
    await user.paste("Hòa Bình\nHoà Bình\nTỉnh Hà Giang\nHà Giang");
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole("radio", { name: "Tệp mẫu ThiDua đã lưu" }));
    await user.upload(screen.getByLabelText("Chọn tệp mẫu ThiDua"), new File(["{"], "x.json"));
    await screen.findByText(/Tệp x\.json không dùng được/);
    expect(await violations()).toEqual([]);
  });

  it("insert step with clashes, then the result and the undo confirmation", async () => {
    const preview = deferred<InsertPreview>();
    const lastUndo = jest.fn().mockResolvedValueOnce(null).mockResolvedValue({ label: message("ui.step.insert.label"), at: "2025-01-01T00:00:00Z", cells: 3 });
    const { user } = renderPane({
      initialState: readyState(),
      requiredApiSupported: false,
      actions: {
        previewInsert: () => preview.promise,
        insert: async () => ({ summary: message("ui.insert.done"), cellsWritten: 3, notices: [{ feature: "print", requirement: "ExcelApi 1.9" }], undoable: true }),
        lastUndo,
      },
    });
    await user.click(screen.getByRole("tab", { name: "Chèn mẫu" }));
    expect(await violations()).toEqual([]);
    await act(async () => preview.resolve(clashPreview));
    await user.click(screen.getByRole("radio", { name: /Giữ cả hai/ }));
    expect(await violations()).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Chèn" }));
    await user.click(await screen.findByRole("button", { name: "Hoàn tác: Chèn mẫu" }));
    expect(await violations()).toEqual([]);
  });
});
