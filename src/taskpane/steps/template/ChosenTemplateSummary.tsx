import { Body1, Body1Strong } from "@fluentui/react-components";
import type { TemplateIssue } from "../../../domain/template/parse";
import { type Locale, t } from "../../i18n/strings";
import type { ChosenTemplate } from "../../shell/paneState";
import { IssueList } from "./IssueList";

export interface ChosenTemplateSummaryProps {
  readonly locale: Locale;
  readonly chosen: ChosenTemplate | null;
  /** checkTemplate's findings for the chosen template. */
  readonly issues: readonly TemplateIssue[];
}

/** The template in use, and what checkTemplate says about it (errors block the insert). */
export function ChosenTemplateSummary({ locale, chosen, issues }: ChosenTemplateSummaryProps) {
  if (!chosen) return <Body1>{t(locale, "template.none")}</Body1>;
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity !== "error");
  return (
    <>
      <Body1Strong>{t(locale, "template.chosen", { title: chosen.template.title })}</Body1Strong>
      <Body1>{t(locale, "template.total", { total: chosen.template.total })}</Body1>
      {errors.length > 0 && (
        <IssueList locale={locale} intent="error" title={t(locale, "template.checkErrors", { count: errors.length })} issues={errors} />
      )}
      {warnings.length > 0 && (
        <IssueList locale={locale} intent="warning" title={t(locale, "template.checkWarnings", { count: warnings.length })} issues={warnings} />
      )}
    </>
  );
}
