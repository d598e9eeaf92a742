import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { t, uiMessage } from "../../i18n/strings";
import type { StepComponentProps } from "../../shell/stepComponent";

type Outcome = { readonly kind: "none" } | { readonly kind: "loaded"; readonly units: number } | null;

/** "Use the criteria already in this workbook": reads the ThiDua workbook and pre-fills the cluster. */
export function WorkbookTemplateLoader({ actions, locale, ops, dispatch }: StepComponentProps) {
  const [outcome, setOutcome] = useState<Outcome>(null);

  const read = async () => {
    setOutcome(null);
    const result = await ops.run(uiMessage("template.readingWorkbook"), () => actions.readWorkbook(), { failureShownBy: "shell" });
    if (!result.ok) return;
    const found = result.value.thidua;
    if (!found) {
      setOutcome({ kind: "none" });
      return;
    }
    dispatch({
      type: "loadFromWorkbook",
      chosen: { template: found.template, origin: { kind: "workbook" } },
      cluster: found.cluster,
      period: found.period,
      units: found.units,
    });
    setOutcome({ kind: "loaded", units: found.units.length });
  };

  return (
    <>
      <div>
        <Button disabled={ops.busy} onClick={() => void read()}>
          {t(locale, "template.readWorkbook")}
        </Button>
      </div>
      {outcome?.kind === "none" && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(locale, "template.workbookHasNone")}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === "loaded" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t(locale, "template.workbookLoaded", { count: outcome.units })}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
