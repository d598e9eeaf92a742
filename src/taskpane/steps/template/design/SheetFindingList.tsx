import { Link } from "@fluentui/react-components";
import type { SheetFinding } from "../../../../excel/actions/designTypes";
import type { ExcelActions } from "../../../../excel/actions/types";
import { type Locale, t, tm, uiMessage } from "../../../i18n/strings";
import { cellPlace } from "../../../i18n/cellPlace";
import type { OperationRunner } from "../../stepProps";
import { FindingBar } from "../FindingBar";

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
  const goTo = (sheet: string, cell: string) =>
    void ops.run(uiMessage("design.findingGoTo", { cell: cellPlace(locale, { sheet, cell }) }), () => actions.selectCell(sheet, cell), { failureShownBy: "shell" });
  return (
    <FindingBar intent={intent} title={title}>
      {findings.map((f, i) => (
        <li key={`${f.cell ?? ""}-${i}`}>
          {f.cell === null ? (
            tm(locale, f.message)
          ) : (
            <Link as="button" inline onClick={() => goTo(f.sheet, f.cell!)} disabled={ops.busy}>
              {t(locale, "design.findingAt", { cell: cellPlace(locale, { sheet: f.sheet, cell: f.cell! }), message: tm(locale, f.message) })}
            </Link>
          )}
        </li>
      ))}
    </FindingBar>
  );
}
