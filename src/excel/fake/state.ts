/** The in-memory workbook: sheets, cells, validations, conditional formats, names (what tests inspect and set). */
import { parseCell } from "./addresses";
import type { FakeChartState } from "./chartState";

export interface FakeCell {
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  locked: boolean;
  bold?: boolean;
  fill?: string;
  wrap?: boolean;
  indent?: number;
}

export interface FakeValidation {
  range: string;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface FakeConditionalFormat {
  id: string;
  /** Absent = "Custom" (the only type the fake's add creates; tests may push others, e.g. a user's "ColorScale"). */
  type?: string;
  range: string;
  formula: string;
  fill?: string;
  font?: string;
}

export class FakeSheetState {
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  freeze = { rows: 0, columns: 0 };
  merges: string[] = [];
  validations: FakeValidation[] = [];
  /** Conditional formats in priority order; `id` is unique in the workbook (ConditionalFormat.id). */
  conditionalFormats: FakeConditionalFormat[] = [];
  protected = false;
  protectOptions: unknown = undefined;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly names = new Map<string, { reference: string; comment?: string }>();
  pageLayout: Record<string, unknown> = {};
  /** Charts in the order they were added (Worksheet.charts). */
  charts: FakeChartState[] = [];
  /** The workbook holding this sheet (set by FakeWorkbookState.addSheet): told about typed edits. */
  owner: FakeWorkbookState | null = null;
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  /** Test helper: what a user typing into a cell does (value, or "=…" formula), bypassing the API. */
  type(address: string, input: string | number | boolean): void {
    const { row, col } = parseCell(address);
    const c = this.ensure(row, col);
    if (typeof input === "string" && input.startsWith("=")) {
      c.formula = input;
      c.value = "";
    } else {
      c.formula = null;
      c.value = input;
    }
    this.owner?.edited(this.name, address);
  }
  ensure(row: number, col: number): FakeCell {
    const k = `${row},${col}`;
    let c = this.cells.get(k);
    if (!c) {
      c = { value: "", formula: null, numberFormat: "General", locked: true };
      this.cells.set(k, c);
    }
    return c;
  }
  /** The formula ("=…") or value of a cell, as Range.formulas returns it. */
  formulaAt(address: string): string | number | boolean {
    const { row, col } = parseCell(address);
    const c = this.cell(row, col);
    return c ? (c.formula ?? c.value) : "";
  }
  valueAt(address: string): string | number | boolean {
    const { row, col } = parseCell(address);
    return this.cell(row, col)?.value ?? "";
  }
}

export class FakeWorkbookState {
  readonly sheets: FakeSheetState[] = [];
  readonly names = new Map<string, { reference: string; comment?: string }>();
  calculationSuspended = 0;
  /** The active sheet's name (Worksheet.activate, Range.select); null until something activates one. */
  activeSheet: string | null = null;
  /** The selection (Range.select): sheet and A1 address. */
  selection: { sheet: string; address: string } | null = null;
  private cfSeq = 0;
  /** A new conditional-format id, unique in this workbook. */
  nextConditionalFormatId(): string {
    this.cfSeq++;
    return `{CF-${this.cfSeq}}`;
  }
  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  addSheet(name: string): FakeSheetState {
    const s = new FakeSheetState(name);
    s.owner = this;
    this.sheets.push(s);
    return s;
  }
  /** Set by FakeExcel: fires the change events of an edit made outside the API (a user typing). */
  onEdit: ((sheet: string, address: string) => void) | null = null;
  /** A user edited sheet!address (the preview grid, FakeSheetState.type): Excel's change events fire. */
  edited(sheet: string, address: string): void {
    this.onEdit?.(sheet, address);
  }
}
