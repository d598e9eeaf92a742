/** The step tabs in a 300–350 px pane: six tabs (vi and en) wrap onto several lines; arrow keys move between them. */
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

function renderNav(locale: Locale, onSelect = jest.fn()) {
  const user = userEvent.setup();
  renderWithFluent(<StepNav locale={locale} steps={SIX} active="template" onSelect={onSelect} idPrefix="nav" mounted={new Set(["template"])} />);
  return { user, onSelect };
}

afterEach(() => jest.restoreAllMocks());

describe("StepNav", () => {
  it.each<[Locale, string[]]>([
    ["vi", ["Mẫu chấm điểm", "Chèn mẫu", "Tự chấm", "Kiểm tra", "Xếp hạng", "Xuất"]],
    ["en", ["Scoring template", "Insert template", "Self scores", "Check", "Ranking", "Export"]],
  ])("shows all six tabs in %s and lets them wrap onto more lines instead of cutting them off", (locale, names) => {
    renderNav(locale);
    const tabs = screen.getAllByRole("tab");
    expect(tabs).toHaveLength(6);
    tabs.forEach((tab, i) => expect(tab).toHaveAccessibleName(names[i]));
    const list = screen.getByRole("tablist");
    expect(getComputedStyle(list).flexWrap).toBe("wrap");
    expect(getComputedStyle(list).overflowX).not.toBe("hidden");
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
