import { createContext } from "react";

/**
 * Which attempt at showing a step this is: StepBoundary's `visit` (how many times the step's tab has been
 * opened). A step that failed to download (lazyStep) is downloaded again on a later attempt.
 */
export const StepAttempt = createContext(0);
