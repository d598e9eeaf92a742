/**
 * One read of what the actions need: the sheet list (name, visibility, protection), optionally the defined
 * names with their formulas, the used ranges (values and formulas) of some sheets and the pane's hidden
 * sheet. Sheets are asked for optimistically in the same sync; only when one of them is missing
 * (ItemNotFound) a second round reads the list first and then only the sheets that exist. Large sheets
 * (`rows`) and the pane's journals beyond their first rows are then read by blocks of rows, each response
 * under Excel on the web's 5 MB limit (readRows.ts).
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import { parseBox, type Box } from "../cells";
import { officeCode } from "./errors";
import { PANE_SHEET } from "./paneSheet";
import { JSON_CHUNK } from "../../workbook/names";
import { pessimisticRows, readRows, type GridProp, type RowSizer } from "./readRows";

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
  /** The pane sheet's columns A and B (the journals of paneSheet.ts) as lists of cell values, or null without a pane sheet. */
  readonly pane: { readonly columns: readonly (readonly RawValue[])[] } | null;
  /** The pane sheet's record of the current ThiDua set (thiduaSet.ts), when asked for; null without one. */
  readonly setRecord?: RawValue;
  /**
   * Plan sheet name (lower case) → the sheet of the current ThiDua set that stands for it ("Chấm điểm" →
   * "Chấm điểm (2)" after "Giữ cả hai"). hasSheet and `grids` answer plan names through it (thiduaSet.ts).
   */
  readonly aliases?: ReadonlyMap<string, string>;
  /** Chart names by lower-case sheet name, for the sheets asked for (`charts`) that exist. */
  readonly charts?: ReadonlyMap<string, readonly string[]>;
  readonly syncs: number;
}

export interface BookRequest {
  /** Sheets whose used range is read (missing ones are skipped). */
  readonly grids?: readonly string[];
  readonly names?: boolean;
  /** Also read the pane sheet's journal columns (A and B), by blocks of rows: an undo record may hold whole sheets. */
  readonly pane?: boolean;
  /** Also read the pane sheet's one-cell record of the current ThiDua set (not the whole pane sheet). */
  readonly setRecord?: string;
  /**
   * Large sheets read by blocks of rows after the first sync (its used-range address), only the properties
   * asked for, each sync's response under Excel on the web's limit (readRows.ts). Missing sheets are skipped.
   */
  readonly rows?: readonly { readonly sheet: string; readonly props: readonly GridProp[] }[];
  /** Sheets whose charts' names are read (missing ones are skipped). */
  readonly charts?: readonly string[];
  /** How large each row of `rows` is expected to be, given the first sync's read (default: pessimistic). */
  readonly sizer?: (first: BookRead) => RowSizer;
}

/** A read with its large sheets still to read: their used ranges' addresses (and the pane journals' first rows). */
interface FirstRead {
  readonly book: BookRead;
  readonly boxes: readonly { readonly sheet: string; readonly address: string; readonly props: readonly GridProp[] }[];
  readonly paneHead?: readonly (readonly RawValue[])[];
}

/** Journal rows read with the first sync: a short journal (the usual one) needs no more. */
const PANE_HEAD_ROWS = 12;

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
  const sizer = req.sizer?.(first.book) ?? pessimisticRows;
  const requests = first.boxes.map((b) => ({ sheet: b.sheet, box: parseBox(addressPart(b.address)), props: b.props }));
  const journals = requests.find((q) => q.sheet === PANE_SHEET);
  const rest = journals ? { ...journals, box: paneRest(journals.box) } : null;
  const large = [...requests.filter((q) => q !== journals), ...(rest && rest.box.r1 >= rest.box.r0 ? [rest] : [])];
  const bySheet: RowSizer = (sheet, ...more) => (sheet === PANE_SHEET ? paneRows : sizer)(sheet, ...more);
  const read = large.length > 0 ? await readRows(ctx, large, bySheet) : { grids: new Map<string, { values: RawValue[][]; formulas: RawValue[][] }>(), syncs: 0 };
  const grids = new Map(first.book.grids);
  for (const q of requests) {
    const g = read.grids.get(q.sheet.toLowerCase());
    if (q !== journals) grids.set(q.sheet.toLowerCase(), { sheet: q.sheet, r0: q.box.r0, c0: q.box.c0, values: g!.values, formulas: g!.formulas });
  }
  const pane = journals ? { columns: paneColumns(journals.box, [...(first.paneHead ?? []).slice(0, journals.box.r1), ...(rest ? (read.grids.get(PANE_SHEET.toLowerCase())?.values ?? []) : [])]) } : null;
  return { ...first.book, grids, pane, syncs: first.book.syncs + read.syncs };
}

