import { type ComponentType, type LazyExoticComponent, lazy, useContext } from "react";
import { StepAttempt } from "./stepAttempt";

/** A step's code could not be downloaded (offline, or the add-in was updated meanwhile). StepBoundary says so. */
export class StepLoadError extends Error {
  override readonly name = "StepLoadError";

  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

interface Download<P> {
  readonly Component: LazyExoticComponent<ComponentType<P>>;
  failed: boolean;
  /** The attempt (StepAttempt) during which the failure was thrown to the step's boundary. */
  thrownAt?: number;
}

/**
 * Like React.lazy, for a step loaded on demand, except that a failed download is not kept forever:
 * React.lazy caches the rejection, so the boundary would show the same error on every visit. Here the
 * failure is thrown to the boundary (StepBoundary shows it), and on the next attempt (the user opens the
 * tab again, which resets the boundary) `load` is called again. A successful download is kept.
 */
export function lazyStep<P extends object>(load: () => Promise<{ readonly default: ComponentType<P> }>): ComponentType<P> {
  let download: Download<P> | null = null;

  function start(): Download<P> {
    const started: Download<P> = {
      failed: false,
      Component: lazy(() =>
        load().catch((error: unknown) => {
          started.failed = true;
          throw new StepLoadError(error);
        }),
      ),
    };
    return started;
  }

  function LazyStep(props: P) {
    const attempt = useContext(StepAttempt);
    if (download?.failed) {
      // Rendering the failed download throws its error: React may render more than once for the same
      // attempt, so it is discarded only on a later attempt (after the boundary reset).
      download.thrownAt ??= attempt;
      if (download.thrownAt !== attempt) download = null;
    }
    download ??= start();
    const { Component } = download;
    return <Component {...props} />;
  }
  return LazyStep;
}
