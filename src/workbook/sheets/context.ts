/** What every sheet builder of the plan shares: the template, the cleaned units, the layout and the defined names. */
import type { Criterion, Template } from "../../domain/template/model";
import { cleanText, identityKey } from "../../domain/text/normalize";
import { numberFormat } from "../formulas";
import { workbookLayout, type WorkbookLayout } from "../layout";
import { SHEET } from "../names";
import { absAddr, sheetRef, type DefinedNamePlan } from "../plan";
import { wb } from "../text";

export interface PlanContext {
  readonly template: Template;
  /** Unit names, cleaned, in the cluster's order. */
  readonly units: readonly string[];
  readonly layout: WorkbookLayout;
  /** The number format of points at the template's precision. */
  readonly pointsFormat: string;
  /** Row of each criterion on Chấm điểm and Điểm. */
  readonly rowOfNode: ReadonlyMap<Criterion, number>;
  /** Collected while the sheets are built, in the order they are defined. */
  readonly definedNames: DefinedNamePlan[];
}

/**
 * Cleans unit names (NFC, trimmed, spaces collapsed); an empty name or two names that are the same
 * unit (identityKey) throw: the domain would drop the second one, the workbook cannot.
 */
export function cleanUnitNames(names: readonly string[]): string[] {
  const units = names.map(cleanText);
  const seen = new Map<string, string>();
  for (const u of units) {
    if (u === "") throw new Error(wb("error.emptyUnit"));
    const k = identityKey(u);
    const other = seen.get(k);
    if (other !== undefined) throw new Error(wb("error.duplicateUnit", { name: u, other }));
    seen.set(k, u);
  }
  return units;
}

export function planContext(template: Template, units: readonly string[]): PlanContext {
  const layout = workbookLayout(template, units.length);
  return {
    template,
    units,
    layout,
    pointsFormat: numberFormat(template.precision),
    rowOfNode: new Map<Criterion, number>(layout.nodes.map((c, i) => [c, layout.nodeRow(i)])),
    definedNames: [],
  };
}

/** The cell on Đơn vị holding unit u's name (0-based), as an absolute reference from another sheet. */
export function unitNameRef(u: number): string {
  return `${sheetRef(SHEET.units)}${absAddr(2, 2 + u)}`;
}
