import { TextEncoder } from "node:util";
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithFluent } from "../../../test/taskpane/render-with-fluent";
import { createExcelActions } from "../../excel/actions";
import { PreviewHost } from "../host";
import { PreviewGrid } from "./PreviewGrid";

// jsdom has no TextEncoder; the Excel fake measures batches with it (browsers have it).
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= TextEncoder;

/** Sheet1 with numbers and formulas; "Bảo vệ" protected with one unlocked cell (B2); "Ẩn" hidden. */
function workbook(): PreviewHost {
  const host = new PreviewHost();
  const s1 = host.sheet("Sheet1")!;
  s1.type("A1", 2);
  s1.type("A2", "=A1*1.5");
  s1.ensure(2, 1).numberFormat = "0.00";
  s1.type("A3", "=A1/0");
  s1.type("B1", "=SUM(A1:A2)");
  s1.type("C1", "Đạt");
  const p = host.fake.state.addSheet("Bảo vệ");
  p.type("A1", "Nhãn");
  p.ensure(2, 2).locked = false;
  p.protected = true;
  p.conditionalFormats.push({ id: "cf1", range: "B2", formula: "=AND(LEN(B2)>0,NOT(ISNUMBER(B2)))", fill: "#FFC7CE" });
  host.fake.state.addSheet("Ẩn").visibility = "Hidden";
  host.lastRecalc = host.engine.recalculate();
  return host;
}

const cell = (a: string) => document.querySelector(`td[data-cell="${a}"]`) as HTMLElement;

describe("PreviewGrid", () => {
  it("shows visible sheets as tabs, computed values with their number formats, and errors", () => {
    renderWithFluent(<PreviewGrid host={workbook()} locale="en" />);
    const tabs = within(screen.getByRole("tablist")).getAllByRole("tab");
    expect(tabs).toHaveLength(2);
    expect(tabs[0]).toHaveAccessibleName("Sheet1");
    expect(tabs[0]).toHaveAttribute("aria-selected", "true");
    expect(tabs[1]).toHaveAccessibleName("Bảo vệ");
    expect(cell("A2")).toHaveTextContent("3.00");
    expect(cell("B1")).toHaveTextContent("5");
    expect(cell("A3")).toHaveTextContent("#DIV/0!");
    expect(cell("A3")).toHaveAttribute("title", expect.stringMatching(/A3.*#DIV\/0!/));
    expect(screen.getByRole("columnheader", { name: "C" })).toBeInTheDocument();
  });

  it("types like en-US Excel (Enter commits and moves down; Esc cancels) and recalculates", async () => {
    const host = workbook();
    const user = userEvent.setup();
    renderWithFluent(<PreviewGrid host={host} locale="en" />);
    await user.pointer({ keys: "[MouseLeft]", target: cell("A1") });
    await user.keyboard("8,5{Enter}");
    expect(host.sheet("Sheet1")!.valueAt("A1")).toBe("8,5");
    expect(cell("B1")).toHaveTextContent("#VALUE!");
    expect(screen.getByTestId("name-box")).toHaveValue("A2");
    await user.keyboard("{ArrowUp}120{Enter}");
    expect(host.sheet("Sheet1")!.valueAt("A1")).toBe(120);
    expect(cell("B1")).toHaveTextContent("300");
    await user.keyboard("{ArrowUp}{F2}9{Escape}");
    expect(host.sheet("Sheet1")!.valueAt("A1")).toBe(120);
    expect(screen.getByTestId("formula-bar")).toHaveValue("120");
    await user.keyboard("{ArrowDown}");
    expect(screen.getByTestId("formula-bar")).toHaveValue("=A1*1.5");
  });

  it("Tab confirms an entry and moves right; with no entry in progress it leaves the grid (no keyboard trap)", async () => {
    const host = workbook();
    const user = userEvent.setup();
    renderWithFluent(<PreviewGrid host={host} locale="en" />);
    await user.pointer({ keys: "[MouseLeft]", target: cell("D1") });
    await user.keyboard("7{Tab}");
    expect(host.sheet("Sheet1")!.valueAt("D1")).toBe(7);
    expect(screen.getByTestId("name-box")).toHaveValue("E1");
    expect(screen.getByTestId("cell-input")).toHaveFocus();
    await user.keyboard("{Tab}");
    expect(screen.getByTestId("name-box")).toHaveValue("E1");
    expect(screen.getByTestId("cell-input")).not.toHaveFocus();
    expect(within(screen.getByRole("tablist")).getByRole("tab", { name: "Sheet1" })).toHaveFocus();
    // Arrow keys then move along the sheet tabs; the grid does not pull the focus back into the cells.
    await user.keyboard("{ArrowRight}");
    const next = within(screen.getByRole("tablist")).getByRole("tab", { name: "Bảo vệ" });
    expect(next).toHaveFocus();
    expect(next).toHaveAttribute("aria-selected", "true");
  });

  it("does not pull the focus back into the grid after the user clicked elsewhere, even on plain text", async () => {
    const host = workbook();
    const user = userEvent.setup();
    renderWithFluent(
      <>
        <p>Plain text beside the grid</p>
        <PreviewGrid host={host} locale="en" />
      </>,
    );
    await user.pointer({ keys: "[MouseLeft]", target: cell("A1") });
    expect(screen.getByTestId("cell-input")).toHaveFocus();
    await user.click(screen.getByText("Plain text beside the grid"));
    expect(screen.getByTestId("cell-input")).not.toHaveFocus();
    act(() => {
      host.typeInto("Sheet1", 5, 5, "7"); // the workbook changes (as after a pane operation): the grid re-renders
    });
    expect(host.sheet("Sheet1")!.valueAt("E5")).toBe(7);
    expect(screen.getByTestId("cell-input")).not.toHaveFocus();
  });

  it("refuses a locked cell on a protected sheet with a message, accepts the unlocked one and shows its highlight", async () => {
    const host = workbook();
    const user = userEvent.setup();
    renderWithFluent(<PreviewGrid host={host} locale="en" />);
    await user.click(screen.getByRole("tab", { name: "Bảo vệ" }));
    await user.pointer({ keys: "[MouseLeft]", target: cell("A1") });
    await user.keyboard("x{Enter}");
    expect(screen.getByTestId("grid-refusal")).toHaveTextContent(/A1.*protected sheet "Bảo vệ"/);
    expect(host.sheet("Bảo vệ")!.valueAt("A1")).toBe("Nhãn");
    await user.pointer({ keys: "[MouseLeft]", target: cell("B2") });
    await user.keyboard("8,5{Enter}");
    expect(host.sheet("Bảo vệ")!.valueAt("B2")).toBe("8,5");
    expect(cell("B2").style.backgroundColor).not.toBe("");
  });

  it("follows the selection the pane makes through Excel actions (selectCell)", async () => {
    const host = workbook();
    renderWithFluent(<PreviewGrid host={host} locale="vi" />);
    await act(() => createExcelActions(host.fake.run).selectCell("Bảo vệ", "B2"));
    expect(screen.getByRole("tab", { name: "Bảo vệ" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByTestId("name-box")).toHaveValue("B2");
    expect(cell("B2")).toHaveAttribute("aria-selected", "true");
  });
});
