/**
 * A workbook plan: a pure, renderer-neutral description of the ThiDua scoring workbook
 * (sheets, cells, formulas, formats, validation, protection, defined names).
 * buildPlan computes it from a template and the cluster; src/xlsx/renderPlan writes it with
 * exceljs, and an Office.js renderer can consume the same plan later.
 *
 * Conventions: addresses are A1 strings without "$" (e.g. "D5"); formulas are en-US, without the
 * leading "=", Excel 2016-compatible (no dynamic arrays), and reference other sheets by their
 * quoted names ('Chấm điểm'!D5) or by workbook-level defined names.
 */

/** What a cell is for: drives the look and whether it is locked. */
export type CellRole = "header" | "label" | "input" | "computed" | "group";

export type CellContent =
  | { readonly value: string | number | boolean | null }
  | { readonly formula: string };

export type CellPlan = CellContent & {
  readonly role: CellRole;
  /** Excel number format code (en-US syntax), e.g. "0.00". Absent = General. */
  readonly numFmt?: string;
  /** Locked under sheet protection. Inputs are unlocked, everything else is locked. */
  readonly locked: boolean;
  /** Indent level of a label (criteria tree depth). */
  readonly indent?: number;
  /** Bold text (group rows, totals). */
  readonly bold?: boolean;
  /** Wrap text in the cell. */
  readonly wrap?: boolean;
};

export type ValidationRule =
  /** A drop-down list of allowed entries. */
  | { readonly type: "list"; readonly values: readonly (string | number)[] }
  | { readonly type: "decimal"; readonly min: number; readonly max?: number }
  | { readonly type: "whole"; readonly min: number; readonly max?: number }
  /** A custom rule: formula true for an acceptable entry, written for the top-left cell of the range. */
  | { readonly type: "custom"; readonly formula: string };

export interface DataValidationPlan {
  /** A1 range ("D5" or "D5:D9"). */
  readonly range: string;
  readonly rule: ValidationRule;
  readonly allowBlank: boolean;
  /** Shown when the cell is selected (Vietnamese). */
  readonly prompt: { readonly title: string; readonly text: string };
  /** Shown when a wrong entry is typed (Vietnamese). */
  readonly error: { readonly title: string; readonly text: string };
  /** "stop" rejects the entry; "warning" lets the user keep it. */
  readonly errorStyle: "stop" | "warning";
}

/** Page setup: A4, fitted to the page width, title rows/columns repeated on every page. */
export interface PrintPlan {
  readonly orientation: "portrait" | "landscape";
  /** Rows repeated at the top of each page, e.g. "1:2". */
  readonly repeatRows?: string;
  /** Columns repeated at the left of each page, e.g. "A:C". */
  readonly repeatColumns?: string;
  /** Print area (A1 range) when only part of the sheet prints, e.g. "A1:K40". Absent = the used range. */
  readonly area?: string;
}

/**
 * A highlight driven by a formula (Excel's "Use a formula to determine which cells to format").
 * `ranges` are A1 areas; the formula is written for the top-left cell of the first area and is
 * relative like any conditional-format formula. "error": the entry is not accepted; "warning": look again.
 */
export interface ConditionalFormatPlan {
  readonly ranges: readonly string[];
  readonly formula: string;
  readonly style: "error" | "warning";
}

/** A chart drawn on a sheet and bound to its cells, so it follows every edit (issue 16). */
/** One series: bars, or a line (a band's threshold, the same value on every category). */
export interface ChartSeriesPlan {
  readonly name: string;
  /** An absolute reference with the quoted sheet ('Xếp hạng'!$C$9:$C$48). */
  readonly values: string;
  /** bars; a threshold line (dashed, no markers); a trend over periods (solid, with markers, blanks as gaps). */
  readonly kind: "bars" | "line" | "trend";
}

export interface ChartPlan {
  /** The chart's name in the workbook (Excel's selection pane); unique on its sheet. */
  readonly name: string;
  /** "column": vertical bars, categories left to right; "bar": horizontal bars, first category on top. */
  readonly direction: "column" | "bar";
  readonly title: string;
  /** Category labels: an absolute reference with the quoted sheet ('Xếp hạng'!$B$9:$B$48). */
  readonly categories: string;
  readonly series: readonly ChartSeriesPlan[];
  /** The value axis: its bounds (max absent = automatic) and number format. */
  readonly valueAxis: { readonly min: number; readonly max?: number; readonly numFmt: string; /** Smallest value on top (ranks: 1 is best). */ readonly reversed?: boolean };
  /** Where it is drawn: the cells of its top-left and bottom-right corners (1-based, like addr). */
  readonly anchor: { readonly from: { readonly col: number; readonly row: number }; readonly to: { readonly col: number; readonly row: number } };
}

export interface SheetPlan {
  readonly name: string;
  /** Address → cell. */
  readonly cells: ReadonlyMap<string, CellPlan>;
  /** Column letter → width in characters. */
  readonly columnWidths: Readonly<Record<string, number>>;
  /** Frozen rows at the top and columns at the left (0 = none). */
  readonly freeze: { readonly rows: number; readonly columns: number };
  /** Merged ranges ("D1:E1"). */
  readonly merges: readonly string[];
  readonly dataValidations: readonly DataValidationPlan[];
  /** Sheet protection: locked cells cannot be edited; no password (it protects against slips, not people). */
  readonly protection: { readonly protect: boolean };
  readonly hidden: boolean;
  /** Absent for sheets that are not printed (the hidden _ThiDua). */
  readonly print?: PrintPlan;
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  /** Charts bound to the sheet's cells (drawn by the .xlsx renderer; see docs/workbook-contract.md). */
  readonly charts?: readonly ChartPlan[];
}

export interface DefinedNamePlan {
  /** ASCII, not a cell reference (e.g. "DiemXepHang"). */
  readonly name: string;
  /** Absolute reference with quoted sheet name: 'Xếp hạng'!$H$2:$H$6. */
  readonly ref: string;
  readonly comment?: string;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly definedNames: readonly DefinedNamePlan[];
}

/** Format marker and version stored in the hidden _ThiDua sheet. */
export const WORKBOOK_FORMAT = "thidua-workbook";
export const WORKBOOK_FORMAT_VERSION = 1;

/** 1 → "A", 27 → "AA". */
export function columnLetter(n: number): string {
  let s = "";
  let x = n;
  while (x > 0) {
    const r = (x - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

/** "D5" from column 4, row 5. */
export function addr(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** Quoted sheet prefix for references: 'Chấm điểm'! (quotes doubled inside). */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** Absolute address: $D$5. */
export function absAddr(column: number, row: number): string {
  return `$${columnLetter(column)}$${row}`;
}