/** The journal rows not read with the first sync: columns A and B (none when the used range starts further right). */
function paneRest(used: Box): Box {
  return { r0: PANE_HEAD_ROWS + 1, c0: 1, r1: used.r1, c1: used.c0 > 2 ? 0 : Math.min(used.c1, 2) };
}

/** A journal cell holds up to JSON_CHUNK characters of JSON, which the response escapes again. */
const paneRows: RowSizer = (_sheet, _row, c0, c1) => (c1 - c0 + 1) * JSON_CHUNK * 1.5;

/** Columns A and B of the used range (`used`), from the rows read (A and B of each). */
function paneColumns(used: Box, rows: readonly (readonly RawValue[])[]): RawValue[][] {
  const width = used.c0 > 2 ? 0 : Math.min(used.c1, 2);
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] ?? ""));
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
  const rowSpecs = [...(req.rows ?? []), ...(req.pane ? [{ sheet: PANE_SHEET, props: ["values"] as const }] : [])];
  const large = rowSpecs.filter((q) => exists(q.sheet)).map((q) => {
    const r = sheets.getItem(q.sheet).getUsedRange();
    r.load("address");
    return { q, r };
  });
  const charts = (req.charts ?? []).filter(exists).map((name) => ({ name, c: sheets.getItem(name).charts.load("items/name") }));
  const head = req.pane && exists(PANE_SHEET) ? sheets.getItem(PANE_SHEET).getRange(`A1:B${PANE_HEAD_ROWS}`).load("values") : null;
  let record: Excel.Range | null = null;
  if (req.setRecord && exists(PANE_SHEET)) {
    record = sheets.getItem(PANE_SHEET).getRange(req.setRecord);
    record.load("values");
  }
  await ctx.sync();
  const grids = new Map<string, Grid>();
  for (const { name, r } of used) grids.set(name.toLowerCase(), toGrid(name, r.address, r.values as RawValue[][], r.formulas as RawValue[][]));
  const book: BookRead = {
    sheets: sheets.items.map((w) => ({ name: w.name, visibility: w.visibility, protected: w.protection.protected })),
    names: names ? names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? ""), comment: n.comment ?? "" })) : [],
    grids,
    pane: null,
    ...(req.setRecord ? { setRecord: record ? ((record.values as RawValue[][])[0]?.[0] ?? null) : null } : {}),
    ...(req.charts ? { charts: new Map(charts.map(({ name, c }) => [name.toLowerCase(), c.items.map((x) => x.name)])) } : {}),
    syncs: 1,
  };
  const boxes = large.map(({ q, r }) => ({ sheet: q.sheet, address: r.address, props: q.props }));
  return { book, boxes, ...(head ? { paneHead: head.values as RawValue[][] } : {}) };
}

/** "A1:C9" from "'Sheet name'!$A$1:$C$9". */
function addressPart(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

function toGrid(sheet: string, address: string, values: RawValue[][], formulas: RawValue[][]): Grid {
  const b = parseBox(addressPart(address));
  return { sheet, r0: b.r0, c0: b.c0, values, formulas };
}
