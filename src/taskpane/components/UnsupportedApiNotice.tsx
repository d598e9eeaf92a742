import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { type Locale, t } from "../i18n/strings";

export interface UnsupportedApiNoticeProps {
  locale: Locale;
  /** Requirement set that is missing, e.g. "ExcelApi 1.8". */
  requirement: string;
}

/** Visible warning that a requirement set is missing and dependent features are turned off. */
export function UnsupportedApiNotice({ locale, requirement }: UnsupportedApiNoticeProps) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(locale, "unsupportedApi.title", { requirement })}</MessageBarTitle>
        {t(locale, "unsupportedApi.body")}
      </MessageBarBody>
    </MessageBar>
  );
}
