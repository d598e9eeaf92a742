/**
 * A planned sheet in the order a streaming writer needs it: rows top to bottom, each with its cells
 * (left to right), the merges that end on it, and the last row that may be written out — rows inside a
 * merge that goes on below stay open until the merge is applied, as exceljs merges only unwritten rows.
 */
import type { CellPlan, SheetPlan } from "../workbook/plan";

export interface PlannedRow {
  readonly row: number;
  readonly cells: readonly (readonly [column: number, cell: CellPlan])[];
  /** Merges (A1 ranges) whose bottom row is this one: applied once their every row has its cells. */
  readonly merges: readonly string[];
  /** Write out every row up to this one; null while a merge still holds them open. */
  readonly committable: number | null;
}

interface Span {
  readonly top: number;
  readonly bottom: number;
}

/** "B3" → [2, 3]. */
export function cellPosition(address: string): [column: number, row: number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell address: ${address}`);
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + ch.charCodeAt(0) - 64;
  return [column, Number(m[2])];
}

function mergeSpan(range: string): Span {
  const [from, to = from] = range.split(":") as [string, string?];
  const a = cellPosition(from)[1];
  const b = cellPosition(to!)[1];
  return { top: Math.min(a, b), bottom: Math.max(a, b) };
}

/** A sheet's cells by row (the plan's Map is no longer needed once they are grouped). */
export function cellsByRow(cells: SheetPlan["cells"]): Map<number, [number, CellPlan][]> {
  const byRow = new Map<number, [number, CellPlan][]>();
  for (const [address, cell] of cells) {
    const [column, row] = cellPosition(address);
    let line = byRow.get(row);
    if (!line) byRow.set(row, (line = []));
    line.push([column, cell]);
  }
  return byRow;
}

/** The rows in order; each row's cells are let go as it is handed out. */
export function* plannedRows(byRow: Map<number, [number, CellPlan][]>, merges: readonly string[]): Generator<PlannedRow> {
  const spans = merges.map((m) => ({ range: m, ...mergeSpan(m) }));
  const rows = [...new Set([...byRow.keys(), ...spans.map((s) => s.bottom)])].sort((a, b) => a - b);
  for (const row of rows) {
    const cells = (byRow.get(row) ?? []).sort((a, b) => a[0] - b[0]);
    byRow.delete(row);
    const open = spans.some((s) => s.top <= row && s.bottom > row);
    yield { row, cells, merges: spans.filter((s) => s.bottom === row).map((s) => s.range), committable: open ? null : row };
  }
}
