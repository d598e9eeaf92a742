import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ClashChoice, InsertPreview } from "../../../excel/actions/types";
import { message } from "../../../messages/message";
import { type Locale, t, tm } from "../../i18n/strings";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  units: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL, maxHeight: "16em", overflowY: "auto" },
});

/** Names shown before "show all": long lists stay short until asked. */
export const UNITS_SHOWN = 10;

/** The units that will get a score column, numbered; the first UNITS_SHOWN until the user asks for all. */
function UnitNames({ locale, units }: { locale: Locale; units: readonly string[] }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  const long = units.length > UNITS_SHOWN;
  const shown = all || !long ? units : units.slice(0, UNITS_SHOWN);
  return (
    <>
      <Subtitle2 as="h3">{tm(locale, message("hygiene.insert.unitsTitle", { count: units.length }))}</Subtitle2>
      <ol className={styles.units} aria-label={tm(locale, message("hygiene.insert.unitsTitle", { count: units.length }))}>
        {shown.map((u, i) => (
          <li key={`${i}-${u}`}>{u}</li>
        ))}
      </ol>
      {long && (
        <div>
          <Button appearance="subtle" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? tm(locale, message("hygiene.insert.showFewerUnits")) : tm(locale, message("hygiene.insert.showAllUnits", { count: units.length }))}
          </Button>
        </div>
      )}
    </>
  );
}

export interface InsertPreviewViewProps {
  readonly locale: Locale;
  readonly preview: InsertPreview;
  /** The names of the units the insert will use, in order. */
  readonly units: readonly string[];
  readonly choice: ClashChoice | null;
  readonly onChoice: (choice: ClashChoice) => void;
  readonly disabled: boolean;
}

/** What the insert will create or change: the units, new sheets, clashes (replace / keep both), entries kept, moved or orphaned. */
export function InsertPreviewView({ locale, preview, units, choice, onChoice, disabled }: InsertPreviewViewProps) {
  const styles = useStyles();
  const { kept, moved, orphaned } = preview.entries;
  const hasEntries = kept + moved + orphaned.length > 0;
  return (
    <>
      <UnitNames locale={locale} units={units} />
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
