import { useEffect } from "react";

/** Reports the step's "done" to the step list whenever it changes (see StepProps.setDone). */
export function useReportDone(setDone: ((done: boolean) => void) | undefined, done: boolean): void {
  useEffect(() => {
    setDone?.(done);
  }, [setDone, done]);
}
