import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { type Locale, t } from "../../i18n/strings";
import type { Readiness } from "../../shell/readiness";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

export interface InsertBlockersProps {
  readonly locale: Locale;
  readonly readiness: Readiness;
  readonly onGoToTemplate: () => void;
}

/** Why the template cannot be inserted yet, and the way back to the step that fixes it. */
export function InsertBlockers({ locale, readiness, onGoToTemplate }: InsertBlockersProps) {
  const styles = useStyles();
  const text = (b: Readiness["blockers"][number]) => {
    switch (b) {
      case "noTemplate":
        return t(locale, "insert.needTemplate");
      case "templateErrors":
        return t(locale, "insert.templateErrors", { count: readiness.issues.filter((i) => i.severity === "error").length });
      case "noUnits":
        return t(locale, "insert.needUnits");
      case "duplicates":
        return t(locale, "insert.hasDuplicates", { count: readiness.units.duplicates.length });
    }
  };
  return (
    <>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <ul className={styles.list}>
            {readiness.blockers.map((b) => (
              <li key={b}>{text(b)}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      <div>
        <Button appearance="primary" onClick={onGoToTemplate}>
          {t(locale, "insert.goToTemplate")}
        </Button>
      </div>
    </>
  );
}
