import { Button } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { t, type Locale, type StringId } from "../i18n/strings";

export interface NextStepButtonProps {
  readonly locale: Locale;
  /** Registry id of the step to open, and its tab label. */
  readonly stepId: string;
  readonly labelId: StringId;
  readonly goTo: (stepId: string) => void;
  readonly disabled?: boolean;
}

/** "Tiếp: <step>": the one primary action once a step is done; it takes the keyboard focus when it appears. */
export function NextStepButton({ locale, stepId, labelId, goTo, disabled = false }: NextStepButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <Button ref={ref} appearance="primary" disabled={disabled} onClick={() => goTo(stepId)} data-step-primary="">
      {t(locale, "next.step", { step: t(locale, labelId) })}
    </Button>
  );
}
