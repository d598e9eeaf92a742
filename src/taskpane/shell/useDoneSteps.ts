import { useCallback, useRef, useState } from "react";

export interface DoneSteps {
  /** The steps that said they are done. */
  readonly done: ReadonlySet<string>;
  /** One stable setter per step (a step calls it from an effect whenever its own state changes). */
  readonly setterFor: (stepId: string) => (done: boolean) => void;
}

/** Which steps are done, as each step reports it: the step list shows a ✓ on their tabs. */
export function useDoneSteps(): DoneSteps {
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set());
  const setters = useRef(new Map<string, (done: boolean) => void>());
  const setterFor = useCallback((stepId: string) => {
    let setter = setters.current.get(stepId);
    if (!setter) {
      setter = (isDone: boolean) =>
        setDone((prev) => {
          if (prev.has(stepId) === isDone) return prev;
          const next = new Set(prev);
          if (isDone) next.add(stepId);
          else next.delete(stepId);
          return next;
        });
      setters.current.set(stepId, setter);
    }
    return setter;
  }, []);
  return { done, setterFor };
}
