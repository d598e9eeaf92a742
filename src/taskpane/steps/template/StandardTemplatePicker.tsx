import {
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useState } from "react";
import type { TemplateIssue } from "../../../domain/template/parse";
import type { StandardTemplateInfo } from "../../../templates";
import { type Locale, type StringId, t } from "../../i18n/strings";
import type { ChosenTemplate } from "../../shell/paneState";
import { IssueList } from "./IssueList";
import { useStandardTemplates } from "./useStandardTemplates";

const BASIS: Record<StandardTemplateInfo["basis"], StringId> = {
  published: "template.basis.published",
  bandsOnly: "template.basis.bandsOnly",
  example: "template.basis.example",
};

const useStyles = makeStyles({
  option: { display: "flex", flexDirection: "column", paddingBottom: tokens.spacingVerticalS },
  details: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXXXL,
    color: tokens.colorNeutralForeground2,
  },
  url: { wordBreak: "break-all" },
});

export interface StandardTemplatePickerProps {
  readonly locale: Locale;
  /** Id of the standard template in use, if the template in use is one. */
  readonly selectedId: string | null;
  readonly onChoose: (chosen: ChosenTemplate) => void;
}

/** The shipped templates with their name, source and total points. */
export function StandardTemplatePicker({ locale, selectedId, onChoose }: StandardTemplatePickerProps) {
  const styles = useStyles();
  const idPrefix = useId("thidua-standard");
  const [failed, setFailed] = useState<{ title: string; errors: readonly TemplateIssue[] } | null>(null);
  const loaded = useStandardTemplates();
  if (loaded.kind === "loading") return <Spinner size="tiny" labelPosition="after" label={t(locale, "template.standardLoading")} />;
  if (loaded.kind === "failed") {
    const detail = loaded.error instanceof Error ? loaded.error.message : String(loaded.error);
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t(locale, "template.standardFailed", { detail })}</MessageBarBody>
      </MessageBar>
    );
  }
  const standardTemplates = loaded.templates;

  const choose = (id: string) => {
    const info = standardTemplates.find((s) => s.id === id);
    if (!info) return;
    const parsed = loaded.parse(info);
    if (!parsed.ok) {
      console.error(`ThiDua: standard template ${info.id} (${info.file}) does not parse`, parsed.errors);
      setFailed({ title: t(locale, "template.fileInvalid", { file: info.file, count: parsed.errors.length }), errors: parsed.errors });
      return;
    }
    setFailed(null);
    onChoose({ template: parsed.template, origin: { kind: "standard", id: info.id } });
  };

  return (
    <>
      <RadioGroup aria-label={t(locale, "template.standardLabel")} value={selectedId ?? ""} onChange={(_, data) => choose(data.value)}>
        {standardTemplates.map((info) => (
          <div key={info.id} className={styles.option}>
            <Radio
              value={info.id}
              label={<Text weight="semibold">{info.title}</Text>}
              input={{ "aria-describedby": `${idPrefix}-${info.id}` }}
            />
            <div id={`${idPrefix}-${info.id}`} className={styles.details}>
              <Caption1>{info.organisation ?? t(locale, "template.sourceUnknown")}</Caption1>
              {info.sourceUrl && (
                <Caption1 className={styles.url}>
                  <Link href={info.sourceUrl} target="_blank" rel="noreferrer" inline>
                    {info.sourceUrl}
                  </Link>
                </Caption1>
              )}
              <Caption1>{t(locale, "template.total", { total: info.total })}</Caption1>
              <Caption1>{t(locale, BASIS[info.basis])}</Caption1>
            </div>
          </div>
        ))}
      </RadioGroup>
      {failed && <IssueList locale={locale} intent="error" title={failed.title} issues={failed.errors} />}
    </>
  );
}
