/**
 * Step "Chèn mẫu" over a workbook that holds scores: what the new criteria change (src/domain/template/change),
 * the scores without a place (kept on the orphan sheet), the scores that no longer fit, and the rename list
 * ("I.3=I.4") the user types so that a criterion whose code changed keeps its scores. Writes nothing: "Áp dụng
 * đổi mã" only asks for a new preview with the list.
 */
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { formatRenames, parseRenames, type Rename } from "../../../domain/template/change/renames";
import type { CriteriaChangePreview } from "../../../excel/actions/types";
import { message, type Message } from "../../../messages/message";
import { type Locale, tm } from "../../i18n/strings";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  renames: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
});

export interface CriteriaChangeViewProps {
  readonly locale: Locale;
  readonly change: CriteriaChangePreview;
  /** The rename list the preview was made with. */
  readonly renames: readonly Rename[];
  /** Asks for a new preview with this list. */
  readonly onRenames: (renames: readonly Rename[]) => void;
  readonly disabled: boolean;
}

function Lines({ locale, items }: { locale: Locale; items: readonly Message[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((m, i) => (
        <li key={i}>{tm(locale, m)}</li>
      ))}
    </ul>
  );
}

export function CriteriaChangeView({ locale, change, renames, onRenames, disabled }: CriteriaChangeViewProps) {
  const styles = useStyles();
  const [typed, setTyped] = useState(formatRenames(renames));
  const [syntax, setSyntax] = useState<readonly Message[]>([]);
  const s = (id: Parameters<typeof message>[0], params = {}) => tm(locale, message(id, params));
  const apply = () => {
    const read = parseRenames(typed);
    setSyntax(read.ok ? [] : read.problems);
    if (read.ok) onRenames(read.renames);
  };
  const problems = [...syntax, ...change.problems];
  return (
    <>
      <Subtitle2 as="h3">{s("change.pane.title")}</Subtitle2>
      {change.criteria.length === 0 ? <Body1>{s("change.pane.noCriteriaChange")}</Body1> : <Lines locale={locale} items={change.criteria} />}
      <div className={styles.renames}>
        <Field label={s("change.pane.renamesLabel")}>
          <Input value={typed} disabled={disabled} onChange={(_, d) => setTyped(d.value)} />
        </Field>
        <Button disabled={disabled} onClick={apply}>
          {s("change.pane.applyRenames")}
        </Button>
      </div>
      {problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s("change.pane.problemsTitle")}</MessageBarTitle>
            <Lines locale={locale} items={problems} />
          </MessageBarBody>
        </MessageBar>
      )}
      {change.orphans.length > 0 && (
        <>
          <Subtitle2 as="h3">{s("change.pane.orphansTitle", { count: change.orphans.length, sheet: change.orphanSheet ?? "" })}</Subtitle2>
          <Lines locale={locale} items={change.orphans} />
        </>
      )}
      {change.findings.length > 0 && (
        <>
          <Subtitle2 as="h3">{s("change.pane.findingsTitle", { count: change.findings.length })}</Subtitle2>
          <Lines locale={locale} items={change.findings.map((f) => message("change.paneFinding", { unit: f.unit ?? "", criterion: f.criterion ?? "", cell: f.where?.cell ?? "", text: f.message }))} />
        </>
      )}
    </>
  );
}
