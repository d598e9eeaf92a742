import { makeStyles, tokens } from "@fluentui/react-components";
import { REQUIRED_EXCEL_API } from "../../excel/apiSupport";
import type { ExcelActions } from "../../excel/actions/types";
import type { OfficeHostState } from "../office/detect-office-host";
import { Pane } from "../shell/Pane";
import { LoadingScreen } from "./LoadingScreen";
import { OpenInExcelScreen } from "./OpenInExcelScreen";
import { UnsupportedApiNotice } from "./UnsupportedApiNotice";
import { WelcomePlaceholder } from "./WelcomePlaceholder";

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL },
});

export interface AppProps {
  /** Result of detectOfficeHost(); undefined while office.js starts. */
  office: OfficeHostState | undefined;
  manifestUrl: string;
  /** The workbook actions (Office.js in Excel, the in-memory fake in the preview host). Without them: the welcome placeholder. */
  actions?: ExcelActions;
}

/** Task pane root: loading, "open inside Excel", or the Excel pane (with a notice if ExcelApi 1.8 is missing). */
export function App({ office, manifestUrl, actions }: AppProps) {
  const styles = useStyles();
  if (!office) return <LoadingScreen />;
  if (office.kind === "outside-excel") {
    return <OpenInExcelScreen reason={office.reason} host={office.host} manifestUrl={manifestUrl} />;
  }
  if (actions) return <Pane locale={office.locale} actions={actions} requiredApiSupported={office.requiredApiSupported} />;
  return (
    <main className={styles.pane}>
      {!office.requiredApiSupported && (
        <UnsupportedApiNotice locale={office.locale} requirement={`${REQUIRED_EXCEL_API.name} ${REQUIRED_EXCEL_API.version}`} />
      )}
      <WelcomePlaceholder locale={office.locale} />
    </main>
  );
}
