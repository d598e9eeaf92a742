import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ClashChoice, InsertPreview } from "../../../excel/actions/types";
import { type Locale, t } from "../../i18n/strings";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

export interface InsertPreviewViewProps {
  readonly locale: Locale;
  readonly preview: InsertPreview;
  readonly choice: ClashChoice | null;
  readonly onChoice: (choice: ClashChoice) => void;
  readonly disabled: boolean;
}

/** What the insert will create or change: new sheets, clashes (replace / keep both), entries kept, moved or orphaned. */
export function InsertPreviewView({ locale, preview, choice, onChoice, disabled }: InsertPreviewViewProps) {
  const styles = useStyles();
  const { kept, moved, orphaned } = preview.entries;
  const hasEntries = kept + moved + orphaned.length > 0;
  return (
    <>
      <Subtitle2 as="h3">{t(locale, "insert.newSheets", { count: preview.newSheets.length })}</Subtitle2>
      {preview.newSheets.length === 0 ? (
        <Body1>{t(locale, "insert.noNewSheets")}</Body1>
      ) : (
        <ul className={styles.list}>
          {preview.newSheets.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
      {preview.clashes.length > 0 && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t(locale, "insert.clashesTitle", { count: preview.clashes.length })}</MessageBarTitle>
              <ul className={styles.list}>
                {preview.clashes.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
          <RadioGroup
            aria-label={t(locale, "insert.clashChoice")}
            value={choice ?? ""}
            disabled={disabled}
            onChange={(_, d) => onChoice(d.value === "replace" ? "replace" : "keepBoth")}
          >
            <Radio value="replace" label={t(locale, "insert.clash.replace")} />
            <Radio value="keepBoth" label={t(locale, "insert.clash.keepBoth")} />
          </RadioGroup>
          {choice === "keepBoth" && (
            <ul className={styles.list}>
              {preview.clashes.map((s) => (
                <li key={s}>{t(locale, "insert.keepBothName", { from: s, to: preview.keepBothNames[s] ?? s })}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {hasEntries && (
        <>
          <Subtitle2 as="h3">{t(locale, "insert.entriesTitle")}</Subtitle2>
          <ul className={styles.list}>
            <li>{t(locale, "insert.entriesKept", { count: kept })}</li>
            <li>{t(locale, "insert.entriesMoved", { count: moved })}</li>
            {orphaned.length > 0 && (
              <li>
                {t(locale, "insert.entriesOrphaned", { count: orphaned.length })}
                <ul className={styles.list}>
                  {orphaned.map((o, i) => (
                    <li key={`${o.unit}-${o.criterion}-${i}`}>{t(locale, "insert.orphan", { unit: o.unit, criterion: o.criterion })}</li>
                  ))}
                </ul>
              </li>
            )}
          </ul>
        </>
      )}
    </>
  );
}
