/**
 * CSV records with the line each starts on. csv-parse's `info` option would give the line too, but it
 * copies a dozen fields per record and doubles the parse time of a 300,000-line scores file; counting
 * the record delimiters here gives the same lines (quoted cells may span lines).
 */

/** A record that holds at least one value, and the file line it starts on (1-based). */
export interface LocatedRecord {
  readonly record: string[];
  readonly line: number;
}

/**
 * Every record of a parse made WITHOUT skipping empty lines or records, so that each record but the
 * last ends with one record delimiter. Records with no value (empty or blank lines, lines of bare
 * separators or blank cells) are left out, as csv-parse's skip_empty_lines and
 * skip_records_with_empty_values would. A CR LF inside a quoted cell is one line, as editors show it.
 */
export function locatedRecords(records: readonly string[][]): LocatedRecord[] {
  const located: LocatedRecord[] = [];
  let line = 1;
  for (const record of records) {
    if (record.some((cell) => cell.trim() !== "")) located.push({ record, line });
    line += 1 + newlinesBefore(record, record.length);
  }
  return located;
}

/** Line breaks inside the record's first `index` cells (quoted multi-line cells). */
export function newlinesBefore(record: readonly string[], index: number): number {
  let n = 0;
  for (let i = 0; i < index; i++) {
    const cell = record[i]!;
    for (let at = cell.indexOf("\n"); at >= 0; at = cell.indexOf("\n", at + 1)) n++;
  }
  return n;
}
