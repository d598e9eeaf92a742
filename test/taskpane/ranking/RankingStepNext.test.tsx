/** Xếp hạng tells the truth about a provisional ranking and offers the next step once the ranking is final (issue 15). */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { RankingReport } from "../../../src/excel/actions/types";
import { RankingStep } from "../../../src/taskpane/steps/ranking/RankingStep";
import { loadStandardTemplate } from "../../../src/templates";
import { evaluateCluster } from "../../../src/domain/cluster";
import { renderWithFluent } from "../render-with-fluent";
import { fakeActions } from "../support/fakeActions";
import { fakeOps } from "../check/support/fakeOps";
import { demoResult, rankingReport } from "../check/support/reviewFixtures";

async function ranked(report: RankingReport) {
  const goTo = jest.fn();
  const user = userEvent.setup();
  renderWithFluent(<RankingStep actions={fakeActions({ rank: async () => report })} locale="vi" ops={fakeOps({})} goTo={goTo} />);
  await user.click(screen.getByRole("button", { name: "Xếp hạng" }));
  await screen.findByRole("button", { name: "Xếp hạng lại" });
  return { goTo, user };
}

describe("RankingStep: what comes next", () => {
  it("once final, offers 'Tiếp: Xuất' as the one primary action and moves the keyboard focus to it", async () => {
    const { goTo, user } = await ranked(rankingReport(demoResult()));
    const next = screen.getByRole("button", { name: "Tiếp: Xuất" });
    expect(next).toHaveFocus();
    expect(screen.queryByText("Kết quả tạm thời")).toBeNull();
    await user.click(next);
    expect(goTo).toHaveBeenCalledWith("export");
  });

  it("counts the unscored cells that count 0 in the provisional warning, and offers no next step", async () => {
    const result = demoResult((entries) => entries.filter((e) => !(e.unit === "Yên Bái" && (e.criterion === "I.1" || e.criterion === "I.2"))));
    await ranked(rankingReport(result));
    expect(screen.getByText("Kết quả tạm thời")).toBeInTheDocument();
    expect(screen.getByText(/Còn 2 ô chưa chấm đang được tính 0 điểm/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Tiếp: Xuất" })).toBeNull();
  });

  it("says 'Chưa có xếp loại' when the template has no bands, not 'Không xếp loại' (which reads as disqualified)", async () => {
    const base = loadStandardTemplate("blank-100");
    const r = evaluateCluster({ ...base, bands: [] }, [{ name: "Hà Giang" }, { name: "Yên Bái" }], []);
    await ranked(rankingReport(r));
    const cells = screen.getAllByRole("cell").map((c) => c.textContent);
    expect(cells.filter((c) => c === "Chưa có xếp loại")).toHaveLength(2);
    expect(cells).not.toContain("Không xếp loại");
  });
});
