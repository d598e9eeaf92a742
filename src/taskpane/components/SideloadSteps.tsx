import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { OutsideExcelReason } from "../office/detect-office-host";
import { catalogueLocale, type Locale, type StringId, t } from "../i18n/strings";

const REASON_IDS: Record<OutsideExcelReason, StringId> = {
  "office-js-missing": "openInExcel.reason.officeJsMissing",
  timeout: "openInExcel.reason.timeout",
  "not-in-office": "openInExcel.reason.notInOffice",
  "other-host": "openInExcel.reason.otherHost",
};

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  url: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
});

export interface SideloadStepsProps {
  locale: Locale;
  reason: OutsideExcelReason;
  host?: string;
  manifestUrl: string;
  timeoutSeconds: number;
}

/** Why the pane is not usable here, and the numbered steps to sideload ThiDua, in one language. */
export function SideloadSteps({ locale, reason, host, manifestUrl, timeoutSeconds }: SideloadStepsProps) {
  const styles = useStyles();
  return (
    <section lang={catalogueLocale(locale)} className={styles.section}>
      <Body1>{t(locale, "openInExcel.intro")}</Body1>
      <Body1>{t(locale, REASON_IDS[reason], { host: host ?? "", seconds: timeoutSeconds })}</Body1>
      <Subtitle2 as="h2">{t(locale, "openInExcel.stepsTitle")}</Subtitle2>
      <ol className={styles.steps}>
        <li>{t(locale, "openInExcel.step.start")}</li>
        <li>{t(locale, "openInExcel.step.desktop")}</li>
        <li>{t(locale, "openInExcel.step.web")}</li>
      </ol>
      <Body1 className={styles.url}>{t(locale, "openInExcel.manifestUrl", { url: manifestUrl })}</Body1>
    </section>
  );
}
