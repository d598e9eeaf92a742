import { fireEvent, screen, within } from "@testing-library/react";
import type { InsertPreview } from "../../src/excel/actions/types";
import { readyState, renderPane } from "./support/renderPane";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const preview: InsertPreview = { newSheets: ["Đơn vị", "Chấm điểm"], clashes: [], keepBothNames: {}, entries: { kept: 0, moved: 0, orphaned: [] } };

function unitsBox() {
  return screen.getByRole("textbox", { name: "Các đơn vị trong cụm" });
}

describe("the unit list in step Mẫu chấm điểm (issue 12)", () => {
  it("regression: a list pasted with its STT column and header counts the units, not the numbers", () => {
    renderPane({ initialState: readyState({ unitsText: "" }) });
    fireEvent.change(unitsBox(), { target: { value: "STT\tTên đơn vị\n1\tHà Giang\n2\tYên Bái\n\n3\tLào Cai\n" } });
    expect(screen.getByText("3 đơn vị")).toBeInTheDocument();
  });

  it("shows a TCVN3 name with its conversion before anything changes, and converts the list on request", async () => {
    const { user } = renderPane({ initialState: readyState({ unitsText: "" }) });
    const typed = "1\tHà Giang\n2\tHßa B×nh\n3\tLào Cai";
    fireEvent.change(unitsBox(), { target: { value: typed } });
    const notice = screen.getByText("1 tên được gõ bằng phông chữ cũ hoặc bị sai bảng mã").closest(".fui-MessageBar") as HTMLElement;
    expect(within(notice).getByText("Dòng 2: “Hßa B×nh” → “Hòa Bình” (phông chữ cũ TCVN3 (ABC, .VnTime))")).toBeInTheDocument();
    expect(unitsBox()).toHaveValue(typed);
    await user.click(within(notice).getByRole("button", { name: "Chuyển sang Unicode" }));
    expect(unitsBox()).toHaveValue("1\tHà Giang\n2\tHòa Bình\n3\tLào Cai");
    expect(screen.queryByText(/phông chữ cũ hoặc bị sai bảng mã/)).not.toBeInTheDocument();
    expect(screen.getByText("3 đơn vị Đã chuyển 1 tên sang Unicode.")).toBeInTheDocument();
  });

  it("in English, points out VNI and wrongly decoded names", () => {
    renderPane({ locale: "en", initialState: readyState({ unitsText: "Hoäi Noâng daân\nHá»™i Phụ nữ" }) });
    expect(screen.getByText("Line 1: “Hoäi Noâng daân” → “Hội Nông dân” (an old VNI font (VNI-Times))")).toBeInTheDocument();
    expect(screen.getByText("Line 2: “Há»™i Phụ nữ” → “Hội Phụ nữ” (Unicode text read with the wrong code page (Windows-1252/1258))")).toBeInTheDocument();
  });

  it("points out invisible characters and look-alike names", () => {
    renderPane({ initialState: readyState({ unitsText: "Sơn\u200BLa\nSơn La\nНà Nội" }) });
    expect(screen.getByText(/Có ký tự ẩn/)).toBeInTheDocument();
    expect(screen.getByText("Dòng 1: “SơnLa”")).toBeInTheDocument();
    expect(screen.getByText("Đơn vị thứ 2 “Sơn La” gần giống đơn vị thứ 1 “SơnLa”: trông giống hệt (khác khoảng trắng, ký tự ẩn hoặc chữ cái khác bảng chữ).")).toBeInTheDocument();
    expect(screen.getByText(/lẫn chữ cái Kirin/)).toBeInTheDocument();
  });
});

describe("the insert preview lists the units (issue 12: it showed only the count)", () => {
  it("names every unit, in order", async () => {
    const { user } = renderPane({ initialState: readyState({ unitsText: "1. Hà Giang\n2. Tuyên Quang\n3. Cao Bằng" }), actions: { previewInsert: async () => preview } });
    await user.click(screen.getByRole("tab", { name: "Chèn mẫu" }));
    const list = await screen.findByRole("list", { name: "Đơn vị sẽ có cột chấm điểm (3)" });
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Hà Giang", "Tuyên Quang", "Cao Bằng"]);
  });

  it("shows the first ten of a long list, and all on request", async () => {
    const names = Array.from({ length: 25 }, (_, i) => `Xã số ${i + 1}`);
    const { user } = renderPane({ initialState: readyState({ unitsText: names.join("\n") }), actions: { previewInsert: async () => preview } });
    await user.click(screen.getByRole("tab", { name: "Chèn mẫu" }));
    const list = await screen.findByRole("list", { name: "Đơn vị sẽ có cột chấm điểm (25)" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(10);
    await user.click(screen.getByRole("button", { name: "Hiện cả 25 đơn vị" }));
    expect(within(list).getAllByRole("listitem").map((li) => li.textContent)).toEqual(names);
    await user.click(screen.getByRole("button", { name: "Thu gọn danh sách" }));
    expect(within(list).getAllByRole("listitem")).toHaveLength(10);
  });
});
