import { Body1, Button, MessageBar, MessageBarBody, Subtitle1, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ClashChoice, InsertPreview, InsertRequest, WriteResult } from "../../../excel/actions/types";
import { t, tm, uiMessage } from "../../i18n/strings";
import { message, type Message } from "../../../messages/message";
import { StepError } from "../../components/StepError";

type FailureTitle = "insert.failedTitle" | "insert.previewFailedTitle" | "insert.openFailedTitle";
import { readinessOf } from "../../shell/readiness";
import type { StepComponentProps } from "../../shell/stepComponent";
import type { Rename } from "../../../domain/template/change/renames";
import { CriteriaChangeView } from "./CriteriaChangeView";
import { InsertBlockers } from "./InsertBlockers";
import { InsertPreviewView } from "./InsertPreviewView";
import { InsertResultView } from "./InsertResultView";
import { useReportDone } from "../useReportDone";
import { cellPlace } from "../../i18n/cellPlace";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Step "Chèn mẫu": preview what will be created or changed, then insert (undoable). */
export function InsertStep({ actions, locale, ops, state, goTo, setDone }: StepComponentProps) {
  const styles = useStyles();
  const titleId = useId("thidua-insert-title");
  const readiness = useMemo(() => readinessOf(state), [state]);
  // The rename list ("I.3=I.4") typed in the criteria change view goes with the request.
  const [renames, setRenames] = useState<readonly Rename[]>([]);
  const request = useMemo(() => (readiness.request && renames.length > 0 ? { ...readiness.request, renames } : readiness.request), [readiness.request, renames]);
  const [preview, setPreview] = useState<{ for: InsertRequest; preview: InsertPreview } | null>(null);
  const [choice, setChoice] = useState<ClashChoice | null>(null);
  const [result, setResult] = useState<{ write: WriteResult; request: InsertRequest } | null>(null);
  // A refusal or failure is shown next to the buttons that caused it, announced, and focused.
  const [failure, setFailure] = useState<{ readonly title: FailureTitle; readonly error: Message } | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  // Done once inserted here, or when the pane read its template from a workbook ThiDua made.
  useReportDone(setDone, result !== null || state.chosen?.origin.kind === "workbook");
  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);
  const { run } = ops;

  const loadPreview = useCallback(
    async (req: InsertRequest, isActive: () => boolean = () => true) => {
      const outcome = await run(uiMessage("insert.previewing"), () => actions.previewInsert(req));
      if (!isActive()) return;
      setFailure(outcome.ok ? null : { title: "insert.previewFailedTitle", error: outcome.error });
      if (outcome.ok) {
        setPreview({ for: req, preview: outcome.value });
        setChoice(null);
        setResult(null);
      }
    },
    [actions, run],
  );

  // The step stays mounted when the user looks at another tab, and its effects run again when the tab is
  // shown: keep the insert's result and an up-to-date preview instead of previewing again.
  const resultRef = useRef(result);
  resultRef.current = result;
  const previewRef = useRef(preview);
  previewRef.current = preview;
  useEffect(() => {
    if (!request) return;
    if (resultRef.current?.request === request || previewRef.current?.for === request) return;
    let active = true;
    void loadPreview(request, () => active);
    return () => {
      active = false;
    };
  }, [request, loadPreview]);

  const current = preview && preview.for === request ? preview.preview : null;
  const needsChoice = current !== null && current.clashes.length > 0 && choice === null;

  const insert = async () => {
    if (!request || !current) return;
    const outcome = await ops.run(uiMessage("insert.running"), () =>
      actions.insert(request, current.clashes.length > 0 ? (choice ?? undefined) : undefined),
    );
    setFailure(outcome.ok ? null : { title: "insert.failedTitle", error: outcome.error });
    if (!outcome.ok) return;
    setResult({ write: outcome.value, request });
    setPreview(null);
    ops.wrote();
  };

  // After inserting, the Chèn button is gone: focus goes to the next thing to do.
  const openEntryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (result) openEntryRef.current?.focus();
  }, [result]);

  // The pane cannot move the keyboard focus into the sheet (Office.js has no such call): say how to get there.
  const [opened, setOpened] = useState<{ readonly sheet: string; readonly cell: string } | null>(null);
  const openEntry = async (at: { readonly sheet: string; readonly cell: string }) => {
    setOpened(null);
    const outcome = await ops.run(uiMessage("insert.opening", { sheet: at.sheet }), () => actions.selectCell(at.sheet, at.cell));
    setFailure(outcome.ok ? null : { title: "insert.openFailedTitle", error: outcome.error });
    if (outcome.ok) setOpened(at);
  };

  const next = result?.write.next;
  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <Subtitle1 as="h2" id={titleId}>
        {t(locale, "insert.title")}
      </Subtitle1>
      {!request ? (
        <InsertBlockers locale={locale} readiness={readiness} onGoToTemplate={() => goTo("template")} />
      ) : (
        <>
          <Body1>
            {t(locale, "insert.summary", {
              template: request.template.title,
              units: request.units.length,
              cluster: request.cluster || t(locale, "insert.unnamed"),
              period: request.period || t(locale, "insert.unnamed"),
            })}
          </Body1>
          {result && <InsertResultView locale={locale} result={result.write} />}
          {current && <InsertPreviewView locale={locale} preview={current} units={request.units} choice={choice} onChoice={setChoice} disabled={ops.busy} />}
          {current?.change && <CriteriaChangeView locale={locale} change={current.change} renames={renames} onRenames={setRenames} disabled={ops.busy} />}
          {!current && !result && !ops.busy && <Body1>{t(locale, "insert.previewMissing")}</Body1>}
          {needsChoice && <Body1>{t(locale, "insert.chooseClash")}</Body1>}
          <div className={styles.buttons}>
            {next && (
              // Excel stays on the sheet the user had open: take them to the first score cell.
              <Button ref={openEntryRef} appearance="primary" disabled={ops.busy} onClick={() => void openEntry(next)}>
                {t(locale, "insert.openEntry", { sheet: next.sheet })}
              </Button>
            )}
            {current && (
              <Button appearance="primary" disabled={ops.busy || needsChoice || (current.change?.problems.length ?? 0) > 0} onClick={() => void insert()} data-step-primary="">
                {t(locale, "insert.run")}
              </Button>
            )}
            <Button disabled={ops.busy} onClick={() => void loadPreview(request)}>
              {t(locale, "insert.refreshPreview")}
            </Button>
          </div>
          {opened && next && opened.sheet === next.sheet && opened.cell === next.cell && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t(locale, "insert.opened", { place: cellPlace(locale, opened) })}</MessageBarBody>
            </MessageBar>
          )}
          {failure && (
            <div ref={failureRef} tabIndex={-1}>
              <StepError locale={locale} title={tm(locale, message(`fresh.${failure.title}`))} error={failure.error} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
