/**
 * Step "Kiểm tra": reads and validates the whole Chấm điểm grid (actions.validate, one read), shows the
 * findings by unit and criterion (click one to select its cell), offers fixes to apply after confirmation,
 * and marks the bad cells in the sheet on request. Every action goes through ops.run.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef, useState } from "react";
import { countBySeverity } from "../../../domain/validation/finding";
import type { CellFix, ValidationReport } from "../../../excel/actions/types";
import { message, render, type Message } from "../../../messages/message";
import { catalogueLocale, t, type StringId } from "../../i18n/strings";
import type { StepProps } from "../stepProps";
import { highlightCells, type CellRef } from "./cells";
import { cellPlace } from "../../i18n/cellPlace";
import { FindingGroups } from "./FindingGroups";
import { FixList } from "./FixList";
import { groupFindings } from "./groupFindings";
import { SeverityCounts } from "./SeverityCounts";
import { StepError } from "../../components/StepError";
import { NextStepButton } from "../../components/NextStepButton";
import { StaleResult } from "../../components/StaleResult";
import { useShownResult } from "../../shell/useFreshness";
import { useReportDone } from "../useReportDone";

type CheckState =
  | { readonly kind: "empty" }
  | { readonly kind: "loading" }
  | { readonly kind: "error"; readonly error: Message }
  | { readonly kind: "done"; readonly report: ValidationReport; readonly run: number };

/** A failure of a secondary operation (select a cell, highlights, apply fixes): shown without losing the report. */
type Notice = { readonly title: StringId; readonly error: Message };

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  status: { fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Registry id of the Xếp hạng step, offered next once the scores have no error. */
export const RANKING_STEP_ID = "ranking";

export interface CheckStepProps extends StepProps {
  /** The shell's step navigation (StepComponentProps.goTo): adds "Tiếp: Xếp hạng" once no error is left. */
  readonly goTo?: (stepId: string) => void;
}

export function CheckStep({ actions, locale, ops, freshness, goTo, setDone }: CheckStepProps) {
  const styles = useStyles();
  const headingId = useId();
  const findingsHeadingId = useId();
  const loc = catalogueLocale(locale);
  const [state, setState] = useState<CheckState>({ kind: "empty" });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [applied, setApplied] = useState<Message | null>(null);
  const [highlight, setHighlight] = useState(false);
  const highlightOn = useRef(false);
  const runs = useRef(0);

  const paint = async (report: ValidationReport | null, on: boolean): Promise<boolean> => {
    const out = on && report
      ? await ops.run(message("ui.check.highlighting"), () => actions.showHighlights(highlightCells(report)))
      : await ops.run(message("ui.check.unhighlighting"), () => actions.clearHighlights());
    if (!out.ok) setNotice({ title: "check.highlightFailed", error: out.error });
    return out.ok;
  };

  const validate = async () => {
    setState({ kind: "loading" });
    setNotice(null);
    const out = await ops.run(message("ui.check.running"), () => actions.validate());
    if (!out.ok) {
      setState({ kind: "error", error: out.error });
      return;
    }
    runs.current += 1;
    setState({ kind: "done", report: out.value, run: runs.current });
    if (highlightOn.current) await paint(out.value, true);
  };

  const runCheck = () => {
    setApplied(null);
    void validate();
  };

  const select = async (ref: CellRef) => {
    const out = await ops.run(message("ui.check.selecting", { location: cellPlace(locale, ref) }), () => actions.selectCell(ref.sheet, ref.cell));
    setNotice(out.ok ? null : { title: "check.selectFailed", error: out.error });
  };

  const toggleHighlight = async (on: boolean) => {
    const report = state.kind === "done" ? state.report : null;
    highlightOn.current = on;
    setHighlight(on);
    setNotice(null);
    if (!(await paint(report, on))) {
      highlightOn.current = !on;
      setHighlight(!on);
    }
  };

  const apply = async (fixes: readonly CellFix[]) => {
    setNotice(null);
    setApplied(null);
    const out = await ops.run(message("ui.check.fixes.applying", { count: fixes.length }), () => actions.applyFixes(fixes));
    if (!out.ok) {
      setNotice({ title: "check.fixes.failed", error: out.error });
      return;
    }
    ops.wrote();
    setApplied(out.value.summary);
    await validate();
  };

  const report = state.kind === "done" ? state.report : null;
  const stale = useShownResult(freshness, "check", report?.source ?? null);
  const counts = report ? countBySeverity(report.findings) : null;
  const units = report?.result.units.length ?? 0;
  const clean = report !== null && report.findings.length === 0 && report.fixes.length === 0;
  const nothingEntered = report !== null && !report.result.sheet.cells.some((row) => row.some((c) => c.self.kind !== "empty" || c.cluster.kind !== "empty"));
  const canRank = report !== null && counts !== null && counts.error === 0 && !nothingEntered && !stale;
  useReportDone(setDone, canRank);

  let status = "";
  if (state.kind === "empty") status = t(locale, "check.empty");
  else if (state.kind === "loading") status = t(locale, "check.running");
  else if (nothingEntered) status = t(locale, "check.nothingEntered", { units });
  else if (report && counts) {
    status = clean
      ? t(locale, "check.success", { units })
      : counts.error > 0
        ? t(locale, "check.summaryErrors", { errors: counts.error, units })
        : t(locale, "check.summaryNoErrors", { count: report.findings.length, units });
  }

  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>{t(locale, "check.title")}</h2>
      <p className={styles.hint}>{t(locale, "check.intro")}</p>
      <div className={styles.row}>
        {canRank && goTo && <NextStepButton locale={locale} stepId={RANKING_STEP_ID} labelId="step.ranking.label" goTo={goTo} disabled={ops.busy} />}
        <Button appearance={canRank && goTo ? "secondary" : "primary"} disabled={ops.busy} onClick={runCheck} data-step-primary="">
          {t(locale, state.kind === "done" ? "check.rerun" : "check.run")}
        </Button>
        <Switch
          checked={highlight}
          disabled={ops.busy || report === null || stale}
          onChange={(_, d) => void toggleHighlight(d.checked)}
          label={t(locale, "check.highlight")}
        />
      </div>

      <StaleResult locale={locale} stale={stale} busy={ops.busy} onRecompute={runCheck}>
      <div role="status" aria-live="polite" className={styles.status}>
        {state.kind === "loading" ? <Spinner size="tiny" labelPosition="after" label={status} /> : status}
      </div>

      {state.kind === "error" && (
        <StepError locale={locale} title={t(locale, "check.errorTitle")} error={state.error} onRetry={runCheck} retryLabel={t(locale, "check.retry")} retryDisabled={ops.busy} />
      )}
      {notice && <StepError locale={locale} title={t(locale, notice.title)} error={notice.error} />}
      {applied && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{render(applied, loc)}</MessageBarBody>
        </MessageBar>
      )}

      {report && !clean && !nothingEntered && (
        <>
          <SeverityCounts findings={report.findings} locale={locale} />
          {report.fixes.length > 0 && (
            <FixList key={state.kind === "done" ? state.run : 0} fixes={report.fixes} locale={locale} busy={ops.busy} onApply={(f) => void apply(f)} />
          )}
          {report.findings.length > 0 && (
            <section aria-labelledby={findingsHeadingId}>
              <h3 id={findingsHeadingId}>{t(locale, "check.findingsHeading")}</h3>
              <p className={styles.hint}>{t(locale, "check.findingsHint")}</p>
              <FindingGroups
                groups={groupFindings(report.findings, report.result.units.map((u) => u.name))}
                locale={locale}
                onSelect={(ref) => void select(ref)}
              />
            </section>
          )}
        </>
      )}
      </StaleResult>
    </section>
  );
}
