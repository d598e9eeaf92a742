/** Collects one sheet's cells, widths, merges and validation, then freezes them into a SheetPlan. */
import { addr, columnLetter, type CellPlan, type ChartPlan, type ConditionalFormatPlan, type DataValidationPlan, type PrintPlan, type SheetPlan } from "./plan";

export class SheetBuilder {
  readonly cells = new Map<string, CellPlan>();
  readonly columnWidths: Record<string, number> = {};
  readonly merges: string[] = [];
  readonly dataValidations: DataValidationPlan[] = [];
  readonly conditionalFormats: ConditionalFormatPlan[] = [];
  readonly charts: ChartPlan[] = [];
  print: PrintPlan | undefined;
  freeze = { rows: 0, columns: 0 };
  constructor(
    readonly name: string,
    readonly hidden = false,
  ) {}

  set(col: number, row: number, cell: CellPlan): void {
    if ("formula" in cell) compact(cell.formula);
    this.cells.set(addr(col, row), cell);
  }
  header(col: number, row: number, text: string): void {
    this.set(col, row, { value: text, role: "header", locked: true, bold: true, wrap: true });
  }
  label(col: number, row: number, value: string | number | null, extra: Partial<CellPlan> = {}): void {
    this.set(col, row, { value, role: "label", locked: true, ...extra } as CellPlan);
  }
  formula(col: number, row: number, formula: string, extra: Partial<CellPlan> = {}): void {
    this.set(col, row, { formula, role: "computed", locked: true, ...extra } as CellPlan);
  }
  input(col: number, row: number, value: string | number | null = null): void {
    this.set(col, row, { value, role: "input", locked: false });
  }
  width(col: number, w: number): void {
    this.columnWidths[columnLetter(col)] = w;
  }
  build(): SheetPlan {
    return {
      name: this.name,
      cells: this.cells,
      columnWidths: this.columnWidths,
      freeze: this.freeze,
      merges: this.merges,
      dataValidations: this.dataValidations,
      protection: { protect: true },
      hidden: this.hidden,
      ...(this.print ? { print: this.print } : {}),
      conditionalFormats: this.conditionalFormats,
      ...(this.charts.length > 0 ? { charts: this.charts } : {}),
    };
  }
}

/**
 * A formula is built from many pieces (`${sheet}${address}…`), which V8 keeps as a tree of joined
 * strings until the text is first read; reading one character lays it out as one flat string at once.
 * Measured: the Điểm sheet of 1000 units × 300 criteria holds 290 MB instead of 454 MB.
 */
function compact(text: string): void {
  text.charCodeAt(0);
}
