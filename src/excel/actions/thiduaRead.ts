/**
 * The ThiDua workbook as the used ranges read it: one reader (workbook/readBack) for Office.js, .xlsx and the preview.
 * A read of the current set (thiduaSet.readThiDuaBook) answers plan names; entries name the set's own sheets.
 */
import { readCluster, readMeta, type ClusterRead, type ReadResult, type WorkbookMeta } from "../../workbook/readBack";
import { HISTORY_SHEET, SHEET } from "../../workbook/buildPlan";
import { cellOf, hasSheet, readBookKnown, type BookRead } from "./readBook";
import { sheetNameIn } from "./thiduaSet";

/** The sheets readCluster needs. */
export const CLUSTER_SHEETS: readonly string[] = [SHEET.meta, SHEET.units, SHEET.entry];

const source = (book: BookRead) => (sheet: string, row: number, col: number) => cellOf(book.grids.get(sheet.toLowerCase()), row, col);
const exists = (book: BookRead) => (name: string) => hasSheet(book, name) !== undefined;

export function metaOf(book: BookRead): ReadResult<WorkbookMeta> {
  return readMeta(source(book), exists(book));
}

export function clusterOf(book: BookRead): ReadResult<ClusterRead> {
  return readCluster(source(book), exists(book), (s) => sheetNameIn(book, s));
}

/**
 * The read with Lịch sử's grid when the workbook has that sheet (earlier periods, for award rules that look back).
 * Not asked for in the first read (a sheet missing from it costs two more syncs, and most workbooks have none):
 * one more sync, only for workbooks that have it.
 */
export async function withHistorySheet(ctx: Excel.RequestContext, book: BookRead): Promise<BookRead> {
  const sheet = hasSheet(book, HISTORY_SHEET);
  if (sheet === undefined || book.grids.has(sheet.name.toLowerCase())) return book;
  const extra = await readBookKnown(ctx, { grids: [sheet.name] }, book);
  return { ...book, grids: new Map([...book.grids, ...extra.grids]), syncs: book.syncs + extra.syncs };
}
