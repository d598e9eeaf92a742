/** The "Xuất" step with fake actions: empty, loading, not a ThiDua workbook, ready (with/without errors), downloads, a bad meeting field, a host that blocks downloads. */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import JSZip from "jszip";
import { DEMO, demoWorkbook } from "../../../cli/commands/demo";
import { evaluateCluster } from "../../../domain/cluster";
import type { ExcelActions, ValidationReport, WorkbookState } from "../../../excel/actions/types";
import { renderWithFluent } from "../../../../test/taskpane/render-with-fluent";
import { deferred } from "../../../../test/taskpane/support/renderPane";
import { fakeActions } from "../../../../test/taskpane/support/fakeActions";
import { useOperationRunner } from "../../shell/useOperationRunner";
import { message } from "../../../messages/message";
import type { Locale } from "../../i18n/strings";
import { ExportStep } from "./ExportStep";
import { exportFileName } from "./download";

jest.setTimeout(30_000);
// jsdom has no TextEncoder/TextDecoder; the docx generator (loaded on demand) needs them, as browsers have them.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
Object.assign(globalThis, { TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder, TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder });

const blobBytes = (b: Blob) =>
  new Promise<ArrayBuffer>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as ArrayBuffer);
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(b);
  });

const demo = demoWorkbook();
const WORKBOOK: WorkbookState = {
  sheets: ["Tiêu chí", "Đơn vị", "Chấm điểm", "Điểm", "Xếp hạng", "Tổng hợp"],
  thidua: { template: demo.template, cluster: "Cụm thi đua Hội CCB 5 tỉnh", period: "2025", units: demo.result.units.map((u) => u.name) },
};
const SOURCE = { scope: "check", fingerprint: "fp-1", sheets: ["_ThiDua", "Đơn vị", "Chấm điểm", "Điểm"], cluster: "Cụm thi đua Hội CCB 5 tỉnh", period: "2025" } as const;
const REPORT = { source: SOURCE, findings: demo.result.findings, overwritten: [], fixes: [], result: demo.result } as unknown as ValidationReport;
const WROTE = { summary: message("fresh.meeting.saved", { count: 1, sheet: "Tổng hợp" }), cellsWritten: 1, notices: [], undoable: true };

function Harness({ actions, locale }: { actions: ExcelActions; locale: Locale }) {
  const { runner } = useOperationRunner();
  return <ExportStep actions={actions} locale={locale} ops={runner} />;
}

function setup(overrides: Partial<ExcelActions> = {}, locale: Locale = "vi") {
  const actions = fakeActions({ readWorkbook: async () => WORKBOOK, validate: async () => REPORT, readMeeting: async () => ({}), writeMeeting: async () => WROTE, ...overrides });
  const user = userEvent.setup();
  renderWithFluent(<Harness actions={actions} locale={locale} />);
  return { actions, user };
}

