/**
 * Step "Tự chấm": the cluster head picks the units' self-scoring files (one or many); the step reads them,
 * plans the merge against the open workbook (planMerge, the same as `thidua merge`) and shows the preview:
 * each file's outcome, every Tự chấm cell old → new, the findings with where and how to fix. Reading the
 * workbook and writing go through `actions.readMergeCluster` / `actions.applySelfScores` (undoable).
 * A file with errors is skipped as a whole; while any is skipped, writing needs an explicit tick.
 */
import { Button, Checkbox, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { findingWhere } from "../../../domain/merge/findingWhere";
import { planMerge } from "../../../domain/merge/planMerge";
import type { HandoutInput, MergePlan } from "../../../domain/merge/types";
import type { RawValue } from "../../../domain/scoring/entryValue";
import { formatNumber } from "../../../messages/format";
import { message, render, type Message, type Params } from "../../../messages/message";
import type { handoutTexts } from "../../../messages/handoutTexts";
import type { StepProps } from "../stepProps";
import { readHandoutFile } from "./readHandoutFiles";
import { catalogueLocale } from "../../i18n/strings";
import { useReportDone } from "../useReportDone";
import { FilePicker } from "../../components/FilePicker";

/** Cells listed before "show all". */
export const FIRST_CHANGES = 50;

type PaneId = Extract<keyof typeof handoutTexts, `pane.${string}`>;

export interface SelfScoringStepProps extends StepProps {
  /** How a chosen file is read (tests may replace it). */
  readonly readFile?: (file: File) => Promise<HandoutInput>;
  /** Current time (ISO) for the merge log. */
  readonly now?: () => string;
}

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

export function SelfScoringStep({ actions, locale, ops, setDone, readFile = readHandoutFile, now = () => new Date().toISOString() }: SelfScoringStepProps) {
  const styles = useStyles();
  const headingId = useId();
  const loc = catalogueLocale(locale);
  const tx = (id: PaneId, params: Params = {}) => render(message(`handout.${id}`, params), loc);
  const tm = (m: Message) => render(m, loc);
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [skipBad, setSkipBad] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const [written, setWritten] = useState<number | null>(null);
  useReportDone(setDone, written !== null);

  const choose = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setError(null);
    setWritten(null);
    setSkipBad(false);
    setShowAll(false);
    const out = await ops.run(message("handout.pane.reading", { count: files.length }), async () => {
      const cluster = await actions.readMergeCluster();
      const inputs: HandoutInput[] = [];
      for (const f of files) inputs.push(await readFile(f));
      return planMerge(cluster, inputs, { now: now() });
    });
    if (out.ok) setPlan(out.value);
    else {
      setPlan(null);
      setError(out.error);
    }
  };

  const write = async () => {
    if (!plan) return;
    const out = await ops.run(message("handout.pane.writing", { count: plan.changes.length }), () => actions.applySelfScores(plan.changes, plan.log));
    if (!out.ok) {
      setError(out.error);
      return;
    }
    ops.wrote();
    setWritten(plan.changes.length);
    setPlan(null);
  };

  const skipped = plan ? plan.files.filter((f) => f.status === "skipped").length : 0;
  const shown = plan ? (showAll ? plan.changes : plan.changes.slice(0, FIRST_CHANGES)) : [];
  const value = (v: RawValue) => (v === null || v === undefined || v === "" ? tx("pane.empty") : typeof v === "number" ? formatNumber(v, loc) : String(v));

  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>{tx("pane.title")}</h2>
      <p className={styles.hint}>{tx("pane.intro")}</p>
      <FilePicker locale={locale} label={tx("pane.pick")} accept=".xlsx,.xls" multiple disabled={ops.busy} onFiles={(files) => void choose(files)} />
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{tm(error)}</MessageBarBody>
        </MessageBar>
      )}
      {written !== null && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{tx("pane.written", { count: written })}</MessageBarBody>
        </MessageBar>
      )}
      {plan && (
        <>
          <h3 className={styles.heading}>{tx("pane.filesHeading", { count: plan.files.length })}</h3>
          <ul className={styles.list}>
            {plan.files.map((f, i) => (
              <li key={`${f.file}-${i}`}>
                <strong>{f.file}</strong>
                {" – "}
                {f.status === "skipped"
                  ? tx("pane.fileSkipped", { reason: f.reason ?? "" })
                  : f.status === "merge"
                    ? tx("pane.fileMerge", { unit: f.unit ?? "", changes: f.changes })
                    : f.status === "alreadyMerged"
                      ? tx("pane.fileAlreadyMerged", { unit: f.unit ?? "" })
                      : tx("pane.fileUnchanged", { unit: f.unit ?? "" })}
              </li>
            ))}
          </ul>
          {plan.changes.length === 0 ? (
            <p>{tx("pane.noChanges")}</p>
          ) : (
            <>
              <h3 className={styles.heading}>{tx("pane.changesHeading", { count: plan.changes.length })}</h3>
              <table className={styles.table}>
                <thead>
                  <tr>
                    {(["col.unit", "col.criterion", "col.cell", "col.old", "col.new"] as const).map((h) => (
                      <th key={h} scope="col" className={styles.cell}>{render(message(`handout.${h}`), loc)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {shown.map((c) => (
                    <tr key={`${c.unitIndex}-${c.leafIndex}`}>
                      <td className={styles.cell}>{c.unit}</td>
                      <td className={styles.cell}>{c.criterion}</td>
                      <td className={styles.cell}>{c.where.cell}</td>
                      <td className={styles.cell}>{value(c.old)}</td>
                      <td className={styles.cell}>{value(c.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {!showAll && plan.changes.length > FIRST_CHANGES && (
                <Button appearance="subtle" onClick={() => setShowAll(true)}>{tx("pane.showAll", { count: plan.changes.length })}</Button>
              )}
            </>
          )}
          {plan.findings.length > 0 && (
            <>
              <h3 className={styles.heading}>{tx("pane.findingsHeading", { count: plan.findings.length })}</h3>
              <ul className={styles.list}>
                {plan.findings.map((f, i) => (
                  <li key={i}>
                    <strong>{render(message(`cli.severity.${f.severity}`), loc)}</strong> {findingWhere(f, loc)}: {tm(f.message)}
                    {f.fix ? ` → ${tm(f.fix.message)}` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
          {skipped > 0 && plan.changes.length > 0 && (
            <>
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>{tx("pane.blocked", { count: skipped })}</MessageBarBody>
              </MessageBar>
              <Checkbox checked={skipBad} onChange={(_, d) => setSkipBad(d.checked === true)} label={tx("pane.skipBad", { count: skipped })} />
            </>
          )}
          {plan.changes.length > 0 && (
            <div>
              <Button appearance="primary" disabled={ops.busy || (skipped > 0 && !skipBad)} onClick={() => void write()}>
                {tx("pane.write", { count: plan.changes.length })}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
