import { act, screen, waitFor, within } from "@testing-library/react";
import { loadStandardTemplate, standardTemplates } from "../../src/templates";
import { deferred, renderPane } from "./support/renderPane";

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

const templateFile = (text: string, name = "mau.json") => new File([text], name, { type: "application/json" });

describe("step Mẫu chấm điểm", () => {
  it("starts empty: no template, no units; loads every standard template with its name, source and total", async () => {
    renderPane();
    expect(screen.getByText("Chưa chọn mẫu.")).toBeInTheDocument();
    expect(screen.getByText("0 đơn vị")).toBeInTheDocument();
    const group = await screen.findByRole("radiogroup", { name: "Mẫu chuẩn" });
    const options = within(group).getAllByRole("radio");
    expect(options).toHaveLength(standardTemplates.length);
    for (const info of standardTemplates) {
      const radio = within(group).getByRole("radio", { name: info.title });
      expect(radio).toHaveAccessibleDescription(expect.stringContaining(`Tổng ${info.total} điểm`));
      if (info.organisation) expect(radio).toHaveAccessibleDescription(expect.stringContaining(info.organisation));
      if (info.sourceUrl) expect(screen.getByRole("link", { name: info.sourceUrl })).toHaveAttribute("href", info.sourceUrl);
    }
  });

  it("chooses a standard template and shows it as the template in use", async () => {
    const { user } = renderPane();
    const blank = standardTemplates.find((s) => s.id === "blank-100")!;
    await user.click(await screen.findByRole("radio", { name: blank.title }));
    expect(screen.getByText(`Mẫu đang dùng: ${blank.title}`)).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: blank.title })).toBeChecked();
  });

  it("lists a template file's errors with their place in words, then their JSON path", async () => {
    const { user } = renderPane({ locale: "en" });
    await user.click(screen.getByRole("radio", { name: "A saved ThiDua template file" }));
    const input = screen.getByLabelText("Choose a ThiDua template file");
    await user.upload(input, templateFile(JSON.stringify({ id: "x", title: "Bad", total: "many", criteria: [] }), "bad.json"));
    expect(await screen.findByText(/File bad\.json cannot be used: \d+ errors/)).toBeInTheDocument();
    expect(screen.getByText(/^At the template's general part, field Total points \(total\): /)).toBeInTheDocument();
    expect(screen.getByText("No template chosen yet.")).toBeInTheDocument();
  });

  it("reports a file that is not JSON at path $", async () => {
    const { user } = renderPane();
    await user.click(screen.getByRole("radio", { name: "Tệp mẫu ThiDua đã lưu" }));
    await user.upload(screen.getByLabelText("Chọn tệp mẫu ThiDua"), templateFile("{ not json", "hong.json"));
    expect(await screen.findByText(/Tệp hong\.json không dùng được: 1 lỗi/)).toBeInTheDocument();
    expect(screen.getByText(/^Tại \$: /)).toBeInTheDocument();
  });

  it("loads a valid template file, and shows checkTemplate's warnings with the criterion's name and path", async () => {
    const data = JSON.parse(JSON.stringify(standardTemplates.find((s) => s.id === "blank-100")!.data)) as { title: string; criteria: { max?: number }[] };
    data.title = "Mẫu của cụm";
    data.criteria[0].max = (data.criteria[0].max ?? 0) + 7; // children no longer add up to the group's max
    const { user } = renderPane();
    await user.click(screen.getByRole("radio", { name: "Tệp mẫu ThiDua đã lưu" }));
    await user.upload(screen.getByLabelText("Chọn tệp mẫu ThiDua"), templateFile(JSON.stringify(data)));
    expect(await screen.findByText("Mẫu đang dùng: Mẫu của cụm")).toBeInTheDocument();
    expect(screen.getByText(/Mẫu có \d+ điểm cần xem lại/)).toBeInTheDocument();
    expect(screen.getByText(/^Tại tiêu chí I “[^”]+”, mục Điểm tối đa \(criteria\[0\]\.max\): /)).toBeInTheDocument();
  });

  it("reads the template, cluster, period and units from the workbook (loading, then filled in)", async () => {
    const template = loadStandardTemplate("ccb-cum-3-thang-90");
    const read = deferred<Awaited<ReturnType<import("../../src/excel/actions/types").ExcelActions["readWorkbook"]>>>();
    const { user } = renderPane({ actions: { readWorkbook: () => read.promise } });
    await user.click(screen.getByRole("radio", { name: "Tiêu chí đã có trong sổ làm việc này" }));
    await user.click(screen.getByRole("button", { name: "Đọc tiêu chí từ sổ làm việc" }));
    expect(screen.getByText("Đang đọc sổ làm việc")).toBeInTheDocument();
    await act(async () =>
      read.resolve({
        sheets: ["Đơn vị", "Chấm điểm"],
        thidua: { template, cluster: "Cụm 3", period: "2025", units: ["Hòa Bình", "Hòa Hưng", "Bàu Lâm"] },
      }),
    );
    expect(screen.getByText("Đã lấy mẫu, tên cụm, kỳ và 3 đơn vị từ sổ làm việc.")).toBeInTheDocument();
    expect(screen.getByText(`Mẫu đang dùng: ${template.title}`)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Tên cụm/khối thi đua" })).toHaveValue("Cụm 3");
    expect(screen.getByRole("textbox", { name: "Kỳ chấm điểm" })).toHaveValue("2025");
    expect(screen.getByRole("textbox", { name: "Các đơn vị trong cụm" })).toHaveValue("Hòa Bình\nHòa Hưng\nBàu Lâm");
  });

  it("says so when the workbook has no ThiDua template", async () => {
    const { user } = renderPane({ actions: { readWorkbook: async () => ({ sheets: ["Sheet1"], thidua: null }) } });
    await user.click(screen.getByRole("radio", { name: "Tiêu chí đã có trong sổ làm việc này" }));
    await user.click(screen.getByRole("button", { name: "Đọc tiêu chí từ sổ làm việc" }));
    expect(await screen.findByText(/Sổ làm việc này chưa có mẫu ThiDua/)).toBeInTheDocument();
  });

  it("shows a failed workbook read as an error, not as an empty workbook", async () => {
    const { user } = renderPane({ actions: { readWorkbook: () => Promise.reject(new Error("boom")) } });
    await user.click(screen.getByRole("radio", { name: "Tiêu chí đã có trong sổ làm việc này" }));
    await user.click(screen.getByRole("button", { name: "Đọc tiêu chí từ sổ làm việc" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("boom");
    expect(screen.queryByText(/chưa có mẫu ThiDua/)).not.toBeInTheDocument();
  });

  it("counts pasted units (lines, tabs, semicolons) and points out duplicates and near-duplicates", async () => {
    const { user } = renderPane();
    const units = screen.getByRole("textbox", { name: "Các đơn vị trong cụm" });
    await user.click(units);
    await user.paste("Hòa Bình\tSơn La; Hoà  Bình\nTỉnh Hà Giang\nHà Giang");
    expect(screen.getByText("4 đơn vị")).toBeInTheDocument();
    expect(screen.getByText("Đơn vị thứ 3 “Hoà Bình” trùng với đơn vị thứ 1 “Hòa Bình”.")).toBeInTheDocument();
    expect(screen.getByText("Đơn vị thứ 5 “Hà Giang” gần giống đơn vị thứ 4 “Tỉnh Hà Giang”: một tên có thêm từ đứng trước.")).toBeInTheDocument();
    expect(units).toHaveAttribute("aria-invalid", "true");
  });

  it("takes the cluster name and period, and goes on to the next step", async () => {
    const { user } = renderPane();
    await user.type(screen.getByRole("textbox", { name: "Tên cụm/khối thi đua" }), "Cụm 5");
    await user.type(screen.getByRole("textbox", { name: "Kỳ chấm điểm" }), "2025");
    await user.click(screen.getByRole("button", { name: "Tiếp: Chèn mẫu" }));
    expect(screen.getByRole("heading", { level: 2, name: "Chèn mẫu vào sổ làm việc" })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Mẫu chấm điểm" }));
    await waitFor(() => expect(screen.getByRole("textbox", { name: "Tên cụm/khối thi đua" })).toHaveValue("Cụm 5"));
  });
});
