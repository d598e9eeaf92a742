/**
 * Step "Xuất": reads the workbook (actions.readWorkbook for cluster and period, actions.validate for the
 * domain's result of what is typed), takes the meeting details in a form, and downloads the biên bản
 * (.docx) and the summary (.csv, .xlsx). The generators (docx, exceljs, zod) are loaded on demand
 * (./generate.ts). A host that blocks downloads gets the reason and the CSV text to copy; see
 * docs/export.md for Excel desktop vs web.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ClusterResult } from "../../../domain/cluster";
import { countBySeverity } from "../../../domain/validation/finding";
import { ActionError, type ResultSource, type ValidationReport } from "../../../excel/actions/types";
import { clusterSummary, type ClusterSummary } from "../../../export/clusterSummary";
import { withToneStyle } from "../../../export/toneStyle";
import type { ToneStyle } from "../../../domain/text/toneStyle";
import { ToneStyleChoice } from "./ToneStyleChoice";
import { message, render, type Message, type Params } from "../../../messages/message";
import type { exportTexts } from "../../../messages/exportTexts";
import type { StepProps } from "../stepProps";
import { downloadBytes, exportFileName, MIME } from "./download";
import { checkMeeting, makeCsv, makeDocx, makeXlsx } from "./generate";
import { StepError } from "../../components/StepError";
import { MeetingForm } from "./MeetingForm";
import { emptyForm, fieldOfPath, formToMeetingInput, type FormField, type MeetingFormValues } from "./meetingForm";
import { catalogueLocale } from "../../i18n/strings";
import { StaleResult } from "../../components/StaleResult";
import { useShownResult } from "../../shell/useFreshness";
import { MeetingSaveBar, NoteBar, useSavedMeeting, type Note } from "./useSavedMeeting";
import type { freshnessTexts } from "../../../messages/freshnessTexts";
import { useReportDone } from "../useReportDone";

type PaneTextId = Extract<keyof typeof exportTexts, `pane.${string}`>;
const pm = (id: PaneTextId, params: Params = {}): Message => message(`export.${id}`, params);
type FreshTextId = keyof typeof freshnessTexts;

interface Ready {
  /** What the result was computed from (cluster and period included). */
  readonly source: ResultSource;
  readonly result: ClusterResult;
  readonly errors: number;
}

const readyOf = (report: ValidationReport): Ready => ({ source: report.source, result: report.result, errors: countBySeverity(report.result.findings).error });


type ExportState =
  | { readonly kind: "empty" }
  | { readonly kind: "loading" }
  | { readonly kind: "error"; readonly error: Message }
  | { readonly kind: "ready"; readonly data: Ready };

type Kind = "docx" | "csv" | "xlsx";

const useStyles = makeStyles({
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  sub: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  status: { fontWeight: tokens.fontWeightSemibold },
  csv: { width: "100%", fontFamily: tokens.fontFamilyMonospace },
});

