import { screen } from "@testing-library/react";
import { OpenInExcelScreen } from "../../src/taskpane/components/OpenInExcelScreen";
import { renderWithFluent } from "./render-with-fluent";

const MANIFEST_URL = "https://localhost:3000/manifest.xml";

describe("OpenInExcelScreen", () => {
  it("says, in Vietnamese and English, to open ThiDua inside Excel", () => {
    renderWithFluent(<OpenInExcelScreen reason="not-in-office" manifestUrl={MANIFEST_URL} />);
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Mở ThiDua bên trong Excel / Open this inside Excel");
    expect(screen.getByText("Trang đang mở trong trình duyệt thông thường, không phải trong Excel.")).toBeInTheDocument();
    expect(screen.getByText("This page is open in a regular browser, not in Excel.")).toBeInTheDocument();
  });

  it("lists numbered sideload steps for Excel on the web, in both languages", () => {
    renderWithFluent(<OpenInExcelScreen reason="not-in-office" manifestUrl={MANIFEST_URL} />);
    const lists = screen.getAllByRole("list");
    expect(lists).toHaveLength(2);
    for (const list of lists) expect(list.tagName).toBe("OL");
    expect(screen.getByText(/Insert > Add-ins > Manage My Add-ins > Upload My Add-in/)).toBeInTheDocument();
    expect(screen.getByText(/Insert \(Chèn\) > Add-ins \(Phần bổ trợ\)/)).toBeInTheDocument();
    expect(screen.getAllByText(`Manifest: ${MANIFEST_URL}`)).toHaveLength(2);
  });

  it.each([
    ["office-js-missing", "Microsoft's office.js could not be loaded (offline or blocked)."],
    ["timeout", "Office did not answer within 3 seconds."],
  ] as const)("explains the reason %s", (reason, english) => {
    renderWithFluent(<OpenInExcelScreen reason={reason} manifestUrl={MANIFEST_URL} />);
    expect(screen.getByText(english)).toBeInTheDocument();
  });

  it("names the other Office application it was opened in", () => {
    renderWithFluent(<OpenInExcelScreen reason="other-host" host="Word" manifestUrl={MANIFEST_URL} />);
    expect(screen.getByText("Trang đang mở trong Word, không phải Excel.")).toBeInTheDocument();
  });
});
