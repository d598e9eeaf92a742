/**
 * Reads large used ranges by blocks of rows so that no sync's response passes Excel on the web's 5 MB limit:
 * the rows of several sheets are packed into syncs while their estimated size stays under the budget. The
 * estimate is the caller's (e.g. the formulas the plan puts in each row) or a pessimistic size per cell;
 * after each sync the real size of what came back corrects the estimate for the sheet's rows still to read
 * (by the largest real-to-estimated ratio seen so far on that sheet, with a margin).
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import { boxAddress, type Box } from "../cells";

/** What Excel sends back for a range: values, formulas or both. */
export type GridProp = "values" | "formulas";

/** Estimated response bytes of one row (columns c0…c1) of a sheet for the given properties. */
export type RowSizer = (sheet: string, row: number, c0: number, c1: number, props: readonly GridProp[]) => number;

/** Estimated bytes a sync's response may hold: under 4 MB, with room for a wrong estimate. */
export const RESPONSE_BUDGET_BYTES = 3_400_000;

/** Pessimistic per-cell sizes (JSON bytes) when nothing better is known: long formulas, numbers with many digits. */
const CELL_BYTES: Readonly<Record<GridProp, number>> = { formulas: 160, values: 40 };

export const pessimisticRows: RowSizer = (_sheet, _row, c0, c1, props) => (c1 - c0 + 1) * props.reduce((s, p) => s + CELL_BYTES[p], 0);

export interface RowsRequest {
  readonly sheet: string;
  readonly box: Box;
  readonly props: readonly GridProp[];
}

export interface RowsRead {
  readonly values: RawValue[][];
  readonly formulas: RawValue[][];
}

interface Piece {
  readonly sheet: string;
  readonly range: Excel.Range;
  readonly props: readonly GridProp[];
  /** The sizer's estimate, before correction. */
  readonly raw: number;
}

/** Room left for rows denser than those already read. */
const MARGIN = 1.15;
/** Rows read sparser than estimated shrink the estimate at most this far (later rows may be denser). */
const MIN_SCALE = 0.5;

const utf8 = new TextEncoder();
const sizeOf = (x: unknown) => utf8.encode(JSON.stringify(x)).length;

/** Reads every request's rows, in as few syncs as the budget allows; results by sheet (lower case). */
export async function readRows(ctx: Excel.RequestContext, requests: readonly RowsRequest[], sizer: RowSizer = pessimisticRows, budget = RESPONSE_BUDGET_BYTES): Promise<{ grids: Map<string, RowsRead>; syncs: number }> {
  const grids = new Map<string, RowsRead>(requests.map((q) => [q.sheet.toLowerCase(), { values: [], formulas: [] }]));
  let pending: Piece[] = [];
  let pendingBytes = 0;
  /** Per sheet (lower case): the largest real-to-estimated ratio of its rows read so far. */
  const worst = new Map<string, number>();
  let syncs = 0;
  const flush = async () => {
    await ctx.sync();
    syncs++;
    for (const [sheet, ratio] of collect(pending, grids)) worst.set(sheet, Math.max(worst.get(sheet) ?? 0, ratio));
    pending = [];
    pendingBytes = 0;
  };
  for (const q of requests) {
    const scale = () => {
      const w = worst.get(q.sheet.toLowerCase());
      return w === undefined ? 1 : Math.max(MIN_SCALE, w * MARGIN);
    };
    let start = q.box.r0;
    let bytes = 0;
    let raw = 0;
    const queue = (end: number) => {
      if (end < start) return;
      const range = ctx.workbook.worksheets.getItem(q.sheet).getRange(boxAddress({ ...q.box, r0: start, r1: end }));
      loadProps(range, q.props);
      pending.push({ sheet: q.sheet, range, props: q.props, raw });
      pendingBytes += bytes;
    };
    for (let r = q.box.r0; r <= q.box.r1; r++) {
      const rowRaw = sizer(q.sheet, r, q.box.c0, q.box.c1, q.props);
      if (pendingBytes + bytes + rowRaw * scale() > budget && (bytes > 0 || pendingBytes > 0)) {
        queue(r - 1);
        await flush();
        start = r;
        bytes = 0;
        raw = 0;
      }
      bytes += rowRaw * scale();
      raw += rowRaw;
    }
    queue(q.box.r1);
  }
  if (pending.length > 0) await flush();
  return { grids, syncs };
}

/** Queues loading exactly these properties (literal load arguments: the Office.js lint rules check them). */
function loadProps(range: Excel.Range, props: readonly GridProp[]): void {
  const values = props.includes("values");
  const formulas = props.includes("formulas");
  if (values && formulas) range.load("values,formulas");
  else if (values) range.load("values");
  else if (formulas) range.load("formulas");
}

/** Appends what the pieces brought back; returns, per sheet, the ratio of its real size to the sizer's estimate. */
function collect(pieces: readonly Piece[], grids: Map<string, RowsRead>): Map<string, number> {
  const ratios = new Map<string, number>();
  for (const p of pieces) {
    const key = p.sheet.toLowerCase();
    const g = grids.get(key)!;
    let real = 0;
    for (const prop of p.props) {
      const rows = (prop === "values" ? p.range.values : p.range.formulas) as RawValue[][];
      (prop === "values" ? g.values : g.formulas).push(...rows);
      real += sizeOf(rows);
    }
    if (p.raw > 0) ratios.set(key, Math.max(ratios.get(key) ?? 0, real / p.raw));
  }
  return ratios;
}
