import type { ComponentType, Dispatch } from "react";
import type { StringId } from "../i18n/strings";
import type { StepProps } from "../steps/stepProps";
import type { PaneAction, PaneState } from "./paneState";

/** What the shell gives every step besides StepProps: the shared state, and a way to open another step. */
export interface SharedStepProps {
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneAction>;
  /** Opens the step with this registry id (no-op for an unknown id). */
  readonly goTo: (stepId: string) => void;
}

export type StepComponentProps = StepProps & SharedStepProps;

/** One entry of the step navigation (src/taskpane/steps/registry.ts). */
export interface StepDefinition {
  readonly id: string;
  /** Tab label, e.g. "step.template.label". */
  readonly labelId: StringId;
  readonly Component: ComponentType<StepComponentProps>;
}
