/**
 * Step "Tổng hợp khối": the higher body's emulation board picks every cluster's results (scoring workbooks or
 * summary exports), types the quotas across clusters, and sees one table of every unit, the quotas exceeded with
 * the units beyond them and the units found in two clusters; it downloads the table (.xlsx, CSV) and the board's
 * report (.docx). The same roll-up as `thidua rollup` (src/domain/rollup). The open workbook is neither read nor changed.
 */
import { Button, Field, MessageBar, MessageBarBody, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import { parseQuota } from "../../../domain/rollup/quotas";
import { rollup } from "../../../domain/rollup/rollup";
import type { ClusterResults, QuotaRule } from "../../../domain/rollup/types";
import type { ToneStyle } from "../../../domain/text/toneStyle";
import type { ClusterResultsRead } from "../../../export/readClusterResults";
import { message, render, type Message, type Params } from "../../../messages/message";
import type { rollupPaneTexts } from "../../../messages/rollupPaneTexts";
import { FilePicker } from "../../components/FilePicker";
import { catalogueLocale } from "../../i18n/strings";
import { asciiSlug, downloadBytes, MIME } from "../export/download";
import { ToneStyleChoice } from "../export/ToneStyleChoice";
import type { StepProps } from "../stepProps";
import { useReportDone } from "../useReportDone";
import { makeRollupCsv, makeRollupDocx, makeRollupXlsx, readResultsFile } from "./rollupFiles";
import { RollupResult } from "./RollupResult";

type TextId = keyof typeof rollupPaneTexts;

export interface RollupStepProps extends StepProps {
  /** How a chosen file is read (tests may replace it). */
  readonly readFile?: (file: File) => Promise<ClusterResultsRead>;
  /** How a made file is saved (tests may replace it). */
  readonly save?: (bytes: Uint8Array | string, fileName: string, mime: string) => void;
}

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Quota lines → rules, and a message per line that is not one. */
export function parseQuotaLines(text: string): { rules: QuotaRule[]; problems: Message[] } {
  const rules: QuotaRule[] = [];
  const problems: Message[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const q = parseQuota(line.trim());
    if (q.ok) rules.push(q.rule);
    else problems.push(message("ui.rollup.quotaLine", { line: i + 1, problem: q.error }));
  });
  return { rules, problems };
}

export function RollupStep({ locale, ops, setDone, readFile = readResultsFile, save = downloadBytes }: RollupStepProps) {
  const styles = useStyles();
  const headingId = useId();
  const loc = catalogueLocale(locale);
  const tx = (id: TextId, params: Params = {}) => render(message(`ui.${id}`, params), loc);
  const [clusters, setClusters] = useState<readonly ClusterResults[]>([]);
  const [failures, setFailures] = useState<readonly Message[]>([]);
  const [quotaText, setQuotaText] = useState("");
  const [error, setError] = useState<Message | null>(null);
  const [toneStyle, setToneStyle] = useState<ToneStyle>("new");
  const quotas = useMemo(() => parseQuotaLines(quotaText), [quotaText]);
  const result = useMemo(() => (clusters.length > 0 ? rollup(clusters, quotas.rules) : null), [clusters, quotas]);
  useReportDone(setDone, result !== null);

  const choose = async (files: readonly File[]) => {
    setError(null);
    const out = await ops.run(message("ui.rollup.reading", { count: files.length }), async () => Promise.all(files.map(async (f) => ({ file: f.name, read: await readFile(f) }))));
    if (!out.ok) return setError(out.error);
    setClusters(out.value.flatMap(({ read }) => (read.ok ? [read.value] : [])));
    setFailures(out.value.flatMap(({ file, read }) => (read.ok ? [] : read.errors.map((problem) => message("ui.rollup.fileFailed", { file, problem })))));
  };

  const download = async (kind: "xlsx" | "csv" | "docx") => {
    if (!result) return;
    const period = result.periods[0] ?? "";
    const file = `${kind === "docx" ? "bao-cao-tong-hop" : "tong-hop-khoi"}${period ? `-${asciiSlug(period)}` : ""}.${kind}`;
    const made = await ops.run(message("ui.rollup.making"), (): Promise<Uint8Array | string> => (kind === "xlsx" ? makeRollupXlsx(result, toneStyle) : kind === "docx" ? makeRollupDocx(result, toneStyle) : makeRollupCsv(result, toneStyle)));
    if (!made.ok) return setError(made.error);
    try {
      save(made.value, file, MIME[kind]);
    } catch (e) {
      console.error(e);
      setError(message("ui.rollup.downloadBlocked", { detail: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>{tx("rollup.title")}</h2>
      <p className={styles.hint}>{tx("rollup.intro")}</p>
      <Field label={tx("rollup.quotasLabel")} hint={tx("rollup.quotasHint")} validationState={quotas.problems.length > 0 ? "error" : "none"} validationMessage={quotas.problems.map((p) => render(p, loc)).join(" ")}>
        <Textarea value={quotaText} resize="vertical" onChange={(_, d) => setQuotaText(d.value)} />
      </Field>
      <FilePicker locale={locale} label={tx("rollup.pick")} hint={tx("rollup.pickHint")} accept=".xlsx,.csv" multiple disabled={ops.busy} onFiles={(files) => void choose(files)} />
      {[...(error ? [error] : []), ...failures].map((m, i) => (
        <MessageBar key={i} intent="error" layout="multiline" role="alert">
          <MessageBarBody>{render(m, loc)}</MessageBarBody>
        </MessageBar>
      ))}
      {result && (
        <>
          <RollupResult rollup={result} locale={locale} />
          <ToneStyleChoice locale={locale} value={toneStyle} disabled={ops.busy} onChange={setToneStyle} />
          <div>
            <Button appearance="primary" disabled={ops.busy} onClick={() => void download("xlsx")}>{tx("rollup.downloadXlsx")}</Button>{" "}
            <Button disabled={ops.busy} onClick={() => void download("csv")}>{tx("rollup.downloadCsv")}</Button>{" "}
            <Button disabled={ops.busy} onClick={() => void download("docx")}>{tx("rollup.downloadDocx")}</Button>
          </div>
        </>
      )}
    </section>
  );
}
