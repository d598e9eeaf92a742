/**
 * readValues: the cached values of a (recalculated) .xlsx, read with exceljs, as plain typed values.
 *
 * Formula cells yield their RESULT. Two exceljs 4.4 pitfalls are handled here:
 *  - `cell.value` of a formula cell is `{ formula, result }` built by a copy that drops falsy fields,
 *    so a result of 0, false or "" is missing from it. `cell.result` keeps 0 and false: we read that.
 *  - an empty-string result (`t="str"` with `<v></v>`, which is how LibreOffice saves ="") comes back
 *    as `undefined`. After a LibreOffice recalculation every formula cell carries a value, so an
 *    undefined result is reported as "" (see readValues' `emptyFormulaResult`).
 * Error values (#DIV/0!, #N/A, …) become CellError instances, so tests can tell them from strings.
 */
import ExcelJS from "exceljs";

/** The error values an .xlsx cell can hold. */
export const ERROR_CODES = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error value in a cell (what Excel shows as #DIV/0! etc.). */
export class CellError {
  readonly kind = "error" as const;
  constructor(readonly code: string) {}
  toString(): string {
    return this.code;
  }
}

export function isCellError(v: unknown): v is CellError {
  return v instanceof CellError;
}

export type CellValue = number | string | boolean | Date | CellError;

export interface CellInfo {
  sheet: string;
  address: string;
  value: CellValue;
  /** Formula text as stored in the file (no leading "="), for formula cells. */
  formula?: string;
}

/** sheet name → (A1 address → value); empty cells are absent. Plus lookup helpers. */
export class WorkbookValues extends Map<string, Map<string, CellValue>> {
  readonly formulas = new Map<string, Map<string, string>>();

  /** Value of sheet!address ("B3", "$B$3" or "b3"); undefined when the cell is empty. Throws for an unknown sheet. */
  cell(sheet: string, address: string): CellValue | undefined {
    const s = this.get(sheet);
    if (!s) throw new Error(`No sheet "${sheet}" (sheets: ${[...this.keys()].join(", ")})`);
    return s.get(normalizeAddress(address));
  }

  /** Like cell(), but the value must be a number. */
  number(sheet: string, address: string): number {
    const v = this.cell(sheet, address);
    if (typeof v !== "number") throw new Error(`${sheet}!${address} is ${describe(v)}, expected a number`);
    return v;
  }

  /** Like cell(), but the value must be a string. */
  string(sheet: string, address: string): string {
    const v = this.cell(sheet, address);
    if (typeof v !== "string") throw new Error(`${sheet}!${address} is ${describe(v)}, expected a string`);
    return v;
  }

  formula(sheet: string, address: string): string | undefined {
    return this.formulas.get(sheet)?.get(normalizeAddress(address));
  }

  /** Every cell holding an error value, in sheet order then row order. */
  errors(): CellInfo[] {
    return this.cells().filter((c) => isCellError(c.value));
  }

  /** Every non-empty cell. */
  cells(): CellInfo[] {
    const out: CellInfo[] = [];
    for (const [sheet, m] of this) {
      for (const [address, value] of m) {
        const formula = this.formula(sheet, address);
        out.push(formula === undefined ? { sheet, address, value } : { sheet, address, value, formula });
      }
    }
    return out;
  }
}

function describe(v: CellValue | undefined): string {
  if (v === undefined) return "empty";
  if (isCellError(v)) return `the error ${v.code}`;
  return `${typeof v} ${JSON.stringify(v)}`;
}

export function normalizeAddress(address: string): string {
  return address.replace(/\$/g, "").toUpperCase();
}

export interface ReadValuesOptions {
  /**
   * What a formula cell without a cached result is reported as. Default "" — right for LibreOffice
   * output, where only an empty-string result has no readable value. For a file that was never
   * calculated (written by exceljs without `result`), pass null to leave such cells out instead.
   */
  emptyFormulaResult?: "" | null;
}

/** Reads every sheet's cached values. Formula cells give their result (see the file comment). */
export async function readValues(xlsxPath: string, opts: ReadValuesOptions = {}): Promise<WorkbookValues> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsxPath);
  const out = new WorkbookValues();
  const emptyResult = opts.emptyFormulaResult === undefined ? "" : opts.emptyFormulaResult;
  wb.eachSheet((ws) => {
    const values = new Map<string, CellValue>();
    const formulas = new Map<string, string>();
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // A merged range's value lives in its top-left cell only.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        if (cell.type === ExcelJS.ValueType.Formula) {
          const formula = cell.formula; // exceljs also resolves shared-formula clones
          if (formula) formulas.set(cell.address, formula);
          const raw: unknown = cell.result;
          const v = raw === undefined || raw === null ? emptyResult : toValue(raw);
          if (v !== null && v !== undefined) values.set(cell.address, v);
          return;
        }
        const v = toValue(cell.value);
        if (v !== undefined) values.set(cell.address, v);
      });
    });
    out.set(ws.name, values);
    out.formulas.set(ws.name, formulas);
  });
  return out;
}

/** exceljs cell value (or formula result) → CellValue; undefined for empty. */
function toValue(raw: unknown): CellValue | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") return raw;
  if (raw instanceof Date) return raw;
  if (typeof raw === "object") {
    const o = raw as Record<string, unknown>;
    if (typeof o.error === "string") return new CellError(o.error);
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if (typeof o.text === "string") return o.text; // hyperlink
    if ("result" in o || "formula" in o || "sharedFormula" in o) return toValue(o.result);
  }
  throw new Error(`readValues: unsupported cell value ${JSON.stringify(raw)}`);
}
