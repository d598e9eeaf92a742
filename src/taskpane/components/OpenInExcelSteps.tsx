import { Body1, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { OutsideExcelReason } from "../office/detect-office-host";
import { catalogueLocale, type Locale, type StringId, t } from "../i18n/strings";

const REASON_IDS: Record<OutsideExcelReason, StringId> = {
  "office-js-missing": "openInExcel.reason.officeJsMissing",
  timeout: "openInExcel.reason.timeout",
  "not-in-office": "openInExcel.reason.notInOffice",
  "other-host": "openInExcel.reason.otherHost",
};

/** The browser preview, served beside the pane (dist/preview.html). */
const PREVIEW_PAGE = "preview.html";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  summary: { cursor: "pointer" },
});

export interface OpenInExcelStepsProps {
  locale: Locale;
  reason: OutsideExcelReason;
  host?: string;
  manifestUrl: string;
  timeoutSeconds: number;
}

/** In one language: what ThiDua is, how a user opens it in Excel, the preview; why it failed here only under details. */
export function OpenInExcelSteps({ locale, reason, host, manifestUrl, timeoutSeconds }: OpenInExcelStepsProps) {
  const styles = useStyles();
  return (
    <section lang={catalogueLocale(locale)} className={styles.section}>
      <Body1>{t(locale, "openInExcel.intro")}</Body1>
      <Subtitle2 as="h2">{t(locale, "openInExcel.stepsTitle")}</Subtitle2>
      <ol className={styles.steps}>
        <li>{t(locale, "openInExcel.step.open")}</li>
        <li>{t(locale, "openInExcel.step.button")}</li>
        <li>{t(locale, "openInExcel.step.missing")}</li>
      </ol>
      <Link href={PREVIEW_PAGE}>{t(locale, "openInExcel.preview")}</Link>
      <details className={styles.details}>
        <summary className={styles.summary}>{t(locale, "openInExcel.details")}</summary>
        <Body1>{t(locale, REASON_IDS[reason], { host: host ?? "", seconds: timeoutSeconds })}</Body1>
        <Body1>{t(locale, "openInExcel.manifestUrl", { url: manifestUrl })}</Body1>
        <Body1>{t(locale, "openInExcel.install")}</Body1>
      </details>
    </section>
  );
}
