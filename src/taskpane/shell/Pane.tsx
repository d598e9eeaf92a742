import { Subtitle1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { ExcelActions } from "../../excel/actions/types";
import { UnsupportedApiNotice } from "../components/UnsupportedApiNotice";
import type { Locale } from "../i18n/strings";
import { catalogueLocale, t } from "../i18n/strings";
import { REQUIRED_EXCEL_API } from "../../excel/apiSupport";
import { steps as registeredSteps } from "../steps/registry";
import { LanguageSwitch } from "./LanguageSwitch";
import { OperationStatus } from "./OperationStatus";
import { type PaneState, initialPaneState, paneReducer } from "./paneState";
import { focusStepWhenReady } from "./focusStep";
import { StepNav, panelId } from "./StepNav";
import { StepPanels } from "./StepPanels";
import type { StepDefinition } from "./stepComponent";
import { UndoBar } from "./UndoBar";
import { useOperationRunner } from "./useOperationRunner";
import { useStepRunners } from "./useStepRunners";
import { useFreshness } from "./useFreshness";
import { useDoneSteps } from "./useDoneSteps";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  // Compact: the title and the language take about 60 px in a 320 px pane, leaving the screen to the step.
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, rowGap: 0 },
  title: { margin: 0 },
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

/** The task pane inside Excel: header, language switch, undo bar, step tabs, progress/errors, the steps opened so far (one shown). */
export function Pane({ locale: initialLocale, actions, requiredApiSupported, steps = registeredSteps, initialState = initialPaneState }: PaneProps) {
  const styles = useStyles();
  const idPrefix = useId("thidua-step");
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [state, dispatch] = useReducer(paneReducer, initialState);
  const [active, setActive] = useState<string>(steps[0]?.id ?? "");
  // Read when an operation fails: was the step that started it on screen? (Set with `active`, in goTo.)
  const activeRef = useRef(active);
  // Steps opened at least once stay mounted (hidden when another tab is open), so their results survive.
  // The count of openings lets a crashed step try again when it is opened again.
  const [opened, setOpened] = useState<ReadonlyMap<string, number>>(() => new Map(steps[0] ? [[steps[0].id, 1]] : []));
  const { runner, failure, dismissFailure, dismissFailureOf, runAs, writes, report } = useOperationRunner();
  const opsFor = useStepRunners(steps, runner, runAs, activeRef);
  const goTo = useCallback((stepId: string) => {
    if (!steps.some((s) => s.id === stepId)) return;
    activeRef.current = stepId;
    setActive(stepId);
    setOpened((prev) => new Map(prev).set(stepId, (prev.get(stepId) ?? 0) + 1));
    // A failure the status line shows because its step was hidden: the step's own alert shows it now.
    dismissFailureOf(stepId);
  }, [steps, dismissFailureOf]);
  // A step opened from a button of another step ("Tiếp: …") takes the focus: its primary action, else its heading.
  const [focusRequest, setFocusRequest] = useState<{ readonly stepId: string; readonly n: number } | null>(null);
  const goToAndFocus = useCallback((stepId: string) => {
    goTo(stepId);
    setFocusRequest((prev) => ({ stepId, n: (prev?.n ?? 0) + 1 }));
  }, [goTo]);
  useEffect(() => (focusRequest ? focusStepWhenReady(() => document.getElementById(panelId(idPrefix, focusRequest.stepId))) : undefined), [focusRequest, idPrefix]);
  const freshness = useFreshness(actions, writes);
  const doneSteps = useDoneSteps();
  const stepProps = useMemo(() => ({ actions, locale, state, dispatch, goTo: goToAndFocus, freshness }), [actions, locale, state, goToAndFocus, freshness]);

  return (
    <main className={styles.pane} lang={catalogueLocale(locale)}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>{t(locale, "app.name")}</Subtitle1>
        <LanguageSwitch locale={locale} onChange={setLocale} />
      </header>
      {!requiredApiSupported && (
        <UnsupportedApiNotice locale={locale} requirement={`${REQUIRED_EXCEL_API.name} ${REQUIRED_EXCEL_API.version}`} />
      )}
      <UndoBar locale={locale} actions={actions} ops={runner} writes={writes} report={report} />
      <StepNav locale={locale} steps={steps} active={active} onSelect={goTo} idPrefix={idPrefix} mounted={opened} done={doneSteps.done} />
      <OperationStatus locale={locale} current={runner.current} failure={failure} onDismiss={dismissFailure} />
      <StepPanels
        steps={steps}
        active={active}
        opened={opened}
        idPrefix={idPrefix}
        locale={locale}
        stepProps={stepProps}
        opsFor={opsFor}
        doneSetterFor={doneSteps.setterFor}
      />
    </main>
  );
}