export function ExportStep({ actions, locale, ops, freshness, setDone }: StepProps) {
  const styles = useStyles();
  const headingId = useId();
  const meetingId = useId();
  const downloadsId = useId();
  const loc = catalogueLocale(locale);
  const tx = (id: PaneTextId, params: Params = {}) => render(pm(id, params), loc);
  const fx = (id: FreshTextId, params: Params = {}) => render(message(`fresh.${id}`, params), loc);
  const [state, setState] = useState<ExportState>({ kind: "empty" });
  const [form, setForm] = useState<MeetingFormValues>(emptyForm);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FormField, string>>>({});
  const [notice, setNotice] = useState<Note | null>(null);
  const [csvText, setCsvText] = useState<string | null>(null);
  const [toneStyle, setToneStyle] = useState<ToneStyle>("new");
  // Done once a file was made from results that are still current.
  const [exported, setExported] = useState(false);
  const meeting = useSavedMeeting(actions, ops, locale, form, setForm, { value: toneStyle, set: setToneStyle });

  const prepare = async () => {
    setState({ kind: "loading" });
    setNotice(null);
    setCsvText(null);
    setExported(false);
    const out = await ops.run(pm("pane.preparing"), async () => {
      const wb = await actions.readWorkbook();
      if (!wb.thidua) throw new ActionError(pm("pane.notThiDua"), "notThiDua");
      return readyOf(await actions.validate());
    });
    setState(out.ok ? { kind: "ready", data: out.value } : { kind: "error", error: out.error });
    if (out.ok) await meeting.load();
  };

  /**
   * Every file is made from a fresh read: the workbook is read and checked again first. When it changed since
   * the result was shown, the pane shows the new result and the file uses it (the notice says so).
   */
  const reread = async (shown: Ready, file: string): Promise<{ data: Ready; changed: boolean } | null> => {
    const out = await ops.run(message("fresh.export.rereading", { file }), () => actions.validate());
    if (!out.ok) {
      setNotice({ intent: "error", title: tx("pane.downloadFailed", { file }), text: render(out.error, loc) });
      return null;
    }
    const data = readyOf(out.value);
    const changed = data.source.fingerprint !== shown.source.fingerprint;
    setState({ kind: "ready", data });
    return { data, changed };
  };

  /** The summary with the form's meeting, or null (field errors shown) when the form needs fixing. */
  const summaryFor = async (data: Ready): Promise<ClusterSummary | null> => {
    const checked = await checkMeeting(formToMeetingInput(form), tx("pane.meetingHeading"));
    if (!checked.ok) {
      const errors: Partial<Record<FormField, string>> = {};
      for (const e of checked.errors) {
        const field = fieldOfPath(String(e.params.field ?? ""));
        if (field && !errors[field]) errors[field] = render(e, loc);
      }
      setFieldErrors(errors);
      setNotice({ intent: "error", title: tx("pane.meetingInvalid"), text: checked.errors.map((e) => render(e, loc)).join(" ") });
      return null;
    }
    setFieldErrors({});
    return withToneStyle(clusterSummary(data.result, { clusterName: data.source.cluster, period: data.source.period, meeting: checked.meeting }), toneStyle);
  };

  const download = async (shown: Ready, kind: Kind) => {
    setNotice(null);
    if (!(await summaryFor(shown))) return; // the form first: nothing is read or written while a field is wrong
    const file = exportFileName(kind === "docx" ? "bien-ban" : "tong-hop", shown.source.cluster, shown.source.period, kind);
    const fresh = await reread(shown, file);
    if (!fresh) return;
    const { data, changed } = fresh;
    await meeting.saveIfChanged();
    const summary = await summaryFor(data);
    if (!summary) return;
    const made = await ops.run(pm("pane.generating", { file }), (): Promise<Uint8Array | string> =>
      kind === "docx" ? makeDocx(summary) : kind === "xlsx" ? makeXlsx(summary, data.result.template.precision) : makeCsv(summary),
    );
    if (!made.ok) {
      setNotice({ intent: "error", title: tx("pane.downloadFailed", { file }), text: render(made.error, loc) });
      return;
    }
    try {
      downloadBytes(made.value, file, MIME[kind]);
      setExported(true);
      setNotice(changed ? { intent: "warning", title: tx("pane.downloaded", { file }), text: fx("export.changed", { file }) } : { intent: "success", text: tx("pane.downloaded", { file }) });
    } catch (e) {
      console.error(e);
      setNotice({ intent: "error", title: tx("pane.downloadFailed", { file }), text: tx("pane.downloadBlocked", { detail: e instanceof Error ? e.message : String(e) }) });
      await showCsv(data, summary);
    }
  };

  const showCsv = async (shown: Ready, known?: ClusterSummary) => {
    let summary = known ?? null;
    if (!summary) {
      if (!(await summaryFor(shown))) return;
      const fresh = await reread(shown, "CSV");
      if (!fresh) return;
      summary = await summaryFor(fresh.data);
      if (fresh.changed) setNotice({ intent: "warning", text: fx("export.changed", { file: "CSV" }) });
    }
    if (!summary) return;
    const made = await ops.run(pm("pane.generating", { file: "CSV" }), () => makeCsv(summary));
    if (made.ok) setCsvText(made.value.replace(/^\uFEFF/, ""));
    else setNotice({ intent: "error", title: tx("pane.downloadFailed", { file: "CSV" }), text: render(made.error, loc) });
  };

  const data = state.kind === "ready" ? state.data : null;
  const stale = useShownResult(freshness, "export", data?.source ?? null);
  useReportDone(setDone, exported && data !== null && !stale);
  let status = tx("pane.empty");
  if (state.kind === "loading") status = tx("pane.preparing");
  else if (data) status = tx("pane.ready", { units: data.result.units.length, cluster: data.source.cluster, period: data.source.period });
  else if (state.kind === "error") status = "";

  return (
    <section className={styles.step} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>{tx("pane.title")}</h2>
      <p className={styles.hint}>{tx("pane.intro")}</p>
      <div className={styles.row}>
        <Button appearance={data ? "secondary" : "primary"} disabled={ops.busy} onClick={() => void prepare()} data-step-primary="">
          {tx(data ? "pane.reprepare" : "pane.prepare")}
        </Button>
      </div>
      <div role="status" aria-live="polite" className={styles.status}>
        {state.kind === "loading" ? <Spinner size="tiny" labelPosition="after" label={status} /> : status}
      </div>

      {state.kind === "error" && (
        <StepError locale={locale} title={tx("pane.errorTitle")} error={state.error} />
      )}

      {data && (
        <>
          <section aria-labelledby={meetingId}>
            <h3 id={meetingId} className={styles.sub}>{tx("pane.meetingHeading")}</h3>
            <p className={styles.hint}>{tx("pane.meetingHint")}</p>
            <MeetingForm
              locale={locale}
              values={form}
              errors={fieldErrors}
              disabled={ops.busy}
              onChange={(field, value) => setForm((f) => ({ ...f, [field]: value }))}
            />
            <MeetingSaveBar locale={locale} meeting={meeting} busy={ops.busy} />
          </section>
          <StaleResult locale={locale} stale={stale} busy={ops.busy} onRecompute={() => void prepare()}>
            {data.errors > 0 && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{tx("pane.provisionalTitle")}</MessageBarTitle>
                  {tx("pane.provisionalBody", { errors: data.errors })}
                </MessageBarBody>
              </MessageBar>
            )}
            <section aria-labelledby={downloadsId}>
              <h3 id={downloadsId} className={styles.sub}>{tx("pane.downloadsHeading")}</h3>
              <ToneStyleChoice locale={locale} value={toneStyle} disabled={ops.busy} onChange={(style) => { setToneStyle(style); setCsvText(null); }} />
              <div className={styles.row}>
                <Button appearance="primary" disabled={ops.busy} onClick={() => void download(data, "docx")}>{tx("pane.docx")}</Button>
                <Button disabled={ops.busy} onClick={() => void download(data, "csv")}>{tx("pane.csv")}</Button>
                <Button disabled={ops.busy} onClick={() => void download(data, "xlsx")}>{tx("pane.xlsx")}</Button>
                <Button appearance="subtle" disabled={ops.busy} aria-expanded={csvText !== null} onClick={() => (csvText === null ? void showCsv(data) : setCsvText(null))}>
                  {tx(csvText === null ? "pane.showCsv" : "pane.hideCsv")}
                </Button>
              </div>
            </section>
            {notice && <NoteBar note={notice} />}
            {csvText !== null && (
              <label>
                {tx("pane.csvLabel")}
                <Textarea className={styles.csv} readOnly value={csvText} rows={Math.min(12, csvText.split("\n").length + 1)} />
              </label>
            )}
          </StaleResult>
        </>
      )}
    </section>
  );
}
