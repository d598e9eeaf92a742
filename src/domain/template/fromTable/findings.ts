import type { MessageId } from "../../../messages/catalogue";
import { message, type Message, type Params } from "../../../messages/message";
import { columnLetter } from "./cells";

/** A remark on a pasted table, at the sheet row (and column) it comes from, in the user's language. */
export interface ImportFinding {
  readonly severity: "error" | "warning" | "info";
  /** Row in the sheet or file (1-based), or null for the table as a whole. */
  readonly row: number | null;
  /** Column (1-based), when one cell is meant. */
  readonly column: number | null;
  readonly message: Message;
}

/** Where the grid sits: its first cell's sheet row and column (1-based). */
export interface GridOrigin {
  readonly row: number;
  readonly column: number;
}

export class FindingList {
  readonly items: ImportFinding[] = [];
  constructor(readonly origin: GridOrigin) {}

  /** A finding at a grid row (0-based), optionally a grid column (0-based); the message gets {row} and {column}. */
  at(severity: ImportFinding["severity"], gridRow: number, gridColumn: number | null, id: MessageId, params: Params = {}): void {
    const row = gridRow + this.origin.row;
    const column = gridColumn === null ? null : gridColumn + this.origin.column;
    const where = { row: String(row), ...(column === null ? {} : { column: columnLetter(column) }) };
    this.items.push({ severity, row, column, message: message(id, { ...params, ...where }) });
  }

  whole(severity: ImportFinding["severity"], id: MessageId, params: Params = {}): void {
    this.items.push({ severity, row: null, column: null, message: message(id, params) });
  }
}
