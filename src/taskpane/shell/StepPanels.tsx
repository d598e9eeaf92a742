import { makeStyles, tokens } from "@fluentui/react-components";
import { Activity } from "react";
import type { Locale } from "../i18n/strings";
import type { OperationRunner } from "../steps/stepProps";
import { StepBoundary } from "./StepBoundary";
import { panelId, tabId } from "./StepNav";
import type { StepComponentProps, StepDefinition } from "./stepComponent";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    // `display: flex` would beat the browser's [hidden] rule: a hidden panel must take no room (nor a gap in the pane).
    "&[hidden]": { display: "none" },
  },
});

export interface StepPanelsProps {
  readonly steps: readonly StepDefinition[];
  readonly active: string;
  /** Steps opened at least once, with how many times: only these are mounted (a lazy step is loaded when first opened). */
  readonly opened: ReadonlyMap<string, number>;
  readonly idPrefix: string;
  readonly locale: Locale;
  readonly stepProps: Omit<StepComponentProps, "ops">;
  /** The step's own `ops` (it knows which step starts an operation: see useStepRunners). */
  readonly opsFor: (stepId: string) => OperationRunner;
  /** The step's own `setDone` (a stable function per step). */
  readonly doneSetterFor: (stepId: string) => (done: boolean) => void;
}

/**
 * One tab panel per opened step. A step stays mounted when the user opens another tab, so its last result
 * (Kiểm tra's report, Xếp hạng's summary) is still there on coming back. The other panels are `hidden`
 * and inside a hidden <Activity>: their state is kept, but their effects are disconnected (a hidden step
 * starts no operation and takes no focus) and reconnected when the step is shown again.
 */
export function StepPanels({ steps, active, opened, idPrefix, locale, stepProps, opsFor, doneSetterFor }: StepPanelsProps) {
  const styles = useStyles();
  return (
    <>
      {steps
        .filter((step) => opened.has(step.id))
        .map((step) => {
          const open = step.id === active;
          return (
            <div
              key={step.id}
              role="tabpanel"
              id={panelId(idPrefix, step.id)}
              aria-labelledby={tabId(idPrefix, step.id)}
              hidden={!open}
              className={styles.panel}
            >
              <Activity mode={open ? "visible" : "hidden"}>
                <StepBoundary locale={locale} visit={opened.get(step.id) ?? 0}>
                  <step.Component {...stepProps} ops={opsFor(step.id)} setDone={doneSetterFor(step.id)} />
                </StepBoundary>
              </Activity>
            </div>
          );
        })}
    </>
  );
}
