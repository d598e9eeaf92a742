/** The Thiết kế tiêu chí sheet as rows of cell values: what templateToDesign writes and a reader gives back. */
import type { Message } from "../../../messages/message";
import type { AwardField, BandField, BlockName, CriterionField, NoteField, SettingKey, TieField } from "./layout";

/** A cell as a sheet holds it (formula cells: their value). */
export type CellValue = string | number | boolean | null;

export interface DesignRow<F extends string> {
  /** Sheet row, 1-based. */
  readonly row: number;
  readonly cells: Readonly<Record<F, CellValue>>;
}

export interface DesignBlock<F extends string> {
  /** Row of the block's title (column A). */
  readonly titleRow: number;
  /** Row of the column headers (the row after the title). */
  readonly headerRow: number;
  /** Every row of the block, empty ones included. */
  readonly rows: readonly DesignRow<F>[];
}

export interface SettingCell {
  readonly row: number;
  readonly value: CellValue;
}

export interface DesignSheet {
  readonly settings: Readonly<Partial<Record<SettingKey, SettingCell>>>;
  readonly criteria: DesignBlock<CriterionField>;
  readonly bands: DesignBlock<BandField>;
  readonly tieBreak: DesignBlock<TieField>;
  readonly awards: DesignBlock<AwardField>;
  readonly notes: DesignBlock<NoteField>;
}

export type DesignBlocks = Pick<DesignSheet, BlockName>;

/** A problem found in the design, at a cell ("Thiết kế tiêu chí!F12"), in the template checks' words. */
export interface DesignFinding {
  readonly severity: "error" | "warning" | "info";
  readonly cell: string;
  readonly row: number;
  readonly column: number;
  readonly message: Message;
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

export function rowIsBlank<F extends string>(r: DesignRow<F>): boolean {
  return Object.values<CellValue>(r.cells).every(isBlank);
}
