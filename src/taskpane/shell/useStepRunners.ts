import { type RefObject, useMemo } from "react";
import type { OperationRunner } from "../steps/stepProps";
import type { StepDefinition } from "./stepComponent";
import type { RunAs } from "./useOperationRunner";

/**
 * Each step's `ops`: the shell's runner, whose run() knows which step started the operation. If the step
 * is not the active one (activeRef) when the operation fails, the shell's status line shows the failure:
 * the step's own alert is in a hidden panel. Each step's run() keeps its identity while operations come
 * and go (steps use it in effects' dependencies).
 */
export function useStepRunners(
  steps: readonly StepDefinition[],
  runner: OperationRunner,
  runAs: RunAs,
  activeRef: RefObject<string>,
): (stepId: string) => OperationRunner {
  const runs = useMemo(
    () =>
      new Map(
        steps.map((step): [string, OperationRunner["run"]] => {
          const origin = { stepId: step.id, isShown: () => activeRef.current === step.id };
          return [step.id, (label, work, options) => runAs(origin, label, work, options)];
        }),
      ),
    [steps, runAs, activeRef],
  );
  const { busy, current, wrote } = runner;
  return useMemo(() => {
    const byStep = new Map([...runs].map(([id, run]): [string, OperationRunner] => [id, { busy, current, wrote, run }]));
    return (stepId) => byStep.get(stepId) ?? runner;
  }, [runs, busy, current, wrote, runner]);
}
