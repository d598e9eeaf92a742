import { Divider, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../i18n/strings";
import { OFFICE_READY_TIMEOUT_MS, type OutsideExcelReason } from "../office/detect-office-host";
import { OpenInExcelSteps } from "./OpenInExcelSteps";

const useStyles = makeStyles({
  screen: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: "40rem",
  },
});

export interface OpenInExcelScreenProps {
  reason: OutsideExcelReason;
  host?: string;
  /** Where the manifest is served, e.g. https://localhost:3000/manifest.xml. */
  manifestUrl: string;
}

/** Shown whenever the pane is not running inside Excel. Bilingual because the Office language is unknown. */
export function OpenInExcelScreen({ reason, host, manifestUrl }: OpenInExcelScreenProps) {
  const styles = useStyles();
  const common = { reason, host, manifestUrl, timeoutSeconds: OFFICE_READY_TIMEOUT_MS / 1000 };
  return (
    <main className={styles.screen}>
      <Title3 as="h1">
        {t("vi", "openInExcel.title")} / {t("en", "openInExcel.title")}
      </Title3>
      <OpenInExcelSteps locale="vi" {...common} />
      <Divider />
      <OpenInExcelSteps locale="en" {...common} />
    </main>
  );
}
