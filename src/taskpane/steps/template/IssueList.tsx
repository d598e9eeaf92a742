import { issueLocation } from "../../../domain/template/issuePlace";
import type { TemplateIssue } from "../../../domain/template/parse";
import { type Locale, t, tm } from "../../i18n/strings";
import { FindingBar } from "./FindingBar";

export interface IssueListProps {
  readonly locale: Locale;
  readonly intent: "error" | "warning";
  readonly title: string;
  readonly issues: readonly TemplateIssue[];
}

/** Template problems, each with its place in words and its JSON path (issueLocation). */
export function IssueList({ locale, intent, title, issues }: IssueListProps) {
  return (
    <FindingBar intent={intent} title={title}>
      {issues.map((issue, i) => (
        <li key={`${issue.path}-${i}`}>{t(locale, "template.issueAt", { path: tm(locale, issueLocation(issue)), message: tm(locale, issue.message) })}</li>
      ))}
    </FindingBar>
  );
}
