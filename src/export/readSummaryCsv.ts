/**
 * Reads back a CSV written by toCsv (see docs/export-csv.md): optional BOM, ";" or "," as the separator
 * (";" means decimal comma, "," decimal point, unless given), CRLF or LF line ends.
 * An unquoted field in the number format of the file is a number; every other field is text (NFC),
 * with the formula-injection prefix (one leading ') removed.
 */
import { parse } from "csv-parse/sync";
import { NUMBER_PATTERN, type DecimalMark } from "./csv";
import type { SummaryCell } from "./summaryTable";

export interface ReadCsvOptions {
  /** Decimal mark of the numbers; by default taken from the separator of the first line. */
  readonly decimal?: DecimalMark;
}

const PREFIXED = /^''*[=+\-@\t\r]/;

/** ";" when the first line (outside quotes) has a ";", else ",". */
export function detectDecimal(text: string): DecimalMark {
  let inQuotes = false;
  for (const ch of text.replace(/^\uFEFF/, "")) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === "\n" || ch === "\r")) break;
    else if (!inQuotes && ch === ";") return "comma";
    else if (!inQuotes && ch === ",") return "point";
  }
  return "comma";
}

export function readSummaryCsv(text: string, options: ReadCsvOptions = {}): SummaryCell[][] {
  const decimal = options.decimal ?? detectDecimal(text);
  const numberPattern = NUMBER_PATTERN[decimal];
  const records: unknown = parse(text, {
    bom: true,
    delimiter: decimal === "comma" ? ";" : ",",
    relax_column_count: true,
    skip_empty_lines: false,
    cast: (value, context): SummaryCell => {
      if (!context.quoting && numberPattern.test(value)) return Number(decimal === "comma" ? value.replace(",", ".") : value);
      const nfc = value.normalize("NFC");
      return context.quoting && PREFIXED.test(nfc) ? nfc.slice(1) : nfc;
    },
  });
  return records as SummaryCell[][];
}