let blobs: Blob[];
let clicked: { href: string; download: string }[];
beforeEach(() => {
  blobs = [];
  clicked = [];
  let n = 0;
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (b: Blob) => {
    blobs.push(b);
    return `blob:test/${++n}`;
  };
  (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = () => {};
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
  jest.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

describe("ExportStep", () => {
  it("starts empty, shows loading while reading, then the cluster and the meeting form", async () => {
    const wb = deferred<WorkbookState>();
    const { user, actions } = setup({ readWorkbook: () => wb.promise });
    expect(screen.getByRole("status")).toHaveTextContent("Chưa đọc sổ.");
    expect(screen.queryByRole("button", { name: "Biên bản (Word)" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
    expect(screen.getByRole("status")).toHaveTextContent("Đang đọc sổ chấm điểm…");
    expect(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" })).toBeDisabled();
    await act(async () => wb.resolve(WORKBOOK));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Đã đọc 5 đơn vị của Cụm thi đua Hội CCB 5 tỉnh (kỳ 2025)."));
    expect(actions.validate).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("textbox", { name: "Chủ trì" })).toBeInTheDocument();
    expect(screen.queryByText("Điểm còn lỗi")).toBeNull();
  });

  it("a workbook without the ThiDua template: says so and how to fix it", async () => {
    const { user, actions } = setup({ readWorkbook: async () => ({ sheets: ["Sheet1"], thidua: null }) });
    await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Không đọc được sổ");
    expect(alert).toHaveTextContent("Hãy chèn mẫu ở bước Chèn mẫu trước.");
    expect(actions.validate).not.toHaveBeenCalled();
  });

  it("warns that results are provisional when the scores have errors", async () => {
    const withError = { ...demo.result, findings: [{ severity: "error", code: "x", message: { id: "band.unclassified", params: {} } }] };
    const { user } = setup({ validate: async () => ({ ...REPORT, result: withError }) as unknown as ValidationReport });
    await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
    expect(await screen.findByText("Điểm còn lỗi")).toBeInTheDocument();
  });

  it("downloads the biên bản with the meeting typed in the form (a .docx Blob, an ASCII file name)", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
    await user.type(await screen.findByRole("textbox", { name: "Chủ trì" }), "Nguyễn Văn Hoà");
    await user.type(screen.getByRole("textbox", { name: "Ngày họp (ngày/tháng/năm)" }), "20/12/2025");
    await user.type(screen.getByRole("textbox", { name: "Tán thành" }), "9");
    await user.click(screen.getByRole("button", { name: "Biên bản (Word)" }));
    await waitFor(() => expect({ clicked: clicked.length, errors: (console.error as jest.Mock).mock.calls.map(String) }).toEqual({ clicked: 1, errors: [] }), { timeout: 5000 });
    const file = exportFileName("bien-ban", "Cụm thi đua Hội CCB 5 tỉnh", "2025", "docx");
    expect(file).toBe("bien-ban-cum-thi-dua-hoi-ccb-5-tinh-2025.docx");
    expect(clicked[0]).toEqual({ href: "blob:test/1", download: file });
    expect(blobs[0]!.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const zip = await JSZip.loadAsync(await blobBytes(blobs[0]!));
    const doc = await zip.file("word/document.xml")!.async("string");
    expect(doc).toContain("ngày 20 tháng 12 năm 2025");
    expect(doc).toContain("Nguyễn Văn Hòa"); // the documents use one tone-mark style, the newer by default
    expect(await screen.findByText(/Đã tạo bien-ban-cum-thi-dua-hoi-ccb-5-tinh-2025\.docx\./)).toBeInTheDocument();
  });

  it("a wrong meeting field is shown under the field; nothing is downloaded", async () => {
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
    await user.type(await screen.findByRole("textbox", { name: "Ngày họp (ngày/tháng/năm)" }), "31/02/2025");
    await user.type(screen.getByRole("textbox", { name: "Số có mặt" }), "mười");
    await user.click(screen.getByRole("button", { name: "Bảng tổng hợp (CSV, cho phần mềm khác)" }));
    expect(await screen.findByText("Thông tin cuộc họp chưa đúng")).toBeInTheDocument();
    expect(screen.getAllByText(/"31\/02\/2025" không phải một ngày/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/trường votes\.present: cần một số nguyên/).length).toBeGreaterThan(0);
    expect(clicked).toEqual([]);
  });

  it("a host that blocks downloads: the reason, then the CSV text to copy", async () => {
    (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => {
      throw new Error("blob: URLs are blocked");
    };
    const { user } = setup();
    await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
    await user.click(await screen.findByRole("button", { name: "Bảng tổng hợp (CSV, cho phần mềm khác)" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Không tải được tong-hop-cum-thi-dua-hoi-ccb-5-tinh-2025.csv");
    expect(alert).toHaveTextContent("blob: URLs are blocked");
    const csv = (await screen.findByRole("textbox", { name: /Nội dung CSV/ })) as HTMLTextAreaElement;
    expect(csv.value.split(/\r?\n/).slice(0, 2)).toEqual(["STT;Đơn vị;Tự chấm;Cụm chấm;Cộng;Trừ;Tổng;Xếp hạng;Xếp loại;Đủ điều kiện;Đề nghị khen thưởng", "1;Hà Giang;97;95,5;1;0;96,5;1;Xuất sắc;Có;Cờ thi đua"]);
  });

  it("shows and hides the CSV text; English texts with --lang en", async () => {
    const { user } = setup({}, "en");
    await user.click(screen.getByRole("button", { name: "Read the workbook and compute" }));
    const show = await screen.findByRole("button", { name: "Show the CSV text to copy" });
    await user.click(show);
    const box = await screen.findByRole("textbox", { name: /CSV text/ });
    expect((box as HTMLTextAreaElement).value).toContain("Phú Thọ");
    await user.click(screen.getByRole("button", { name: "Hide the CSV text" }));
    expect(screen.queryByRole("textbox", { name: /CSV text/ })).toBeNull();
    expect(within(screen.getByRole("region", { name: "Download" })).getAllByRole("button")).toHaveLength(4);
  });

  it("regression: Xuất downloaded old totals after an edit — every file is made from a fresh read, and the notice says the workbook changed", async () => {
    const entries = DEMO.entries.map((e, i) => (i === 0 && typeof e.cluster === "number" ? { ...e, cluster: e.cluster - 4 } : e));
    const changed = evaluateCluster(demo.template, DEMO.units.map((name) => ({ name })), entries);
    const REPORT2 = { ...REPORT, source: { ...SOURCE, fingerprint: "fp-2" }, result: changed } as unknown as ValidationReport;
    const validate = jest.fn().mockResolvedValueOnce(REPORT).mockResolvedValue(REPORT2);
    const { user } = setup({ validate });
    await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
    await user.click(await screen.findByRole("button", { name: "Bảng tổng hợp (CSV, cho phần mềm khác)" }));
    await waitFor(() => expect(clicked).toHaveLength(1));
    expect(validate).toHaveBeenCalledTimes(2);
    const csv = new TextDecoder().decode(await blobBytes(blobs[0]!));
    const firstUnit = DEMO.entries[0]!.unit;
    const line = csv.split(/\r?\n/).find((l) => l.includes(`;${firstUnit};`))!;
    const total = changed.units.find((u) => u.name === firstUnit)!.final.total;
    expect(total).not.toBe(demo.result.units.find((u) => u.name === firstUnit)!.final.total);
    expect(line.split(";")[6]).toBe(String(total).replace(".", ","));
    expect(await screen.findByText(/Sổ tính đã thay đổi kể từ khi kết quả được hiển thị/)).toBeInTheDocument();
  });

  it("the same workbook: no 'changed' notice", async () => {
    const { user, actions } = setup();
    await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
    await user.click(await screen.findByRole("button", { name: "Bảng tổng hợp (CSV, cho phần mềm khác)" }));
    expect(await screen.findByText(/Đã tạo tong-hop/)).toBeInTheDocument();
    expect(actions.validate).toHaveBeenCalledTimes(2);
    expect(screen.queryByText(/Sổ tính đã thay đổi/)).toBeNull();
  });

  it("regression: meeting details were lost on closing the pane — they are read back from the workbook and written to it", async () => {
    const readMeeting = jest.fn(async () => ({ chair: "Bà Lê Thị B", "votes.agree": "9" }));
    const { user, actions } = setup({ readMeeting });
    await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
    expect(await screen.findByRole("textbox", { name: "Chủ trì" })).toHaveValue("Bà Lê Thị B");
    expect(screen.getByRole("textbox", { name: "Tán thành" })).toHaveValue("9");
    const save = screen.getByRole("button", { name: "Lưu vào sổ" });
    expect(save).toBeDisabled();
    await user.type(screen.getByRole("textbox", { name: "Địa điểm họp" }), "Hà Giang");
    expect(save).toBeEnabled();
    expect(screen.getByText(/Có thông tin chưa lưu vào sổ/)).toBeInTheDocument();
    await user.click(save);
    expect(actions.writeMeeting).toHaveBeenCalledWith(expect.objectContaining({ chair: "Bà Lê Thị B", venue: "Hà Giang", "votes.agree": "9", date: "" }));
    expect(await screen.findByText("Đã ghi 1 ô thông tin cuộc họp vào trang “Tổng hợp”.")).toBeInTheDocument();
    expect(save).toBeDisabled();
    // A download writes details typed since, first.
    await user.type(screen.getByRole("textbox", { name: "Thư ký" }), "Ông C");
    await user.click(screen.getByRole("button", { name: "Bảng tổng hợp (CSV, cho phần mềm khác)" }));
    await waitFor(() => expect(actions.writeMeeting).toHaveBeenCalledTimes(2));
    expect(actions.writeMeeting).toHaveBeenLastCalledWith(expect.objectContaining({ secretary: "Ông C" }));
  });

  it("a stale result: the banner with Tính lại, downloads off; Tính lại reads the workbook again", async () => {
    const freshness = { stale: new Set(["export"]) as ReadonlySet<string>, show: jest.fn() };
    const actions = fakeActions({ readWorkbook: async () => WORKBOOK, validate: async () => REPORT, readMeeting: async () => ({}), writeMeeting: async () => WROTE });
    const user = userEvent.setup();
    function Stale() {
      const { runner } = useOperationRunner();
      return <ExportStep actions={actions} locale="vi" ops={runner} freshness={freshness} />;
    }
    renderWithFluent(<Stale />);
    await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
    const banner = await screen.findByText("Kết quả này tính từ sổ trước khi sửa — Tính lại");
    expect(freshness.show).toHaveBeenCalledWith("export", REPORT.source);
    expect(screen.getByRole("button", { name: "Bảng tổng hợp (CSV, cho phần mềm khác)" })).toBeDisabled();
    expect(screen.getByRole("textbox", { name: "Chủ trì" })).toBeEnabled();
    await user.click(within(banner.closest("[role=alert]") as HTMLElement).getByRole("button", { name: "Tính lại" }));
    await waitFor(() => expect(actions.validate).toHaveBeenCalledTimes(2));
  });

  it("regression (issue 12): writes the documents in one tone-mark style, the newer by default, the older on request", async () => {
    const mixed = evaluateCluster(demo.template, [{ name: "Xã Hoà Bình" }, { name: "Phường Thủy Xuân" }], []);
    const { user } = setup({ validate: async () => ({ ...REPORT, findings: mixed.findings, result: mixed }) as unknown as ValidationReport });
    await user.click(screen.getByRole("button", { name: "Đọc sổ và tính kết quả" }));
    const csv = async () => {
      await user.click(await screen.findByRole("button", { name: "Hiện nội dung CSV để sao chép" }));
      return ((await screen.findByRole("textbox", { name: /Nội dung CSV/u })) as HTMLTextAreaElement).value;
    };
    const newer = await csv();
    expect(newer).toContain("Xã Hòa Bình");
    expect(newer).toContain("Phường Thủy Xuân");
    await user.click(screen.getByRole("radio", { name: "Kiểu cũ: hoà, thuỷ, khoẻ" }));
    const older = await csv();
    expect(older).toContain("Xã Hoà Bình");
    expect(older).toContain("Phường Thuỷ Xuân");
  });
});
