import { useCallback, useMemo, useRef, useState } from "react";
import type { Message } from "../../messages/message";
import { uiMessage } from "../i18n/strings";
import type { OperationOutcome, OperationRunner, RunOptions } from "../steps/stepProps";
import { userMessageOf } from "./errorMessage";

/**
 * The last failure the shell shows (until dismissed or the next operation starts): the shell's own
 * operations (undo, reading the undo offer), step operations run with { failureShownBy: "shell" }, and
 * step operations that fail while their step is hidden (until that step is opened again).
 */
export interface OperationFailure {
  readonly label: Message;
  readonly message: Message;
  /** The step that started the operation, when the shell shows the failure only because that step was hidden. */
  readonly stepId?: string;
}

/** Which step starts an operation (see useStepRunners), and whether it is the step on screen right now. */
export interface OperationOrigin {
  readonly stepId: string;
  isShown(): boolean;
}

export type RunAs = <T>(origin: OperationOrigin, label: Message, work: () => Promise<T>, options?: RunOptions) => Promise<OperationOutcome<T>>;

export interface OperationRunnerState {
  readonly runner: OperationRunner;
  readonly failure: OperationFailure | null;
  dismissFailure(): void;
  /** Clears the shell's failure if it belongs to this step (the step's own alert shows it once the step is open). */
  dismissFailureOf(stepId: string): void;
  /** run() for a step: its failure is shown by the shell also when the step is not on screen at the moment it fails. */
  readonly runAs: RunAs;
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

  const show = useCallback((label: Message, error: unknown, stepId?: string) => {
    console.error(`ThiDua: operation ${label.id} failed`, error);
    setFailure({ label, message: userMessageOf(error), ...(stepId === undefined ? {} : { stepId }) });
  }, []);
  const report = useCallback((label: Message, error: unknown) => show(label, error), [show]);

  const runFrom = useCallback(
    async <T,>(origin: OperationOrigin | null, label: Message, work: () => Promise<T>, options?: RunOptions): Promise<OperationOutcome<T>> => {
      if (busyRef.current) return { ok: false, error: uiMessage("ops.busy") };
      busyRef.current = true;
      setCurrent(label);
      setFailure(null);
      try {
        return { ok: true, value: await work() };
      } catch (error) {
        // Always logged; shown by the shell when the step does not show it itself, or cannot be seen now
        // (it stays mounted, hidden, when the user opened another tab meanwhile).
        if (options?.failureShownBy === "shell") show(label, error);
        else if (origin !== null && !origin.isShown()) show(label, error, origin.stepId);
        else console.error(`ThiDua: operation ${label.id} failed`, error);
        return { ok: false, error: userMessageOf(error) };
      } finally {
        busyRef.current = false;
        setCurrent(null);
      }
    },
    [show],
  );
  const run = useCallback(<T,>(label: Message, work: () => Promise<T>, options?: RunOptions) => runFrom(null, label, work, options), [runFrom]);

  const wrote = useCallback(() => setWrites((n) => n + 1), []);
  const dismissFailure = useCallback(() => setFailure(null), []);
  const dismissFailureOf = useCallback((stepId: string) => setFailure((f) => (f?.stepId === stepId ? null : f)), []);

  const runner = useMemo<OperationRunner>(() => ({ busy: current !== null, current, run, wrote }), [current, run, wrote]);
  return { runner, failure, dismissFailure, dismissFailureOf, runAs: runFrom, writes, report };
}
