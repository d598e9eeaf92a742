import { screen } from "@testing-library/react";
import { UnsupportedApiNotice } from "../../src/taskpane/components/UnsupportedApiNotice";
import { renderWithFluent } from "./render-with-fluent";

describe("UnsupportedApiNotice", () => {
  it("shows a visible Vietnamese warning naming the missing requirement set", () => {
    renderWithFluent(<UnsupportedApiNotice locale="vi" requirement="ExcelApi 1.8" />);
    const notice = screen.getByText("Phiên bản Excel này không hỗ trợ ExcelApi 1.8");
    expect(notice).toBeVisible();
    expect(screen.getByText(/cập nhật Excel/)).toBeInTheDocument();
  });

  it("shows the English warning for an English Office", () => {
    renderWithFluent(<UnsupportedApiNotice locale="en" requirement="ExcelApi 1.8" />);
    expect(screen.getByText("This version of Excel does not support ExcelApi 1.8")).toBeVisible();
  });
});
