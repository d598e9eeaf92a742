import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { WriteResult } from "../../../excel/actions/types";
import type { ApiNotice } from "../../../excel/applyPlan";
import { type Locale, type StringId, t, tm } from "../../i18n/strings";

const FEATURE: Record<ApiNotice["feature"], StringId> = {
  print: "insert.feature.print",
  indent: "insert.feature.indent",
  calculationSuspend: "insert.feature.calculationSuspend",
};

export interface InsertResultViewProps {
  readonly locale: Locale;
  readonly result: WriteResult;
}

/** What the insert did (summary, cells written, whether it can be undone) and the features Excel could not do. */
export function InsertResultView({ locale, result }: InsertResultViewProps) {
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{tm(locale, result.summary)}</MessageBarTitle>
          {t(locale, "insert.cellsWritten", { count: result.cellsWritten })}{" "}
          {t(locale, result.undoable ? "insert.undoable" : "insert.notUndoable")}
        </MessageBarBody>
      </MessageBar>
      {result.notices.map((n) => (
        <MessageBar key={n.feature} intent="warning" layout="multiline">
          <MessageBarBody>{t(locale, "insert.notice", { feature: t(locale, FEATURE[n.feature]), requirement: n.requirement })}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
