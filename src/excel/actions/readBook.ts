/**
 * One read of what the actions need: the sheet list (name, visibility, protection), optionally the defined
 * names with their formulas, the used ranges (values and formulas) of some sheets and the pane's hidden
 * sheet. Sheets are asked for optimistically in the same sync; only when one of them is missing
 * (ItemNotFound) a second round reads the list first and then only the sheets that exist.
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import { parseBox } from "../cells";
import { officeCode } from "./errors";
import { PANE_SHEET } from "./paneSheet";
import { readRows, type GridProp, type RowSizer } from "./readRows";

export interface SheetInfo {
  readonly name: string;
  readonly visibility: string;
  readonly protected: boolean;
}

/** A sheet's used range: top-left corner and the values/formulas grids (empty when that property was not asked for). */
export interface Grid {
  readonly sheet: string;
  readonly r0: number;
  readonly c0: number;
  readonly values: readonly (readonly RawValue[])[];
  readonly formulas: readonly (readonly RawValue[])[];
}

export interface BookRead {
  readonly sheets: readonly SheetInfo[];
  /** Defined names (workbook level) with their formulas, when asked for. */
  readonly names: readonly { readonly name: string; readonly formula: string; readonly comment: string }[];
  /** Used ranges by lower-case sheet name (only sheets asked for that exist). */
  readonly grids: ReadonlyMap<string, Grid>;
  /** The pane sheet's columns (A, B, …) as lists of cell values, or null without a pane sheet. */
  readonly pane: { readonly columns: readonly (readonly RawValue[])[] } | null;
  /** The pane sheet's record of the current ThiDua set (thiduaSet.ts), when asked for; null without one. */
  readonly setRecord?: RawValue;
  /**
   * Plan sheet name (lower case) → the sheet of the current ThiDua set that stands for it ("Chấm điểm" →
   * "Chấm điểm (2)" after "Giữ cả hai"). hasSheet and `grids` answer plan names through it (thiduaSet.ts).
   */
  readonly aliases?: ReadonlyMap<string, string>;
  readonly syncs: number;
}

export interface BookRequest {
  /** Sheets whose used range is read (missing ones are skipped). */
  readonly grids?: readonly string[];
  readonly names?: boolean;
  readonly pane?: boolean;
  /** Also read the pane sheet's one-cell record of the current ThiDua set (not the whole pane sheet). */
  readonly setRecord?: string;
  /**
   * Large sheets read by blocks of rows after the first sync (its used-range address), only the properties
   * asked for, each sync's response under Excel on the web's limit (readRows.ts). Missing sheets are skipped.
   */
  readonly rows?: readonly { readonly sheet: string; readonly props: readonly GridProp[] }[];
  /** How large each row of `rows` is expected to be, given the first sync's read (default: pessimistic). */
  readonly sizer?: (first: BookRead) => RowSizer;
}

/** A read with its large sheets still to read: their used ranges' addresses. */
interface FirstRead {
  readonly book: BookRead;
  readonly boxes: readonly { readonly sheet: string; readonly address: string; readonly props: readonly GridProp[] }[];
}

export function hasSheet(book: Pick<BookRead, "sheets" | "aliases">, name: string): SheetInfo | undefined {
  const wanted = (book.aliases?.get(name.toLowerCase()) ?? name).toLowerCase();
  return book.sheets.find((s) => s.name.toLowerCase() === wanted);
}

export function cellOf(g: Grid | undefined, row: number, col: number, which: "values" | "formulas" = "values"): RawValue {
  if (!g) return "";
  return g[which][row - g.r0]?.[col - g.c0] ?? "";
}

export async function readBook(ctx: Excel.RequestContext, req: BookRequest): Promise<BookRead> {
  return withRows(ctx, req, await firstRead(ctx, req));
}

async function firstRead(ctx: Excel.RequestContext, req: BookRequest): Promise<FirstRead> {
  try {
    return await attempt(ctx, req, null);
  } catch (e) {
    if (officeCode(e) !== "ItemNotFound") throw e;
    // The list (and names) alone; then the sheets asked for, if any of them exists.
    const listing = await attempt(ctx, { ...(req.names ? { names: true } : {}) }, new Set());
    const existing = new Set(listing.book.sheets.map((w) => w.name.toLowerCase()));
    const wanted = [...(req.grids ?? []), ...(req.rows ?? []).map((r) => r.sheet), ...(req.pane || req.setRecord ? [PANE_SHEET] : [])];
    if (!wanted.some((n) => existing.has(n.toLowerCase()))) return { book: { ...listing.book, syncs: 2 }, boxes: [] };
    const r = await attempt(ctx, req, existing);
    return { book: { ...r.book, syncs: 3 }, boxes: r.boxes };
  }
}

