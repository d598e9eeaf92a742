import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ActionError, type RankingReport } from "../../../src/excel/actions/types";
import { message, render } from "../../../src/messages/message";
import type { Locale } from "../../../src/taskpane/i18n/strings";
import { RankingStep } from "../../../src/taskpane/steps/ranking/RankingStep";
import { renderWithFluent } from "../render-with-fluent";
import { fakeActions } from "../support/fakeActions";
import { deferred } from "../check/support/deferred";
import { fakeOps } from "../check/support/fakeOps";
import { demoResult, manyUnitResult, provisionalResult, rankingReport, twoUnitResult } from "../check/support/reviewFixtures";

const EXCEL_DOWN = message("template.other", { detail: "Excel không phản hồi" });

function setup(overrides: Parameters<typeof fakeActions>[0], options: { locale?: Locale; busy?: boolean } = {}) {
  const actions = fakeActions(overrides);
  const ops = fakeOps({ busy: options.busy });
  const user = userEvent.setup();
  const view = renderWithFluent(<RankingStep actions={actions} locale={options.locale ?? "vi"} ops={ops} />);
  return { actions, ops, user, view };
}

async function rankWith(report: RankingReport, options: { locale?: Locale } = {}) {
  const s = setup({ rank: async () => report, selectCell: async () => undefined }, options);
  await s.user.click(screen.getByRole("button", { name: options.locale === "en" ? "Rank" : "Xếp hạng" }));
  await screen.findByRole("button", { name: options.locale === "en" ? "Rank again" : "Xếp hạng lại" });
  return s;
}

const status = () => screen.getByRole("status");
const tableRows = () =>
  within(screen.getByRole("table")).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent));
const sectionItems = (heading: string) => {
  const section = screen.getByRole("heading", { level: 3, name: heading }).closest("section")!;
  return within(section).getAllByRole("listitem").map((li) => li.textContent);
};

