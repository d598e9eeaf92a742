import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { render, type Message } from "../../messages/message";
import { catalogueLocale, type Locale } from "../i18n/strings";

export interface StepErrorProps {
  readonly locale: Locale;
  /** What failed, already in the user's language (e.g. t(locale, "check.errorTitle")). */
  readonly title: string;
  readonly error: Message;
  /** Shows a retry button when given, labelled `retryLabel`. */
  readonly onRetry?: () => void;
  readonly retryLabel?: string;
  readonly retryDisabled?: boolean;
}

/** A failed operation: what failed and why (the action's own message, in the user's language), and a retry. Announced at once. */
export function StepError({ locale, title, error, onRetry, retryLabel, retryDisabled }: StepErrorProps) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {render(error, catalogueLocale(locale))}
      </MessageBarBody>
      {onRetry && retryLabel && (
        <MessageBarActions>
          <Button onClick={onRetry} disabled={retryDisabled}>{retryLabel}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
