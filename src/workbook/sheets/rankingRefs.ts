/** Column ranges of Xếp hạng's unit rows (rows 2 … n + 1). */
import { SHEET } from "../names";
import { sheetRef } from "../plan";
import { unitRowsRange } from "../rankFormulas";

/** The unit rows of one column, absolute and sheet-qualified (for defined names and other sheets). */
export function rankingColumnRange(col: number, unitCount: number): string {
  return `${sheetRef(SHEET.ranking)}${unitRowsRange(col, unitCount)}`;
}
