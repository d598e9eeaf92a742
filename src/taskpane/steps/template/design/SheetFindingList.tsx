import { Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { SheetFinding } from "../../../../excel/actions/designTypes";
import { type Locale, t, tm, uiMessage } from "../../../i18n/strings";
import type { OperationRunner } from "../../stepProps";
import type { ExcelActions } from "../../../../excel/actions/types";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

export interface SheetFindingListProps {
  readonly locale: Locale;
  readonly intent: "error" | "warning";
  readonly title: string;
  readonly findings: readonly SheetFinding[];
  readonly actions: Pick<ExcelActions, "selectCell">;
  readonly ops: OperationRunner;
}

/** Findings at cells of a sheet, each with a link that selects its cell (in the template checks' words). */
export function SheetFindingList({ locale, intent, title, findings, actions, ops }: SheetFindingListProps) {
  const styles = useStyles();
  const goTo = (f: SheetFinding, cell: string) =>
    void ops.run(uiMessage("design.findingGoTo", { cell: `${f.sheet}!${cell}` }), () => actions.selectCell(f.sheet, cell), { failureShownBy: "shell" });
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>
          {findings.map((f, i) => (
            <li key={`${f.cell ?? ""}-${i}`}>
              {f.cell === null ? (
                tm(locale, f.message)
              ) : (
                <Link as="button" inline onClick={() => goTo(f, f.cell!)} disabled={ops.busy}>
                  {t(locale, "design.findingAt", { cell: `${f.sheet}!${f.cell}`, message: tm(locale, f.message) })}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

