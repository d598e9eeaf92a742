import { act, renderHook } from "@testing-library/react";
import { ActionError } from "../../src/excel/actions/types";
import { message } from "../../src/messages/message";
import { useOperationRunner } from "../../src/taskpane/shell/useOperationRunner";
import { deferred } from "./support/renderPane";

const label = message("ui.insert.running");

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("useOperationRunner", () => {
  it("runs one operation at a time: a second start resolves as busy without running", async () => {
    const { result } = renderHook(() => useOperationRunner());
    const first = deferred<number>();
    const second = jest.fn(async () => 2);
    let firstOutcome!: Promise<unknown>;
    act(() => {
      firstOutcome = result.current.runner.run(label, () => first.promise);
    });
    expect(result.current.runner.busy).toBe(true);
    expect(result.current.runner.current).toEqual(label);
    let busyOutcome: unknown;
    await act(async () => {
      busyOutcome = await result.current.runner.run(label, second);
    });
    expect(busyOutcome).toEqual({ ok: false, error: message("ui.ops.busy") });
    expect(second).not.toHaveBeenCalled();
    await act(async () => first.resolve(1));
    await expect(firstOutcome).resolves.toEqual({ ok: true, value: 1 });
    expect(result.current.runner.busy).toBe(false);
    expect(result.current.runner.current).toBeNull();
  });

  it("turns an ActionError into its userMessage, keeps it as the shell's failure (when asked) and logs it", async () => {
    const { result } = renderHook(() => useOperationRunner());
    const error = new ActionError(message("ui.template.workbookHasNone"), "notThiDua");
    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.runner.run(label, () => Promise.reject(error), { failureShownBy: "shell" });
    });
    expect(outcome).toEqual({ ok: false, error: error.userMessage });
    expect(result.current.failure).toEqual({ label, message: error.userMessage });
    expect(console.error).toHaveBeenCalledWith(expect.any(String), error);
    act(() => result.current.dismissFailure());
    expect(result.current.failure).toBeNull();
  });

  it("gives any other rejection a generic message naming the cause", async () => {
    const { result } = renderHook(() => useOperationRunner());
    await act(async () => {
      await result.current.runner.run(label, () => Promise.reject("plain string"), { failureShownBy: "shell" });
    });
    expect(result.current.failure?.message).toEqual(message("ui.ops.genericError", { detail: "plain string" }));
  });

  it("counts writes so the undo offer is read again", () => {
    const { result } = renderHook(() => useOperationRunner());
    expect(result.current.writes).toBe(0);
    act(() => result.current.runner.wrote());
    act(() => result.current.runner.wrote());
    expect(result.current.writes).toBe(2);
  });
});
