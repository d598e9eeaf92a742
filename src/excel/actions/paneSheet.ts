/**
 * The pane's own hidden sheet (_ThiDuaPane, VeryHidden): column A holds the undo record of the last write,
 * column B the list of cells the pane highlighted. Each is JSON split into cells of at most JSON_CHUNK
 * characters (like _ThiDua's template JSON): row 1 a small header, rows 2… the parts. Every stored text
 * starts with "j:" so that Excel never reads it as a number, date, formula or error.
 */
import { JSON_CHUNK } from "../../workbook/buildPlan";

import { PANE_SHEET } from "../../workbook/paneRecord";

export { PANE_SHEET };
export const UNDO_COLUMN = "A";
export const MARKS_COLUMN = "B";
const PREFIX = "j:";

/** Splits `json` into parts of at most `size` characters, never inside a surrogate pair. */
export function splitJson(json: string, size = JSON_CHUNK - PREFIX.length): string[] {
  const out: string[] = [];
  for (let i = 0; i < json.length; ) {
    let end = Math.min(json.length, i + size);
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1]!)) end--;
    out.push(json.slice(i, end));
    i = end;
  }
  return out;
}

/** The cells of one column (row 1 = header JSON, rows 2… = the body's parts). */
export function encodeColumn(header: object, body: unknown): string[] {
  const parts = splitJson(JSON.stringify(body));
  return [PREFIX + JSON.stringify({ ...header, parts: parts.length }), ...parts.map((p) => PREFIX + p)];
}

const strip = (v: unknown): string | null => (typeof v === "string" && v.startsWith(PREFIX) ? v.slice(PREFIX.length) : null);

/** The header of a stored column, or null when the column is empty or not ours. */
export function decodeHeader<H>(cells: readonly unknown[]): (H & { parts: number }) | null {
  const h = strip(cells[0]);
  if (h === null) return null;
  return JSON.parse(h) as H & { parts: number };
}

/** The body of a stored column; throws when parts are missing or the JSON is broken. */
export function decodeBody<B>(cells: readonly unknown[]): B {
  const h = decodeHeader<object>(cells);
  if (!h) throw new Error("no header");
  let json = "";
  for (let i = 0; i < h.parts; i++) {
    const part = strip(cells[1 + i]);
    if (part === null) throw new Error(`part ${i + 1} of ${h.parts} is missing`);
    json += part;
  }
  return JSON.parse(json) as B;
}

/** Largest batch (approximate bytes) the pane's own writes send at once; Excel on the web rejects 5 MB requests. */
export const PANE_BATCH_BYTES = 2_000_000;

/**
 * Replaces a column of the pane sheet (creating the sheet when `exists` is false). The last part stays
 * queued (it goes out with the caller's next sync; its approximate bytes are returned, for the caller's
 * batch budget); a large column is sent in several syncs first.
 */
export async function writePaneColumn(ctx: Excel.RequestContext, exists: boolean, column: string, cells: readonly string[], maxBytes = PANE_BATCH_BYTES): Promise<number> {
  const sheets = ctx.workbook.worksheets;
  let ws: Excel.Worksheet;
  if (exists) ws = sheets.getItem(PANE_SHEET);
  else {
    ws = sheets.add(PANE_SHEET);
    ws.visibility = "VeryHidden";
  }
  ws.getRange(`${column}:${column}`).clear("Contents");
  const put = (from: number, to: number) => {
    if (to > from) ws.getRange(`${column}${from + 1}:${column}${to}`).values = cells.slice(from, to).map((c) => [c]);
  };
  const utf8 = new TextEncoder();
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < cells.length; i++) {
    const b = utf8.encode(cells[i]!).length + 8; // JSON quotes and brackets
    if (i > start && bytes + b > maxBytes) {
      put(start, i);
      await ctx.sync();
      start = i;
      bytes = 0;
    }
    bytes += b;
  }
  put(start, cells.length);
  return bytes;
}

/** Queues clearing a column of the pane sheet (nothing when the sheet does not exist). */
export function clearPaneColumn(ctx: Excel.RequestContext, exists: boolean, column: string): void {
  if (exists) ctx.workbook.worksheets.getItem(PANE_SHEET).getRange(`${column}:${column}`).clear("Contents");
}
