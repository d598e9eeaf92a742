import { screen } from "@testing-library/react";
import { OpenInExcelScreen } from "../../src/taskpane/components/OpenInExcelScreen";
import { renderWithFluent } from "./render-with-fluent";

const MANIFEST_URL = "https://localhost:3000/manifest.xml";

describe("OpenInExcelScreen (the pane's page opened outside Excel)", () => {
  it("tells a user, in Vietnamese and English, how to open ThiDua in Excel: numbered steps a clerk can follow", () => {
    renderWithFluent(<OpenInExcelScreen reason="not-in-office" manifestUrl={MANIFEST_URL} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Mở ThiDua trong Excel / Open ThiDua in Excel");
    const lists = screen.getAllByRole("list");
    expect(lists).toHaveLength(2);
    for (const list of lists) expect(list.tagName).toBe("OL");
    expect(screen.getByText(/Trên thẻ Trang đầu \(Home\), chọn nút "Chấm điểm thi đua"/)).toBeInTheDocument();
    expect(screen.getByText(/On the Home tab, select "Emulation scoring"/)).toBeInTheDocument();
    expect(screen.getByText(/nhờ bộ phận tin học của cơ quan cài ThiDua/)).toBeInTheDocument();
  });

  it("offers the browser preview in both languages", () => {
    renderWithFluent(<OpenInExcelScreen reason="not-in-office" manifestUrl={MANIFEST_URL} />);
    const links = [screen.getByRole("link", { name: /Xem thử ThiDua/ }), screen.getByRole("link", { name: /Try ThiDua in this browser/ })];
    for (const link of links) expect(link).toHaveAttribute("href", "preview.html");
  });

  it("shows no developer command, file name or address outside the technical details", () => {
    const { container } = renderWithFluent(<OpenInExcelScreen reason="office-js-missing" manifestUrl={MANIFEST_URL} />);
    const outside = Array.from(container.querySelectorAll("section > :not(details)"))
      .map((e) => e.textContent ?? "")
      .join("\n");
    expect(outside).not.toMatch(/npm|manifest|https?:|\.js\b|\.xml\b|sideload/i);
    const details = Array.from(container.querySelectorAll("details"));
    expect(details).toHaveLength(2);
    for (const d of details) expect(d).not.toHaveAttribute("open");
    expect(details[0]).toHaveTextContent(`Tệp khai báo (manifest) của phần bổ trợ: ${MANIFEST_URL}`);
    expect(details[1]).toHaveTextContent("Microsoft's office.js could not be loaded (offline or blocked).");
  });

  it.each([
    ["timeout", "Office did not answer within 3 seconds."],
    ["not-in-office", "This page is open in a regular browser, not in Excel."],
  ] as const)("keeps the reason %s in the details", (reason, english) => {
    renderWithFluent(<OpenInExcelScreen reason={reason} manifestUrl={MANIFEST_URL} />);
    expect(screen.getByText(english).closest("details")).not.toBeNull();
  });

  it("names the other Office application it was opened in", () => {
    renderWithFluent(<OpenInExcelScreen reason="other-host" host="Word" manifestUrl={MANIFEST_URL} />);
    expect(screen.getByText("Trang đang mở trong Word, không phải Excel.")).toBeInTheDocument();
  });
});
