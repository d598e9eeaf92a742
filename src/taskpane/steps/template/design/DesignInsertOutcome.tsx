import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { StepError } from "../../../components/StepError";
import { type Locale, t, tm } from "../../../i18n/strings";
import type { DesignInsertState } from "./useDesignInsert";

export interface DesignInsertOutcomeProps {
  readonly locale: Locale;
  readonly state: DesignInsertState;
  readonly busy: boolean;
  readonly onKeepBoth: () => void;
  readonly onCancel: () => void;
}

/** What inserting a design sheet gave: done, a clash to decide (keep both or cancel), or the failure. */
export function DesignInsertOutcome({ locale, state, busy, onKeepBoth, onCancel }: DesignInsertOutcomeProps) {
  switch (state.kind) {
    case "idle":
      return null;
    case "done":
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{tm(locale, state.summary)} {t(locale, "design.inserted.next")}</MessageBarBody>
        </MessageBar>
      );
    case "failed":
      return <StepError locale={locale} title={t(locale, "design.insertFailed")} error={state.error} />;
    case "clash":
      return (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(locale, "design.exists", { sheet: state.sheet })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={onKeepBoth} disabled={busy}>{t(locale, "design.keepBoth")}</Button>
            <Button onClick={onCancel} disabled={busy}>{t(locale, "design.cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      );
  }
}
