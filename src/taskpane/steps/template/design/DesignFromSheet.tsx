import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { DesignCheck } from "../../../../excel/actions/designTypes";
import type { Message } from "../../../../messages/message";
import { StepError } from "../../../components/StepError";
import { t, uiMessage } from "../../../i18n/strings";
import type { StepComponentProps } from "../../../shell/stepComponent";
import { SaveTemplateFile } from "./SaveTemplateFile";
import { SheetFindings } from "./SheetFindings";

type Outcome = { readonly kind: "read"; readonly check: DesignCheck } | { readonly kind: "failed"; readonly error: Message } | null;

/**
 * "Tiêu chí từ trang tính này": reads the design sheet and runs the template checks; every finding links to
 * its cell. Without errors the template becomes the chosen one (the insert step uses it).
 */
export function DesignFromSheet({ actions, ops, locale, dispatch }: Pick<StepComponentProps, "actions" | "ops" | "locale" | "dispatch">) {
  const [outcome, setOutcome] = useState<Outcome>(null);
  const read = async () => {
    setOutcome(null);
    const r = await ops.run(uiMessage("design.readingSheet"), () => actions.readDesign());
    if (!r.ok) return setOutcome({ kind: "failed", error: r.error });
    setOutcome({ kind: "read", check: r.value });
    const { template, sheet } = r.value;
    if (template) dispatch({ type: "chooseTemplate", chosen: { template, origin: { kind: "design", sheet } } });
  };

  const check = outcome?.kind === "read" ? outcome.check : null;
  return (
    <>
      <div>
        <Button appearance="primary" disabled={ops.busy} onClick={() => void read()}>
          {t(locale, "design.fromSheet")}
        </Button>
      </div>
      {outcome?.kind === "failed" && <StepError locale={locale} title={t(locale, "design.readFailed")} error={outcome.error} />}
      {check?.template && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            {t(locale, "design.chosen", { title: check.template.title, count: check.template.leaves.length, total: check.template.total, sheet: check.sheet })}
          </MessageBarBody>
        </MessageBar>
      )}
      {check?.template && <SaveTemplateFile template={check.template} sheet={check.sheet} locale={locale} />}
      {check && <SheetFindings locale={locale} findings={check.findings} sheet={check.sheet} actions={actions} ops={ops} />}
    </>
  );
}
