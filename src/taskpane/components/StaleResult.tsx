import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { message, render } from "../../messages/message";
import { catalogueLocale, type Locale } from "../i18n/strings";

const useStyles = makeStyles({
  // A disabled fieldset turns off every button and field inside it and keeps the text readable.
  region: { border: "none", margin: 0, padding: 0, minWidth: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  stale: { opacity: 0.5, filter: "grayscale(1)" },
});

export interface StaleResultProps {
  readonly locale: Locale;
  /** True when the workbook changed after the result was computed. */
  readonly stale: boolean;
  readonly onRecompute: () => void;
  readonly busy: boolean;
  readonly children: ReactNode;
}

/** A result that may be out of date: when stale, a banner with "Tính lại", and the result greyed with its actions off. */
export function StaleResult({ locale, stale, onRecompute, busy, children }: StaleResultProps) {
  const styles = useStyles();
  const loc = catalogueLocale(locale);
  return (
    <>
      {stale && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{render(message("fresh.stale.title"), loc)}</MessageBarTitle>
            {render(message("fresh.stale.body"), loc)}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" disabled={busy} onClick={onRecompute}>
              {render(message("fresh.stale.recompute"), loc)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <fieldset
        className={stale ? `${styles.region} ${styles.stale}` : styles.region}
        disabled={stale}
        aria-label={stale ? render(message("fresh.stale.regionLabel"), loc) : undefined}
      >
        {children}
      </fieldset>
    </>
  );
}
