import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { render, type Message } from "../../../messages/message";
import { catalogueLocale, t, type Locale, type StringId } from "../../i18n/strings";

export interface StepErrorProps {
  readonly locale: Locale;
  /** Catalogue id of the title, e.g. "check.errorTitle". */
  readonly title: StringId;
  readonly error: Message;
  /** Shows a "Thử lại" button when given. */
  readonly onRetry?: () => void;
  readonly retryLabel?: StringId;
  readonly retryDisabled?: boolean;
}

/** A failed operation: what failed and why (the action's own message, in the user's language), and a retry. Announced at once. */
export function StepError({ locale, title, error, onRetry, retryLabel, retryDisabled }: StepErrorProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t(locale, title)}</MessageBarTitle>
        {render(error, catalogueLocale(locale))}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry} disabled={retryDisabled}>{t(locale, retryLabel ?? "check.retry")}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
