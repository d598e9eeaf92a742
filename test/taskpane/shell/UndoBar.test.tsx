/** The undo confirmation says which sheets undo deletes, and says nothing about sheets when the operation created none. */
import { screen, within } from "@testing-library/react";
import type { UndoInfo } from "../../../src/excel/actions/types";
import { message } from "../../../src/messages/message";
import type { Locale } from "../../../src/taskpane/i18n/strings";
import { renderPane } from "../support/renderPane";

const AT = "2025-03-01T08:30:00Z";

async function openConfirm(info: UndoInfo, locale: Locale = "vi") {
  const { user } = renderPane({ locale, actions: { lastUndo: async () => info } });
  const offerName = locale === "vi" ? /^Hoàn tác: / : /^Undo: /;
  await user.click(await screen.findByRole("button", { name: offerName }));
  return screen.getByRole("region", { name: locale === "vi" ? /^Hoàn tác “/ : /^Undo “/ });
}

describe("UndoBar confirmation", () => {
  it("after Sửa 1 ô (no sheet created) says only which cells go back, with no sentence about sheets", async () => {
    const region = await openConfirm({ label: message("actions.undo.label.fixes", { count: 1 }), at: AT, cells: 1 });
    expect(region).toHaveTextContent(/1 ô sẽ trở lại như trước thao tác lúc/);
    expect(region).not.toHaveTextContent(/trang tính/);
  });

  it("after Chèn mẫu lists the sheets that undo will delete (vi)", async () => {
    const region = await openConfirm({ label: message("actions.undo.label.insert"), at: AT, cells: 120, createdSheets: ["Tiêu chí", "Đơn vị", "Nhập điểm"] });
    expect(region).toHaveTextContent(/120 ô sẽ trở lại như trước thao tác lúc .*\. Các trang tính do thao tác đó tạo sẽ bị xóa: Tiêu chí, Đơn vị, Nhập điểm\./);
  });

  it("in English: the sheet names, or no sheet sentence", async () => {
    const withSheets = await openConfirm({ label: message("actions.undo.label.insert"), at: AT, cells: 120, createdSheets: ["Xếp hạng"] }, "en");
    expect(withSheets).toHaveTextContent(/120 cells go back to how they were before the operation at .*\. The sheets it created will be deleted: Xếp hạng\./);
  });

  it("in English without created sheets names no sheet", async () => {
    const region = await openConfirm({ label: message("actions.undo.label.fixes", { count: 2 }), at: AT, cells: 2 }, "en");
    expect(region).toHaveTextContent(/2 cells go back to how they were before the operation at/);
    expect(region).not.toHaveTextContent(/sheet/i);
  });

  it("shows what undo cannot bring back (formats of replaced sheets)", async () => {
    const region = await openConfirm({
      label: message("actions.undo.label.insert"),
      at: AT,
      cells: 50,
      note: message("actions.undo.formatsLost", { sheets: "Điểm" }),
    });
    expect(within(region).getByText(/không trả lại định dạng/)).toHaveTextContent(/Điểm/);
  });
});
