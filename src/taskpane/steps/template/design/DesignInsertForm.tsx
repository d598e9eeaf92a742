import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { DesignStart } from "../../../../excel/actions/designTypes";
import type { TemplateInput } from "../../../../domain/template/schema";
import { t, uiMessage } from "../../../i18n/strings";
import type { StepComponentProps } from "../../../shell/stepComponent";
import { useStandardTemplates } from "../useStandardTemplates";
import { DesignInsertOutcome } from "./DesignInsertOutcome";
import { DesignStartPicker, type StartKind } from "./DesignStartPicker";
import { useDesignInsert } from "./useDesignInsert";

/** "Thiết kế tiêu chí": inserts a design sheet, empty or a copy of a standard template or of the workbook's criteria. */
export function DesignInsertForm({ actions, ops, locale }: Pick<StepComponentProps, "actions" | "ops" | "locale">) {
  const standard = useStandardTemplates();
  const [kind, setKind] = useState<StartKind>("blank");
  const [standardId, setStandardId] = useState("");
  const [noWorkbookTemplate, setNoWorkbookTemplate] = useState(false);
  const design = useDesignInsert(actions, ops);

  const workbookCopy = async (): Promise<TemplateInput | null> => {
    const read = await ops.run(uiMessage("template.readingWorkbook"), () => actions.readWorkbook(), { failureShownBy: "shell" });
    if (!read.ok) return null;
    setNoWorkbookTemplate(read.value.thidua === null);
    return read.value.thidua?.template.input ?? null;
  };
  const startOf = async (): Promise<DesignStart | null> => {
    if (kind === "blank") return { kind: "blank" };
    if (kind === "workbook") {
      const input = await workbookCopy();
      return input && { kind: "copy", template: input };
    }
    if (standard.kind !== "ready") return null;
    const info = standard.templates.find((s) => s.id === standardId) ?? standard.templates[0];
    const parsed = info && standard.parse(info);
    return parsed?.ok ? { kind: "copy", template: parsed.template.input } : null;
  };
  const run = async () => {
    setNoWorkbookTemplate(false);
    const start = await startOf();
    if (start) await design.insert(start);
  };

  const state = design.state;
  return (
    <>
      <DesignStartPicker locale={locale} kind={kind} standardId={standardId} standard={standard} onKind={setKind} onStandard={setStandardId} />
      <div>
        <Button disabled={ops.busy || (kind === "standard" && standard.kind !== "ready")} onClick={() => void run()}>
          {t(locale, "design.insert")}
        </Button>
      </div>
      {noWorkbookTemplate && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t(locale, "design.noWorkbookTemplate")}</MessageBarBody>
        </MessageBar>
      )}
      <DesignInsertOutcome
        locale={locale}
        state={state}
        busy={ops.busy}
        onKeepBoth={() => state.kind === "clash" && void design.insert(state.start, "keepBoth")}
        onCancel={design.reset}
      />
    </>
  );
}
