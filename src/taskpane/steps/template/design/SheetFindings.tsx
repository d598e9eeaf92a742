import type { SheetFinding } from "../../../../excel/actions/designTypes";
import { t } from "../../../i18n/strings";
import { SheetFindingList, type SheetFindingListProps } from "./SheetFindingList";

export type SheetFindingsProps = Omit<SheetFindingListProps, "intent" | "title" | "findings"> & {
  readonly findings: readonly SheetFinding[];
  /** The sheet they are on, for the titles. */
  readonly sheet: string;
};

/** The findings split by severity: errors first, then warnings and remarks; nothing when there are none. */
export function SheetFindings(props: SheetFindingsProps) {
  const { findings, sheet, locale } = props;
  const errors = findings.filter((f) => f.severity === "error");
  const others = findings.filter((f) => f.severity !== "error");
  return (
    <>
      {errors.length > 0 && <SheetFindingList {...props} intent="error" title={t(locale, "design.findingsTitle", { sheet, count: errors.length })} findings={errors} />}
      {others.length > 0 && <SheetFindingList {...props} intent="warning" title={t(locale, "design.warningsTitle", { sheet, count: others.length })} findings={others} />}
    </>
  );
}
