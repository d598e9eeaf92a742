/**
 * A test OperationRunner for the review steps: runs the work at once and records every call, like the
 * shell's: an ActionError becomes { ok: false, error: its userMessage }. Any other rejection is a bug in
 * the test set-up and is re-thrown (never swallowed). `busy: true` makes run() answer "busy" without working.
 */
import { ActionError } from "../../../../src/excel/actions/types";
import type { Message } from "../../../../src/messages/message";
import type { OperationOutcome, OperationRunner } from "../../../../src/taskpane/steps/stepProps";

export type FakeOps = OperationRunner & {
  run: jest.Mock<Promise<OperationOutcome<unknown>>, [Message, () => Promise<unknown>]>;
  wrote: jest.Mock<void, []>;
  /** Labels of the operations run, in order. */
  readonly labels: Message[];
};

export function fakeOps(options: { busy?: boolean; busyError?: Message } = {}): FakeOps {
  const labels: Message[] = [];
  const run = jest.fn(async (label: Message, work: () => Promise<unknown>): Promise<OperationOutcome<unknown>> => {
    labels.push(label);
    if (options.busy) return { ok: false, error: options.busyError ?? label };
    try {
      return { ok: true, value: await work() };
    } catch (e) {
      if (e instanceof ActionError) return { ok: false, error: e.userMessage };
      throw e;
    }
  });
  return { busy: options.busy ?? false, current: null, run, wrote: jest.fn<void, []>(), labels } as FakeOps;
}
