/** useStepRunners: each step's ops knows the step, and its run() keeps its identity while operations come and go. */
import { act, renderHook } from "@testing-library/react";
import { ActionError } from "../../../src/excel/actions/types";
import { message } from "../../../src/messages/message";
import type { StepDefinition } from "../../../src/taskpane/shell/stepComponent";
import { useOperationRunner } from "../../../src/taskpane/shell/useOperationRunner";
import { useStepRunners } from "../../../src/taskpane/shell/useStepRunners";
import { deferred } from "../support/renderPane";

const Nothing = () => null;
const steps: StepDefinition[] = [
  { id: "check", labelId: "step.check.label", Component: Nothing },
  { id: "ranking", labelId: "step.ranking.label", Component: Nothing },
];
const label = message("ui.check.running");
const error = new ActionError(message("ui.template.workbookHasNone"), "notThiDua");

function renderRunners(active: { current: string }) {
  return renderHook(() => {
    const shell = useOperationRunner();
    const opsFor = useStepRunners(steps, shell.runner, shell.runAs, active);
    return { shell, opsFor };
  });
}

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("useStepRunners", () => {
  it("reports busy like the shell's runner, with a run() that stays the same function", async () => {
    const work = deferred<number>();
    const { result } = renderRunners({ current: "check" });
    const run = result.current.opsFor("check").run;
    let pending!: Promise<unknown>;
    act(() => {
      pending = run(label, () => work.promise);
    });
    expect(result.current.opsFor("ranking").busy).toBe(true);
    expect(result.current.opsFor("check").current).toEqual(label);
    expect(result.current.opsFor("check").run).toBe(run);
    await act(async () => {
      work.resolve(1);
      await pending;
    });
    expect(result.current.opsFor("check").busy).toBe(false);
    expect(result.current.opsFor("check").run).toBe(run);
  });

  it("the shell shows a failure of the step that is not the active one, and only then", async () => {
    const active = { current: "ranking" };
    const { result } = renderRunners(active);
    await act(async () => {
      await result.current.opsFor("ranking").run(label, () => Promise.reject(error));
    });
    expect(result.current.shell.failure).toBeNull();
    await act(async () => {
      await result.current.opsFor("check").run(label, () => Promise.reject(error));
    });
    expect(result.current.shell.failure).toEqual({ label, message: error.userMessage, stepId: "check" });
  });
});
