/** Kiểm tra says "chưa nhập điểm" for an empty grid, and offers the next step once no error is left (issue 15). */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { evaluateCluster } from "../../../src/domain/cluster";
import type { ValidationReport } from "../../../src/excel/actions/types";
import { CheckStep } from "../../../src/taskpane/steps/check/CheckStep";
import { loadStandardTemplate } from "../../../src/templates";
import { renderWithFluent } from "../render-with-fluent";
import { fakeActions } from "../support/fakeActions";
import { fakeOps } from "./support/fakeOps";
import { cleanReport, problemReport, testSource } from "./support/reviewFixtures";

async function checked(report: ValidationReport) {
  const goTo = jest.fn();
  const user = userEvent.setup();
  renderWithFluent(<CheckStep actions={fakeActions({ validate: async () => report })} locale="vi" ops={fakeOps({})} goTo={goTo} />);
  await user.click(screen.getByRole("button", { name: "Kiểm tra" }));
  await screen.findByRole("button", { name: "Kiểm tra lại" });
  return { goTo, user };
}

describe("CheckStep: empty grids and what comes next", () => {
  it("reports an empty grid as 'Chưa nhập điểm', not as 'Không có lỗi' with the warnings hidden, and offers no next step", async () => {
    const result = evaluateCluster(loadStandardTemplate("blank-100"), [{ name: "Hà Giang" }, { name: "Yên Bái" }], []);
    await checked({ source: testSource("check"), findings: result.findings, overwritten: [], fixes: [], result });
    expect(screen.getByRole("status")).toHaveTextContent("Chưa nhập điểm: trang Chấm điểm của 2 đơn vị còn trống.");
    expect(screen.getByRole("status")).not.toHaveTextContent("Không có lỗi");
    expect(screen.queryByRole("button", { name: "Tiếp: Xếp hạng" })).toBeNull();
  });

  it("once no error is left, offers 'Tiếp: Xếp hạng' with the focus on it", async () => {
    const { goTo, user } = await checked(cleanReport());
    const next = screen.getByRole("button", { name: "Tiếp: Xếp hạng" });
    expect(next).toHaveFocus();
    await user.click(next);
    expect(goTo).toHaveBeenCalledWith("ranking");
  });

  it("offers no next step while errors remain", async () => {
    await checked(problemReport());
    expect(screen.queryByRole("button", { name: "Tiếp: Xếp hạng" })).toBeNull();
  });
});
