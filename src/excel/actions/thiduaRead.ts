/**
 * The ThiDua workbook as the used ranges read it: one reader (workbook/readBack) for Office.js, .xlsx and the preview.
 * A read of the current set (thiduaSet.readThiDuaBook) answers plan names; entries name the set's own sheets.
 */
import { readCluster, readMeta, type ClusterRead, type ReadResult, type WorkbookMeta } from "../../workbook/readBack";
import { SHEET } from "../../workbook/buildPlan";
import { cellOf, hasSheet, type BookRead } from "./readBook";
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