/** readBook when the sheet list is known (from an earlier read): asks only for sheets that exist. One sync (more for `rows`). */
export async function readBookKnown(ctx: Excel.RequestContext, req: BookRequest, known: Pick<BookRead, "sheets">): Promise<BookRead> {
  return withRows(ctx, req, await attempt(ctx, req, new Set(known.sheets.map((s) => s.name.toLowerCase()))));
}

/** The first read completed with the large sheets, read by blocks of rows. */
async function withRows(ctx: Excel.RequestContext, req: BookRequest, first: FirstRead): Promise<BookRead> {
  if (first.boxes.length === 0) return first.book;
  const sizer = req.sizer?.(first.book);
  const requests = first.boxes.map((b) => ({ sheet: b.sheet, box: parseBox(addressPart(b.address)), props: b.props }));
  const read = await readRows(ctx, requests, sizer);
  const grids = new Map(first.book.grids);
  for (const q of requests) {
    const g = read.grids.get(q.sheet.toLowerCase())!;
    grids.set(q.sheet.toLowerCase(), { sheet: q.sheet, r0: q.box.r0, c0: q.box.c0, values: g.values, formulas: g.formulas });
  }
  return { ...first.book, grids, syncs: first.book.syncs + read.syncs };
}

async function attempt(ctx: Excel.RequestContext, req: BookRequest, existing: ReadonlySet<string> | null): Promise<FirstRead> {
  const exists = (n: string) => existing === null || existing.has(n.toLowerCase());
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name,items/visibility,items/protection/protected");
  const names = req.names ? ctx.workbook.names.load("items/name,items/formula,items/comment") : null;
  const used = (req.grids ?? []).filter(exists).map((name) => {
    const r = sheets.getItem(name).getUsedRange();
    r.load("address,values,formulas");
    return { name, r };
  });
  const large = (req.rows ?? []).filter((q) => exists(q.sheet)).map((q) => {
    const r = sheets.getItem(q.sheet).getUsedRange();
    r.load("address");
    return { q, r };
  });
  let record: Excel.Range | null = null;
  if (req.setRecord && exists(PANE_SHEET)) {
    record = sheets.getItem(PANE_SHEET).getRange(req.setRecord);
    record.load("values");
  }
  let pane: Excel.Range | null = null;
  if (req.pane && exists(PANE_SHEET)) {
    pane = sheets.getItem(PANE_SHEET).getUsedRange();
    pane.load("address,values");
  }
  await ctx.sync();
  const grids = new Map<string, Grid>();
  for (const { name, r } of used) grids.set(name.toLowerCase(), toGrid(name, r.address, r.values as RawValue[][], r.formulas as RawValue[][]));
  let paneRead: BookRead["pane"] = null;
  if (pane) {
    // Loaded and synced above; the office-addins rules lose track of a range assigned inside an if.
    // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
    const g = toGrid(PANE_SHEET, pane.address, pane.values as RawValue[][], pane.values as RawValue[][]);
    const columns: RawValue[][] = [];
    const width = g.c0 - 1 + (g.values[0]?.length ?? 0);
    for (let c = 1; c <= width; c++) {
      const col: RawValue[] = [];
      for (let r = 1; r < g.r0 + g.values.length; r++) col.push(cellOf(g, r, c));
      columns.push(col);
    }
    paneRead = { columns };
  }
  const book: BookRead = {
    sheets: sheets.items.map((w) => ({ name: w.name, visibility: w.visibility, protected: w.protection.protected })),
    names: names ? names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? ""), comment: n.comment ?? "" })) : [],
    grids,
    pane: paneRead,
    ...(req.setRecord ? { setRecord: record ? ((record.values as RawValue[][])[0]?.[0] ?? null) : null } : {}),
    syncs: 1,
  };
  return { book, boxes: large.map(({ q, r }) => ({ sheet: q.sheet, address: r.address, props: q.props })) };
}

/** "A1:C9" from "'Sheet name'!$A$1:$C$9". */
function addressPart(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

function toGrid(sheet: string, address: string, values: RawValue[][], formulas: RawValue[][]): Grid {
  const b = parseBox(addressPart(address));
  return { sheet, r0: b.r0, c0: b.c0, values, formulas };
}
