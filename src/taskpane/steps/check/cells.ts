/** Where a finding points in the workbook, and which cells "Tô màu ô lỗi" marks. */
import type { ValidationReport } from "../../../excel/actions/types";
import type { Finding, Location } from "../../../domain/validation/finding";

export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** The sheet cell of a location, or null when it has none (e.g. a CSV line or a unit-wide finding). */
export function cellOf(where: Location | undefined): CellRef | null {
  return where?.sheet !== undefined && where.cell !== undefined ? { sheet: where.sheet, cell: where.cell } : null;
}

/** A key for a cell (never shown: the pane shows cellPlace). */
function cellKey(ref: CellRef): string {
  return `${ref.sheet}\u0000${ref.cell}`;
}

export type HighlightCell = CellRef & { readonly severity: "error" | "warning" };

/**
 * Cells to mark: every error or warning that has a cell (an error wins over a warning on the same cell)
 * and every overwritten formula (an error). Notes (info) are not marked.
 */
export function highlightCells(report: Pick<ValidationReport, "findings" | "overwritten">): HighlightCell[] {
  const out = new Map<string, HighlightCell>();
  const add = (ref: CellRef, severity: "error" | "warning") => {
    const key = cellKey(ref);
    const before = out.get(key);
    if (!before || (before.severity === "warning" && severity === "error")) out.set(key, { sheet: ref.sheet, cell: ref.cell, severity });
  };
  for (const f of report.findings) {
    const ref = cellOf(f.where);
    if (ref && (f.severity === "error" || f.severity === "warning")) add(ref, f.severity);
  }
  for (const o of report.overwritten) add({ sheet: o.sheet, cell: o.cell }, "error");
  return [...out.values()];
}

export const SEVERITY_ORDER: Readonly<Record<Finding["severity"], number>> = { error: 0, warning: 1, info: 2 };
