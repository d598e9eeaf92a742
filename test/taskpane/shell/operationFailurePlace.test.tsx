/** useOperationRunner: a step operation's failure is the step's to show unless it asks the shell; it is always logged. */
import { act, renderHook } from "@testing-library/react";
import { ActionError } from "../../../src/excel/actions/types";
import { message } from "../../../src/messages/message";
import { useOperationRunner } from "../../../src/taskpane/shell/useOperationRunner";

const label = message("ui.check.running");
const error = new ActionError(message("ui.template.workbookHasNone"), "notThiDua");

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("useOperationRunner: where a failure is shown", () => {
  it("by default returns the failure to the step, logs it, and leaves the shell's line empty", async () => {
    const { result } = renderHook(() => useOperationRunner());
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.runner.run(label, () => Promise.reject(error));
    });
    expect(outcome).toEqual({ ok: false, error: error.userMessage });
    expect(result.current.failure).toBeNull();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("ui.check.running"), error);
  });

  it("with failureShownBy: shell keeps it for the shell's line until the next operation starts", async () => {
    const { result } = renderHook(() => useOperationRunner());
    await act(async () => {
      await result.current.runner.run(label, () => Promise.reject(error), { failureShownBy: "shell" });
    });
    expect(result.current.failure).toEqual({ label, message: error.userMessage });
    await act(async () => {
      await result.current.runner.run(label, async () => 1);
    });
    expect(result.current.failure).toBeNull();
  });
});

describe("useOperationRunner: a step's operation that fails while the step is hidden", () => {
  const hidden = { stepId: "check", isShown: () => false };

  it("is shown by the shell (naming the step) when the step is not on screen as it fails, and still returned to the step", async () => {
    const { result } = renderHook(() => useOperationRunner());
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.runAs(hidden, label, () => Promise.reject(error));
    });
    expect(outcome).toEqual({ ok: false, error: error.userMessage });
    expect(result.current.failure).toEqual({ label, message: error.userMessage, stepId: "check" });
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("ui.check.running"), error);
  });

  it("asks whether the step is shown when the operation fails, not when it starts", async () => {
    let shown = true;
    const origin = { stepId: "check", isShown: () => shown };
    const { result } = renderHook(() => useOperationRunner());
    await act(async () => {
      await result.current.runAs(origin, label, async () => {
        shown = false; // the user opened another tab while it ran
        throw error;
      });
    });
    expect(result.current.failure).toEqual({ label, message: error.userMessage, stepId: "check" });
  });

  it("is left to the step when the step is on screen", async () => {
    const { result } = renderHook(() => useOperationRunner());
    await act(async () => {
      await result.current.runAs({ stepId: "check", isShown: () => true }, label, () => Promise.reject(error));
    });
    expect(result.current.failure).toBeNull();
  });

  it("dismissFailureOf clears only that step's failure", async () => {
    const { result } = renderHook(() => useOperationRunner());
    await act(async () => {
      await result.current.runAs(hidden, label, () => Promise.reject(error));
    });
    act(() => result.current.dismissFailureOf("ranking"));
    expect(result.current.failure).not.toBeNull();
    act(() => result.current.dismissFailureOf("check"));
    expect(result.current.failure).toBeNull();
    await act(async () => {
      await result.current.runner.run(label, () => Promise.reject(error), { failureShownBy: "shell" });
    });
    act(() => result.current.dismissFailureOf("check"));
    expect(result.current.failure).toEqual({ label, message: error.userMessage });
  });
});
