/**
 * What every step of the pane (Mẫu chấm điểm, Chèn mẫu, Kiểm tra, Xếp hạng, Xuất, Tự chấm) receives from
 * the shell. Steps never touch Office.js: they call `actions`, through `ops.run` so that a long operation
 * shows progress, can't be started twice, and its error is shown in the user's language.
 */
import type { ExcelActions } from "../../excel/actions/types";
import type { Message } from "../../messages/message";
import type { Locale } from "../i18n/strings";
import type { Freshness } from "../shell/useFreshness";

export type OperationOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Message };

export interface RunOptions {
  /** Who shows a failure to the user: "step" (default, the step's own alert) or "shell" (the status line under the tabs). */
  readonly failureShownBy?: "step" | "shell";
}

export interface OperationRunner {
  /** True while any operation runs: every start button is disabled. */
  readonly busy: boolean;
  /** The running operation's label (for the progress line), or null. */
  readonly current: Message | null;
  /**
   * Runs `work` unless another operation is running (then resolves { ok: false, error: "busy" } at once).
   * A rejection becomes { ok: false, error } (ActionError's userMessage, or a generic message naming the
   * cause); nothing is swallowed: the shell also logs it to the console. Each failure is shown in one place:
   * by default the step shows `error` in its own alert; a step without one passes { failureShownBy: "shell" }
   * and the shell's status line shows it instead. If the step is not on screen when the operation fails
   * (the user opened another tab meanwhile), the status line shows it too, until the step is opened again.
   */
  run<T>(label: Message, work: () => Promise<T>, options?: RunOptions): Promise<OperationOutcome<T>>;
  /** Tells the shell a write happened, so it reloads the undo offer (Hoàn tác). */
  wrote(): void;
}

export interface StepProps {
  readonly actions: ExcelActions;
  readonly locale: Locale;
  readonly ops: OperationRunner;
  /** Which shown results are stale (the shell's useFreshness); absent when a step is rendered alone. */
  readonly freshness?: Freshness;
  /** Tells the step list whether this step is done (a ✓ on its tab); absent when a step is rendered alone. */
  readonly setDone?: (done: boolean) => void;
}
