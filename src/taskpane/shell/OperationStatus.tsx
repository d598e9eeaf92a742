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
import { useElapsedSeconds } from "./useElapsedSeconds";

export interface OperationStatusProps {
  readonly locale: Locale;
  readonly current: Message | null;
  readonly failure: OperationFailure | null;
  readonly onDismiss: () => void;
}

/**
 * The progress line of the running operation (announced politely, once) and the last failure, in the user's
 * language. An operation that takes more than a second also counts the seconds, so a slow machine is seen to
 * be working (the count is not announced: a screen reader hears the label once).
 */
export function OperationStatus({ locale, current, failure, onDismiss }: OperationStatusProps) {
  const seconds = useElapsedSeconds(current !== null);
  return (
    <>
      <div role="status" aria-live="polite" aria-label={t(locale, "ops.progress")}>
        {current && (
          <Spinner
            size="tiny"
            labelPosition="after"
            label={
              <>
                {tm(locale, current)}
                {seconds >= 1 && <span aria-hidden="true"> ({t(locale, "ops.elapsed", { seconds })})</span>}
              </>
            }
          />
        )}
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
