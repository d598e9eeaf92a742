import { Title3, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useCallback, useReducer, useState } from "react";
import type { ExcelActions } from "../../excel/actions/types";
import { UnsupportedApiNotice } from "../components/UnsupportedApiNotice";
import type { Locale } from "../i18n/strings";
import { catalogueLocale, t } from "../i18n/strings";
import { REQUIRED_EXCEL_API } from "../office/api-support";
import { steps as registeredSteps } from "../steps/registry";
import { LanguageSwitch } from "./LanguageSwitch";
import { OperationStatus } from "./OperationStatus";
import { type PaneState, initialPaneState, paneReducer } from "./paneState";
import { StepBoundary } from "./StepBoundary";
import { StepNav, panelId, tabId } from "./StepNav";
import type { StepDefinition } from "./stepComponent";
import { UndoBar } from "./UndoBar";
import { useOperationRunner } from "./useOperationRunner";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface PaneProps {
  /** Initial language (Office's display language); the user can switch. */
  readonly locale: Locale;
  readonly actions: ExcelActions;
  readonly requiredApiSupported: boolean;
  /** Defaults to the registry; tests may pass their own. */
  readonly steps?: readonly StepDefinition[];
  /** Defaults to empty; tests may start from a filled state. */
  readonly initialState?: PaneState;
}

/** The task pane inside Excel: header, language switch, undo bar, step tabs, progress/errors, the open step. */
export function Pane({ locale: initialLocale, actions, requiredApiSupported, steps = registeredSteps, initialState = initialPaneState }: PaneProps) {
  const styles = useStyles();
  const idPrefix = useId("thidua-step");
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [state, dispatch] = useReducer(paneReducer, initialState);
  const [active, setActive] = useState<string>(steps[0]?.id ?? "");
  const { runner, failure, dismissFailure, writes, report } = useOperationRunner();
  const goTo = useCallback((stepId: string) => {
    if (steps.some((s) => s.id === stepId)) setActive(stepId);
  }, [steps]);
  const step = steps.find((s) => s.id === active);

  return (
    <main className={styles.pane} lang={catalogueLocale(locale)}>
      <header className={styles.header}>
        <Title3 as="h1">{t(locale, "app.name")}</Title3>
        <LanguageSwitch locale={locale} onChange={setLocale} />
      </header>
      {!requiredApiSupported && (
        <UnsupportedApiNotice locale={locale} requirement={`${REQUIRED_EXCEL_API.name} ${REQUIRED_EXCEL_API.version}`} />
      )}
      <UndoBar locale={locale} actions={actions} ops={runner} writes={writes} report={report} />
      <StepNav locale={locale} steps={steps} active={active} onSelect={goTo} idPrefix={idPrefix} />
      <OperationStatus locale={locale} current={runner.current} failure={failure} onDismiss={dismissFailure} />
      {step && (
        <div role="tabpanel" id={panelId(idPrefix, step.id)} aria-labelledby={tabId(idPrefix, step.id)} className={styles.panel}>
          <StepBoundary key={step.id} locale={locale}>
            <step.Component actions={actions} locale={locale} ops={runner} state={state} dispatch={dispatch} goTo={goTo} />
          </StepBoundary>
        </div>
      )}
    </main>
  );
}
