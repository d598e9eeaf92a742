/**
 * The step tabs in a 300–350 px pane: six numbered tabs on one line (never a second row), a ✓ for the steps
 * that are done, every tab named by its step; arrow keys move between them. (The widths are checked in
 * Chromium by flow-narrow.e2e.test.ts: no sideways scroll at 320 px.)
 */
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Locale } from "../../../src/taskpane/i18n/strings";
import { StepNav } from "../../../src/taskpane/shell/StepNav";
import type { StepDefinition } from "../../../src/taskpane/shell/stepComponent";
import { renderWithFluent } from "../render-with-fluent";

const Empty = () => null;
const SIX: readonly StepDefinition[] = (["template", "insert", "selfScoring", "check", "ranking", "export"] as const).map((id) => ({
  id,
  labelId: `step.${id}.label` as const,
  Component: Empty,
}));

function renderNav(locale: Locale, onSelect = jest.fn(), done: ReadonlySet<string> = new Set(), active = "template") {
  const user = userEvent.setup();
  renderWithFluent(<StepNav locale={locale} steps={SIX} active={active} onSelect={onSelect} idPrefix="nav" mounted={new Set(["template"])} done={done} />);
  return { user, onSelect };
}

afterEach(() => jest.restoreAllMocks());

describe("StepNav", () => {
  it.each<[Locale, string[]]>([
    ["vi", ["Mẫu chấm điểm", "Chèn mẫu", "Tự chấm", "Kiểm tra", "Xếp hạng", "Xuất"]],
    ["en", ["Scoring template", "Insert template", "Self scores", "Check", "Ranking", "Export"]],
  ])("shows all six tabs in %s, numbered, on one line, each named by its step", (locale, names) => {
    renderNav(locale);
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(6);
    tabs.forEach((tab, i) => {
      expect(tab).toHaveAccessibleName(names[i]);
      expect(tab).toHaveTextContent(`${i + 1}${names[i]}`);
    });
    const list = screen.getByRole("tablist");
    expect(getComputedStyle(list).flexWrap).toBe("nowrap");
    expect(getComputedStyle(list).overflowX).not.toBe("hidden");
  });

  it("marks done steps with ✓ instead of their number, and says 'Đã xong' without changing the tab's name", () => {
    renderNav("vi", jest.fn(), new Set(["template", "check"]), "insert");
    const tab = (name: string) => screen.getByRole("tab", { name });
    expect(tab("Mẫu chấm điểm")).toHaveTextContent(/^✓Mẫu chấm điểm/);
    expect(tab("Mẫu chấm điểm")).toHaveAccessibleDescription("Đã xong");
    expect(tab("Kiểm tra")).toHaveTextContent(/^✓Kiểm tra/);
    expect(tab("Chèn mẫu")).toHaveTextContent(/^2Chèn mẫu/);
    expect(tab("Chèn mẫu")).not.toHaveAccessibleDescription("Đã xong");
    expect(tab("Chèn mẫu")).toHaveAttribute("aria-selected", "true");
    expect(tab("Xếp hạng")).toHaveTextContent(/^5Xếp hạng/);
  });

  it("keeps Fluent's arrow-key group on the tab list (left/right, wrapping around) and opens a tab with Enter", async () => {
    // The arrow keys themselves are tabster's and need layout (checked in Chromium); here: the group is
    // still horizontal and circular, so with wrapped lines the keys follow the tab order across lines.
    const { user, onSelect } = renderNav("vi");
    const list = screen.getByRole("tablist");
    expect(list).toHaveAttribute("aria-orientation", "horizontal");
    expect(JSON.parse(list.getAttribute("data-tabster") ?? "{}")).toMatchObject({ mover: { cyclic: true, direction: 2 } });
    act(() => screen.getByRole("tab", { name: "Kiểm tra" }).focus());
    await user.keyboard("{Enter}");
    expect(onSelect).toHaveBeenCalledWith("check");
  });

  it("points a tab at its panel only when the panel exists", () => {
    renderNav("vi");
    const [first, second] = screen.getAllByRole("tab");
    expect(first).toHaveAttribute("aria-controls", "nav-panel-template");
    expect(second).not.toHaveAttribute("aria-controls");
  });
});
