import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { Message } from "../../messages/message";
import { type Locale, t, tm } from "../i18n/strings";
import type { OperationFailure } from "./useOperationRunner";

export interface OperationStatusProps {
  readonly locale: Locale;
  readonly current: Message | null;
  readonly failure: OperationFailure | null;
  readonly onDismiss: () => void;
}

/** The progress line of the running operation (announced politely) and the last failure, in the user's language. */
export function OperationStatus({ locale, current, failure, onDismiss }: OperationStatusProps) {
  return (
    <>
      <div role="status" aria-live="polite" aria-label={t(locale, "ops.progress")}>
        {current && <Spinner size="tiny" labelPosition="after" label={tm(locale, current)} />}
      </div>
      {failure && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t(locale, "ops.failedTitle", { label: tm(locale, failure.label) })}</MessageBarTitle>
            {tm(locale, failure.message)}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" onClick={onDismiss}>
                {t(locale, "ops.dismiss")}
              </Button>
            }
          />
        </MessageBar>
      )}
    </>
  );
}
