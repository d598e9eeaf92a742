import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateIssue } from "../../../domain/template/parse";
import { type Locale, t, tm } from "../../i18n/strings";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

export interface IssueListProps {
  readonly locale: Locale;
  readonly intent: "error" | "warning";
  readonly title: string;
  readonly issues: readonly TemplateIssue[];
}

/** Template problems, each with its JSON path ("criteria[0].children[2].max"). */
export function IssueList({ locale, intent, title, issues }: IssueListProps) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {issues.map((issue, i) => (
            <li key={`${issue.path}-${i}`}>{t(locale, "template.issueAt", { path: issue.path, message: tm(locale, issue.message) })}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
