import { Body1, Divider, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { t } from "../../../i18n/strings";
import type { StepComponentProps } from "../../../shell/stepComponent";
import { DesignFromSheet } from "./DesignFromSheet";
import { DesignInsertForm } from "./DesignInsertForm";
import { PastedTableImport } from "./PastedTableImport";

const useStyles = makeStyles({ part: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

/** The cluster's own criteria, made in Excel: insert a design sheet, take the criteria from it, or import a pasted table. */
export function DesignPanel(props: StepComponentProps) {
  const styles = useStyles();
  const { locale } = props;
  return (
    <div className={styles.part}>
      <Subtitle2 as="h3">{t(locale, "design.title")}</Subtitle2>
      <Body1>{t(locale, "design.intro")}</Body1>
      <DesignInsertForm {...props} />
      <DesignFromSheet {...props} />
      <Divider />
      <PastedTableImport {...props} />
    </div>
  );
}
