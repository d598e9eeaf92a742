/**
 * Writes a table as CSV for Excel / LibreOffice (see docs/export-csv.md):
 * UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting, ";" as the separator when the decimal
 * mark is a comma (Vietnamese Excel's list separator) and "," when it is a point.
 * Numbers: the chosen decimal mark, no thousands grouping, no exponent.
 * Texts: NFC; a text that Excel could run as a formula (first character =, +, -, @, tab or CR,
 * OWASP "CSV injection") gets a leading ' and is quoted. Numbers, negative ones included, are written plainly.
 */
import type { SummaryCell, SummaryRow } from "./summaryTable";

export type DecimalMark = "comma" | "point";

export interface CsvOptions {
  readonly decimal: DecimalMark;
}

export const BOM = "\uFEFF";
export const CRLF = "\r\n";

/** The list separator that goes with a decimal mark. */
export function separatorFor(decimal: DecimalMark): ";" | "," {
  return decimal === "comma" ? ";" : ",";
}

/**
 * Texts that get the ' prefix: a dangerous first character (=, +, -, @, tab, CR), possibly after
 * quotes already typed by the user ("'=x" becomes "''=x"), so that the reader always removes exactly one quote.
 */
export const NEEDS_PREFIX = /^'*[=+\-@\t\r]/;

/** What the reader takes for a number in each mode; a text matching it is quoted so that it stays text. */
export const NUMBER_PATTERN: Record<DecimalMark, RegExp> = {
  comma: /^-?\d+(,\d+)?$/,
  point: /^-?\d+(\.\d+)?$/,
};

/** Plain decimal notation (no exponent, no grouping) with the chosen mark. */
export function formatCsvNumber(value: number, decimal: DecimalMark): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot write ${value} to CSV`);
  if (value === 0) return "0"; // also −0
  const s = expandExponent(String(value));
  return decimal === "comma" ? s.replace(".", ",") : s;
}

/** "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000": the shortest digits, shifted. */
function expandExponent(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!m) return s;
  const sign = m[1] ?? "";
  const int = m[2] ?? "";
  const frac = m[3] ?? "";
  const digits = int + frac;
  const point = int.length + Number(m[4]);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`.replace(/0+$/, "");
  if (point >= digits.length) return sign + digits + "0".repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function quote(field: string): string {
  return `"${field.replace(/"/g, '""')}"`;
}

/** One text cell: NFC, the injection prefix when needed, quoted when RFC 4180 or the reader needs it. */
export function formatCsvText(text: string, decimal: DecimalMark): string {
  const nfc = text.normalize("NFC");
  if (NEEDS_PREFIX.test(nfc)) return quote(`'${nfc}`);
  const mustQuote =
    nfc.includes(separatorFor(decimal)) || nfc.includes('"') || nfc.includes("\n") || nfc.includes("\r") ||
    NUMBER_PATTERN[decimal].test(nfc);
  return mustQuote ? quote(nfc) : nfc;
}

export function formatCsvCell(cell: SummaryCell, decimal: DecimalMark): string {
  return typeof cell === "number" ? formatCsvNumber(cell, decimal) : formatCsvText(cell, decimal);
}

/** The whole file as a string: BOM, rows joined by CRLF, a CRLF after the last row. */
export function toCsv(rows: readonly SummaryRow[], options: CsvOptions): string {
  const sep = separatorFor(options.decimal);
  // A row of one empty text is written "" so that it is not an empty line (which readers skip or misread).
  const lines = rows.map((row) => (row.length === 1 && row[0] === "" ? '""' : row.map((cell) => formatCsvCell(cell, options.decimal)).join(sep)));
  return BOM + lines.map((l) => l + CRLF).join("");
}
