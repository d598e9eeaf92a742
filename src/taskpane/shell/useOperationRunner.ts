import { useCallback, useMemo, useRef, useState } from "react";
import type { Message } from "../../messages/message";
import { uiMessage } from "../i18n/strings";
import type { OperationOutcome, OperationRunner, RunOptions } from "../steps/stepProps";
import { userMessageOf } from "./errorMessage";

/**
 * The last failure the shell shows (until dismissed or the next operation starts): the shell's own
 * operations (undo, reading the undo offer) and step operations run with { failureShownBy: "shell" }.
 */
export interface OperationFailure {
  readonly label: Message;
  readonly message: Message;
}

export interface OperationRunnerState {
  readonly runner: OperationRunner;
  readonly failure: OperationFailure | null;
  dismissFailure(): void;
  /** Increases on every ops.wrote(): the undo bar reloads when it changes. */
  readonly writes: number;
  /** Shows a failure that happened outside run() (e.g. reading the undo offer). Also logs it. */
  report(label: Message, error: unknown): void;
}

/** One operation at a time, with its label for the progress line and its error for the message bar. */
export function useOperationRunner(): OperationRunnerState {
  const [current, setCurrent] = useState<Message | null>(null);
  const [failure, setFailure] = useState<OperationFailure | null>(null);
  const [writes, setWrites] = useState(0);
  const busyRef = useRef(false);

  const report = useCallback((label: Message, error: unknown) => {
    console.error(`ThiDua: operation ${label.id} failed`, error);
    setFailure({ label, message: userMessageOf(error) });
  }, []);

  const run = useCallback(
    async <T,>(label: Message, work: () => Promise<T>, options?: RunOptions): Promise<OperationOutcome<T>> => {
      if (busyRef.current) return { ok: false, error: uiMessage("ops.busy") };
      busyRef.current = true;
      setCurrent(label);
      setFailure(null);
      try {
        return { ok: true, value: await work() };
      } catch (error) {
        // Always logged; shown by the shell only when the step does not show it itself.
        if (options?.failureShownBy === "shell") report(label, error);
        else console.error(`ThiDua: operation ${label.id} failed`, error);
        return { ok: false, error: userMessageOf(error) };
      } finally {
        busyRef.current = false;
        setCurrent(null);
      }
    },
    [report],
  );

  const wrote = useCallback(() => setWrites((n) => n + 1), []);
  const dismissFailure = useCallback(() => setFailure(null), []);

  const runner = useMemo<OperationRunner>(() => ({ busy: current !== null, current, run, wrote }), [current, run, wrote]);
  return { runner, failure, dismissFailure, writes, report };
}
