/** The shell keeps opened steps mounted: results survive a tab switch, hidden steps run no effects, lazy steps load when first opened. */
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { lazy, useEffect, useState } from "react";
import { message } from "../../../src/messages/message";
import { Pane } from "../../../src/taskpane/shell/Pane";
import type { StepComponentProps, StepDefinition } from "../../../src/taskpane/shell/stepComponent";
import { renderWithFluent } from "../render-with-fluent";
import { fakeActions } from "../support/fakeActions";
import { deferred } from "../support/renderPane";

function renderSteps(steps: readonly StepDefinition[]) {
  const user = userEvent.setup();
  renderWithFluent(<Pane locale="vi" actions={fakeActions({ lastUndo: async () => null })} requiredApiSupported steps={steps} />);
  return { user };
}

function Counter() {
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount((c) => c + 1)}>{`Đếm: ${count}`}</button>;
}

const Other = () => <p>bước khác</p>;

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("Pane: opened steps stay mounted", () => {
  it("keeps a step's state when the user opens another tab and comes back", async () => {
    const { user } = renderSteps([
      { id: "a", labelId: "step.check.label", Component: Counter },
      { id: "b", labelId: "step.ranking.label", Component: Other },
    ]);
    await user.click(screen.getByRole("button", { name: "Đếm: 0" }));
    await user.click(screen.getByRole("button", { name: "Đếm: 1" }));
    await user.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    expect(screen.getByRole("tabpanel")).toHaveAccessibleName("Xếp hạng");
    expect(screen.queryByRole("button", { name: /^Đếm/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getByRole("button", { name: "Đếm: 2" })).toBeVisible();
  });

  it("hides the other opened panels (hidden, labelled by their tab) and points only opened tabs at their panel", async () => {
    const { user } = renderSteps([
      { id: "a", labelId: "step.check.label", Component: Counter },
      { id: "b", labelId: "step.ranking.label", Component: Other },
      { id: "c", labelId: "step.export.label", Component: Other },
    ]);
    const [tabA, tabB, tabC] = screen.getAllByRole("tab");
    expect(tabC).not.toHaveAttribute("aria-controls");
    await user.click(tabB!);
    const panels = screen.getAllByRole("tabpanel", { hidden: true });
    expect(panels).toHaveLength(2);
    const [panelA, panelB] = panels;
    expect(panelA).not.toBeVisible();
    expect(panelA).toHaveAttribute("hidden");
    expect(panelB).toBeVisible();
    expect(tabA).toHaveAttribute("aria-controls", panelA!.id);
    expect(tabB).toHaveAttribute("aria-controls", panelB!.id);
    expect(panelA).toHaveAttribute("aria-labelledby", tabA!.id);
    expect(tabC).not.toHaveAttribute("aria-controls");
  });

  it("a result that arrives while the step is hidden is there when the user comes back", async () => {
    const work = deferred<string>();
    function Slow({ ops }: StepComponentProps) {
      const [result, setResult] = useState<string | null>(null);
      const start = async () => {
        const out = await ops.run(message("ui.check.running"), () => work.promise);
        if (out.ok) setResult(out.value);
      };
      return (
        <>
          <button onClick={() => void start()}>Bắt đầu</button>
          {result && <p>{`Kết quả: ${result}`}</p>}
        </>
      );
    }
    const { user } = renderSteps([
      { id: "slow", labelId: "step.check.label", Component: Slow },
      { id: "b", labelId: "step.ranking.label", Component: Other },
    ]);
    await user.click(screen.getByRole("button", { name: "Bắt đầu" }));
    await user.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await act(async () => work.resolve("12 đơn vị"));
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getByText("Kết quả: 12 đơn vị")).toBeVisible();
  });

  it("disconnects a hidden step's effects (no operation, no focus) and reconnects them when shown again", async () => {
    const connected = jest.fn();
    const disconnected = jest.fn();
    function WithEffect({ locale }: StepComponentProps) {
      useEffect(() => {
        connected(locale);
        return () => disconnected(locale);
      }, [locale]);
      return <p>có hiệu ứng</p>;
    }
    const { user } = renderSteps([
      { id: "fx", labelId: "step.check.label", Component: WithEffect },
      { id: "b", labelId: "step.ranking.label", Component: Other },
    ]);
    expect(connected).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    expect(disconnected).toHaveBeenCalledTimes(1);
    // A change of props while hidden (the language) re-renders the step but runs no effect.
    await user.click(screen.getByRole("radio", { name: "English" }));
    expect(connected).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole("tab", { name: "Check" }));
    expect(connected).toHaveBeenCalledTimes(2);
    expect(connected).toHaveBeenLastCalledWith("en");
  });

  it("loads a lazy step only when its tab is first opened, and only once", async () => {
    const load = jest.fn(async () => ({ default: () => <p>bước tải sau</p> }));
    const Lazy = lazy(load);
    const { user } = renderSteps([
      { id: "a", labelId: "step.check.label", Component: Other },
      { id: "lazy", labelId: "step.export.label", Component: Lazy },
    ]);
    expect(load).not.toHaveBeenCalled();
    await user.click(screen.getByRole("tab", { name: "Xuất" }));
    expect(await screen.findByText("bước tải sau")).toBeVisible();
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await user.click(screen.getByRole("tab", { name: "Xuất" }));
    expect(screen.getByText("bước tải sau")).toBeVisible();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("tries a crashed step again when its tab is opened again (as its error message says)", async () => {
    let broken = true;
    function Flaky() {
      if (broken) throw new Error("step exploded");
      return <p>đã ổn</p>;
    }
    const { user } = renderSteps([
      { id: "flaky", labelId: "step.check.label", Component: Flaky },
      { id: "b", labelId: "step.ranking.label", Component: Other },
    ]);
    expect(await screen.findByRole("alert")).toHaveTextContent(/step exploded/);
    broken = false;
    await user.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(await screen.findByText("đã ổn")).toBeVisible();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});

describe("Pane: hidden panels take no room", () => {
  it("a hidden panel is display: none even though panels are flex containers", async () => {
    const user = userEvent.setup();
    renderWithFluent(
      <Pane
        locale="vi"
        actions={fakeActions({ lastUndo: async () => null })}
        requiredApiSupported
        steps={[
          { id: "a", labelId: "step.check.label", Component: Other },
          { id: "b", labelId: "step.ranking.label", Component: Other },
        ]}
      />,
    );
    await user.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    const [hiddenPanel, shownPanel] = screen.getAllByRole("tabpanel", { hidden: true });
    expect(getComputedStyle(hiddenPanel!).display).toBe("none");
    expect(getComputedStyle(shownPanel!).display).toBe("flex");
  });
});