describe("RankingStep: states", () => {
  it("starts empty: a heading and the Xếp hạng button; nothing written yet", () => {
    const { actions } = setup({});
    expect(screen.getByRole("heading", { level: 2, name: "Xếp hạng" })).toBeInTheDocument();
    expect(status()).toHaveTextContent("Chưa xếp hạng. Bấm \"Xếp hạng\" để tạo trang Xếp hạng.");
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /Xem trang/ })).not.toBeInTheDocument();
    expect(actions.rank).not.toHaveBeenCalled();
  });

  it("shows loading while rank() runs through ops.run, then reports the write with ops.wrote()", async () => {
    const pending = deferred<RankingReport>();
    const { user, ops } = setup({ rank: () => pending.promise });
    await user.click(screen.getByRole("button", { name: "Xếp hạng" }));
    expect(status()).toHaveTextContent("Đang xếp hạng…");
    expect(ops.labels).toEqual([message("ui.ranking.running")]);
    expect(ops.wrote).not.toHaveBeenCalled();
    await act(async () => pending.resolve(rankingReport()));
    expect(status()).toHaveTextContent("Đã xếp hạng trên trang Xếp hạng. Số đơn vị: 5.");
    expect(ops.wrote).toHaveBeenCalledTimes(1);
  });

  it("shows the error in the user's language, with a retry", async () => {
    const rank = jest.fn().mockRejectedValueOnce(new ActionError(EXCEL_DOWN, "notThiDua")).mockResolvedValueOnce(rankingReport());
    const { user, ops } = setup({ rank });
    await user.click(screen.getByRole("button", { name: "Xếp hạng" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Không xếp hạng được");
    expect(alert).toHaveTextContent("Không hợp lệ: Excel không phản hồi.");
    expect(ops.wrote).not.toHaveBeenCalled();
    await user.click(within(alert).getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByRole("table")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(rank).toHaveBeenCalledTimes(2);
  });

  it("result: rank, unit, total, band and award of each unit, best first", async () => {
    await rankWith(rankingReport());
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Hạng", "Đơn vị", "Tổng điểm", "Xếp loại", "Khen thưởng"]);
    expect(tableRows()).toEqual([
      ["1", "Hà Giang", "96,5", "Xuất sắc", "Cờ thi đua"],
      ["2", "Tuyên Quang", "92", "Xuất sắc", "Bằng khen"],
      ["3", "Vĩnh Phúc", "92", "Xuất sắc", "Bình xét: Bằng khen (1 suất)"],
      ["3", "Yên Bái", "92", "Xuất sắc", "Bình xét: Bằng khen (1 suất)"],
      ["5", "Phú Thọ", "80", "Tốt", "Không đủ điều kiện"],
    ]);
    expect(screen.getByRole("table", { name: "Bảng xếp hạng" })).toBeInTheDocument();
    expect(screen.getByText("Không hợp lệ: Xếp hạng.")).toBeInTheDocument(); // the write's own summary
    expect(screen.queryByText("Kết quả tạm thời")).not.toBeInTheDocument();
  });

  it("result: ties and how each was broken, the vote, and why a unit is not eligible", async () => {
    const report = rankingReport();
    await rankWith(report);
    const tie = (name: string) => `${name}: ${render(report.result.units.find((u) => u.name === name)!.tie!, "vi-VN")}`;
    expect(sectionItems("Đồng điểm và cách phân định")).toEqual([tie("Tuyên Quang"), tie("Vĩnh Phúc"), tie("Yên Bái")]);
    expect(sectionItems("Đồng điểm và cách phân định")[0]).toBe(
      "Tuyên Quang: Bằng 92 điểm với Vĩnh Phúc, Yên Bái; xếp trên Vĩnh Phúc nhờ điểm mục I “Thực hiện nhiệm vụ chuyên môn” (56 so với 55).",
    );
    expect(sectionItems("Cần bình xét")).toEqual(["Cần bình xét: Vĩnh Phúc, Yên Bái đồng hạng 3 tranh 1 suất Bằng khen."]);
    expect(sectionItems("Không đủ điều kiện khen thưởng")).toEqual([
      "Phú Thọ: Không đủ điều kiện khen thưởng: không đạt điều kiện DK.1.",
    ]);
  });

  it("shows the ties, votes and ineligible sections only when there is something in them", async () => {
    await rankWith(rankingReport(twoUnitResult()));
    expect(tableRows().map((r) => r[1])).toEqual(["Hà Giang", "Tuyên Quang"]);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Bảng xếp hạng"]);
  });

  it("warns that the ranking is provisional while the data has errors", async () => {
    await rankWith(rankingReport(provisionalResult()));
    expect(screen.getByText("Kết quả tạm thời")).toBeInTheDocument();
    expect(screen.getByText("Dữ liệu còn 1 lỗi nên thứ hạng có thể thay đổi. Hãy sửa ở bước Kiểm tra rồi xếp hạng lại.")).toBeInTheDocument();
    expect(screen.getByRole("table")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Mở bước Kiểm tra" })).not.toBeInTheDocument(); // no navigation given
  });

  it("offers to open the Kiểm tra step from the provisional warning when the shell gives goTo", async () => {
    const goTo = jest.fn();
    const user = userEvent.setup();
    renderWithFluent(<RankingStep actions={fakeActions({ rank: async () => rankingReport(provisionalResult()) })} locale="vi" ops={fakeOps()} goTo={goTo} />);
    await user.click(screen.getByRole("button", { name: "Xếp hạng" }));
    await user.click(await screen.findByRole("button", { name: "Mở bước Kiểm tra" }));
    expect(goTo).toHaveBeenCalledWith("check");
  });

  it("shows the top 10 first, then all units on request", async () => {
    const { user } = await rankWith(rankingReport(manyUnitResult(12)));
    expect(screen.getByRole("heading", { level: 3, name: "10 đơn vị đứng đầu trong 12" })).toBeInTheDocument();
    expect(tableRows()).toHaveLength(10);
    const more = screen.getByRole("button", { name: "Xem tất cả (12)" });
    expect(more).toHaveAttribute("aria-expanded", "false");
    await user.click(more);
    expect(tableRows()).toHaveLength(12);
    // Only I.1 is scored: the gate DK.1 is empty, so the award column says it awaits a decision.
    expect(tableRows()[11]).toEqual(["12", "Đơn vị 12", "14,5", "Yếu", "Chờ xác nhận điều kiện"]);
    expect(screen.getByRole("button", { name: "Chỉ xem 10 đơn vị đầu" })).toHaveAttribute("aria-expanded", "true");
  });

  it("names an unclassified unit (no band) as such", async () => {
    const result = twoUnitResult();
    await rankWith(rankingReport({ ...result, units: result.units.map((u) => (u.name === "Tuyên Quang" ? { ...u, band: null } : u)) }));
    expect(tableRows()[1]).toEqual(["2", "Tuyên Quang", "92", "Không xếp loại", "Bằng khen"]);
  });

  it("shows a notice for each feature the host could not write", async () => {
    const report = rankingReport();
    await rankWith({ ...report, write: { ...report.write, notices: [{ feature: "print", requirement: "ExcelApi 1.9" }] } });
    expect(screen.getByText("Phiên bản Excel này không hỗ trợ ExcelApi 1.9")).toBeInTheDocument();
  });

  it("ranks again on request (another write)", async () => {
    const { user, actions, ops } = await rankWith(rankingReport());
    await user.click(screen.getByRole("button", { name: "Xếp hạng lại" }));
    await screen.findByRole("table");
    expect(actions.rank).toHaveBeenCalledTimes(2);
    expect(ops.wrote).toHaveBeenCalledTimes(2);
  });

  it("disables the start button while another operation runs", () => {
    setup({}, { busy: true });
    expect(screen.getByRole("button", { name: "Xếp hạng" })).toBeDisabled();
  });
});

describe("RankingStep: the ranking sheet", () => {
  it("'Xem trang …' selects A1 of the sheet the ranking was written to (after a keep-both rename)", async () => {
    const { user, actions, ops } = await rankWith(rankingReport(demoResult(), "Xếp hạng (2)"));
    await user.click(screen.getByRole("button", { name: "Xem trang Xếp hạng (2)" }));
    expect(actions.selectCell).toHaveBeenCalledWith("Xếp hạng (2)", "A1");
    expect(ops.labels.at(-1)).toEqual(message("ui.ranking.opening", { sheet: "Xếp hạng (2)" }));
    expect(ops.wrote).toHaveBeenCalledTimes(1); // selecting is not a write
  });

  it("works from the keyboard: Tab reaches the button first, Enter ranks; Enter on 'Xem trang' opens the sheet", async () => {
    const { user, actions } = setup({ rank: async () => rankingReport(), selectCell: async () => undefined });
    await user.tab();
    expect(screen.getByRole("button", { name: "Xếp hạng" })).toHaveFocus();
    await user.keyboard("{Enter}");
    const open = await screen.findByRole("button", { name: "Xem trang Xếp hạng" });
    open.focus();
    await user.keyboard("{Enter}");
    expect(actions.selectCell).toHaveBeenCalledWith("Xếp hạng", "A1");
  });

  it("says why the sheet could not be opened", async () => {
    const { user, actions } = await rankWith(rankingReport());
    actions.selectCell.mockRejectedValueOnce(new ActionError(EXCEL_DOWN, "office"));
    await user.click(screen.getByRole("button", { name: "Xem trang Xếp hạng" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Không mở được trang tính");
    expect(screen.getByRole("table")).toBeInTheDocument();
  });
});
