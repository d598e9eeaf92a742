/** Column ranges of Xếp hạng's unit rows (rows 2 … n + 1). */
import { SHEET } from "../names";
import { columnLetter, sheetRef } from "../plan";

/** The unit rows of one column, absolute and sheet-qualified (for defined names and other sheets). */
export function rankingColumnRange(col: number, unitCount: number): string {
  return `${sheetRef(SHEET.ranking)}${rankingColumnCells(col, unitCount)}`;
}

/** The unit rows of one column, absolute, within Xếp hạng. */
export function rankingColumnCells(col: number, unitCount: number): string {
  return `$${columnLetter(col)}$2:$${columnLetter(col)}$${1 + unitCount}`;
}
