/**
 * Step "Xếp hạng": builds or refreshes the ranking sheet (actions.rank, a write: ops.wrote() after it),
 * then summarises the result: the top of the ranking, ties and how they were broken, units that need a
 * vote, ineligible units, and a link to the sheet. Warns that the ranking is provisional while the data
 * has errors. Below, a collapsible section imports earlier periods' results into Lịch sử (HistoryImport.tsx).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { RankingReport } from "../../../excel/actions/types";
import { message, render, type Message } from "../../../messages/message";
import { UnsupportedApiNotice } from "../../components/UnsupportedApiNotice";
import { catalogueLocale, t } from "../../i18n/strings";
import { NextStepButton } from "../../components/NextStepButton";
import { StepError } from "../../components/StepError";
import { StaleResult } from "../../components/StaleResult";
import { useShownResult } from "../../shell/useFreshness";
import type { StepProps } from "../stepProps";
import { HistoryImport } from "./HistoryImport";
import { RankingNotes } from "./RankingNotes";
import { RankingTable } from "./RankingTable";
import { rankingView } from "./rankingView";
import { useReportDone } from "../useReportDone";

/** Rows shown before "Xem tất cả". */
export const TOP_ROWS = 10;

type RankingState =
  | { readonly kind: "empty" }
  | { readonly kind: "loading" }
  | { readonly kind: "error"; readonly error: Message }
  | { readonly kind: "done"; readonly report: RankingReport };

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  status: { fontWeight: tokens.fontWeightSemibold },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  sub: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
});

/** Registry id of the Kiểm tra step, opened from the provisional warning. */
export const CHECK_STEP_ID = "check";
/** Registry id of the Xuất step, offered next once the ranking is final. */
export const EXPORT_STEP_ID = "export";

export interface RankingStepProps extends StepProps {
  /** The shell's step navigation (StepComponentProps.goTo): adds "Mở bước Kiểm tra" to the provisional warning. */
  readonly goTo?: (stepId: string) => void;
}

export function RankingStep({ actions, locale, ops, goTo, freshness, setDone }: RankingStepProps) {
  const styles = useStyles();
  const headingId = useId();
  const tableHeadingId = useId();
  const loc = catalogueLocale(locale);
  const [state, setState] = useState<RankingState>({ kind: "empty" });
  const [openError, setOpenError] = useState<Message | null>(null);
  const [showAll, setShowAll] = useState(false);

  const rank = async () => {
    setState({ kind: "loading" });
    setOpenError(null);
    const out = await ops.run(message("ui.ranking.running"), () => actions.rank());
    if (!out.ok) {
      setState({ kind: "error", error: out.error });
      return;
    }
    ops.wrote();
    setShowAll(false);
    setState({ kind: "done", report: out.value });
  };

  const openSheet = async (sheet: string) => {
    const out = await ops.run(message("ui.ranking.opening", { sheet }), () => actions.selectCell(sheet, "A1"));
    setOpenError(out.ok ? null : out.error);
  };

  const report = state.kind === "done" ? state.report : null;
  const stale = useShownResult(freshness, "ranking", report?.source ?? null);
  const view = report ? rankingView(report.result) : null;
  const rows = view ? (showAll ? view.rows : view.rows.slice(0, TOP_ROWS)) : [];
  // Not provisional and not stale: the next thing to do is export.
  const final = view !== null && view.errors === 0 && view.unscored === 0 && !stale;
  useReportDone(setDone, final);

  let status = "";
  if (state.kind === "empty") status = t(locale, "ranking.empty");
  else if (state.kind === "loading") status = t(locale, "ranking.running");
  else if (report && view) status = t(locale, "ranking.done", { sheet: report.sheet, units: view.rows.length });

  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>{t(locale, "ranking.title")}</h2>
      <p className={styles.hint}>{t(locale, "ranking.intro")}</p>
      <div className={styles.row}>
        {final && goTo && <NextStepButton locale={locale} stepId={EXPORT_STEP_ID} labelId="step.export.label" goTo={goTo} disabled={ops.busy} />}
        <Button appearance={final && goTo ? "secondary" : "primary"} disabled={ops.busy} onClick={() => void rank()} data-step-primary="">
          {t(locale, report ? "ranking.rerun" : "ranking.run")}
        </Button>
        {report && (
          <Button disabled={ops.busy || stale} onClick={() => void openSheet(report.sheet)}>
            {t(locale, "ranking.openSheet", { sheet: report.sheet })}
          </Button>
        )}
      </div>

      <StaleResult locale={locale} stale={stale} busy={ops.busy} onRecompute={() => void rank()}>
      <div role="status" aria-live="polite" className={styles.status}>
        {state.kind === "loading" ? <Spinner size="tiny" labelPosition="after" label={status} /> : status}
      </div>

      {state.kind === "error" && (
        <StepError locale={locale} title={t(locale, "ranking.errorTitle")} error={state.error} onRetry={() => void rank()} retryLabel={t(locale, "ranking.retry")} retryDisabled={ops.busy} />
      )}
      {openError && <StepError locale={locale} title={t(locale, "ranking.openFailed")} error={openError} />}

      {report && view && (
        <>
          {(view.errors > 0 || view.unscored > 0) && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t(locale, "ranking.provisionalTitle")}</MessageBarTitle>
                {view.errors > 0 && t(locale, "ranking.provisionalBody", { errors: view.errors })}
                {view.errors > 0 && view.unscored > 0 && " "}
                {view.unscored > 0 && t(locale, "ranking.provisionalUnscored", { count: view.unscored })}
              </MessageBarBody>
              {goTo && (
                <MessageBarActions>
                  <Button onClick={() => goTo(CHECK_STEP_ID)}>{t(locale, "ranking.goToCheck")}</Button>
                </MessageBarActions>
              )}
            </MessageBar>
          )}
          {report.write.notices.map((n) => <UnsupportedApiNotice key={n.feature} locale={locale} requirement={n.requirement} />)}
          <p className={styles.hint}>{render(report.write.summary, loc)}</p>

          <section aria-labelledby={tableHeadingId}>
            <h3 id={tableHeadingId} className={styles.sub}>
              {view.rows.length > rows.length
                ? t(locale, "ranking.topOf", { shown: rows.length, units: view.rows.length })
                : t(locale, "ranking.tableHeading")}
            </h3>
            <RankingTable rows={rows} hasBands={view.hasBands} percent={view.percent} precision={view.precision} locale={locale} labelledBy={tableHeadingId} />
            {view.rows.length > TOP_ROWS && (
              <Button appearance="subtle" aria-expanded={showAll} onClick={() => setShowAll((s) => !s)}>
                {showAll ? t(locale, "ranking.showTop", { shown: TOP_ROWS }) : t(locale, "ranking.showAll", { units: view.rows.length })}
              </Button>
            )}
          </section>
          <RankingNotes view={view} locale={locale} />
        </>
      )}
      </StaleResult>
      <HistoryImport actions={actions} locale={locale} ops={ops} />
    </section>
  );
}
