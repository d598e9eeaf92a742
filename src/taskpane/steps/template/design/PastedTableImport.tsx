import { Body1, Button, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { TableProposal } from "../../../../excel/actions/designTypes";
import type { Message } from "../../../../messages/message";
import { StepError } from "../../../components/StepError";
import { t, uiMessage } from "../../../i18n/strings";
import type { StepComponentProps } from "../../../shell/stepComponent";
import { DesignInsertOutcome } from "./DesignInsertOutcome";
import { ProposalTree } from "./ProposalTree";
import { SheetFindings } from "./SheetFindings";
import { useDesignInsert } from "./useDesignInsert";

type Read = { readonly kind: "proposal"; readonly proposal: TableProposal } | { readonly kind: "failed"; readonly error: Message } | null;

/**
 * A table pasted from Word or PDF into the active sheet: read it, show the proposed tree (maxima, methods)
 * and its findings, and only on confirm write it as a design sheet the user goes on editing.
 */
export function PastedTableImport({ actions, ops, locale }: Pick<StepComponentProps, "actions" | "ops" | "locale">) {
  const [read, setRead] = useState<Read>(null);
  const design = useDesignInsert(actions, ops);
  const readTable = async () => {
    setRead(null);
    design.reset();
    const r = await ops.run(uiMessage("design.table.reading"), () => actions.readPastedTable());
    setRead(r.ok ? { kind: "proposal", proposal: r.value } : { kind: "failed", error: r.error });
  };
  const proposal = read?.kind === "proposal" ? read.proposal : null;
  const confirm = async () => {
    if (proposal?.template && (await design.insert({ kind: "copy", template: proposal.template.input }))) setRead(null);
  };

  return (
    <>
      <Subtitle2 as="h4">{t(locale, "design.table.title")}</Subtitle2>
      <Body1>{t(locale, "design.table.intro")}</Body1>
      <div>
        <Button disabled={ops.busy} onClick={() => void readTable()}>
          {t(locale, "design.table.read")}
        </Button>
      </div>
      {read?.kind === "failed" && <StepError locale={locale} title={t(locale, "design.readFailed")} error={read.error} />}
      {proposal && (
        <MessageBar intent={proposal.template ? "info" : "error"} layout="multiline">
          <MessageBarBody>
            {proposal.template
              ? t(locale, "design.table.proposal", { sheet: proposal.sheet, count: proposal.template.leaves.length, total: proposal.template.total })
              : t(locale, "design.table.none", { sheet: proposal.sheet })}
          </MessageBarBody>
        </MessageBar>
      )}
      {proposal?.template && <ProposalTree locale={locale} template={proposal.template} />}
      {proposal && proposal.findings.length === 0 && <Body1>{t(locale, "design.table.noFindings")}</Body1>}
      {proposal && <SheetFindings locale={locale} findings={proposal.findings} sheet={proposal.sheet} actions={actions} ops={ops} />}
      {proposal?.template && (
        <div>
          <Button appearance="primary" disabled={ops.busy} onClick={() => void confirm()}>
            {t(locale, "design.table.confirm")}
          </Button>{" "}
          <Button disabled={ops.busy} onClick={() => setRead(null)}>
            {t(locale, "design.table.discard")}
          </Button>
        </div>
      )}
      <DesignInsertOutcome
        locale={locale}
        state={design.state}
        busy={ops.busy}
        onKeepBoth={() => design.state.kind === "clash" && void design.insert(design.state.start, "keepBoth").then((ok) => ok && setRead(null))}
        onCancel={design.reset}
      />
    </>
  );
}
