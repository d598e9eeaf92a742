/**
 * A list of names as people paste or save it: one per line, or cells of a row copied from Excel or Word
 * (tabs, semicolons), often with a numbering column (STT: "1", "1.", "01", "1)", "(1)" in its own cell or
 * before the name: "1. Hà Giang", "1, Hà Giang", "01 Hà Giang"), a header row ("STT | Tên đơn vị | Ghi chú")
 * and blank lines. Numbers, headers and blank lines are not names. With a header, only the name column is
 * read (rows without that cell: every cell with a letter); otherwise every cell with a letter is a name (a pasted row), or only the first one (`firstCellOnly`).
 */
import { cleanText, hasLetter, looseKey } from "./normalize";

export interface NameRow {
  readonly cells: readonly string[];
  /** 1-based line of the row in its text or file. */
  readonly line: number;
}

export interface ListedName {
  /** Cleaned (NFC, no invisible characters, single spaces), numbering removed. */
  readonly name: string;
  /** The cell as typed. */
  readonly raw: string;
  readonly line: number;
  /** 1-based cell of the row. */
  readonly column: number;
}

export interface NameList {
  readonly names: readonly ListedName[];
  /** Line of the header row that was skipped, or null. */
  readonly headerLine: number | null;
}

const NAME_HEADERS = new Set(
  ["đơn vị", "tên đơn vị", "tên", "cơ quan", "tên cơ quan", "cơ quan, đơn vị", "đơn vị thi đua", "tên đơn vị thi đua", "đơn vị thành viên",
    "thành viên", "danh sách đơn vị", "unit", "units", "unit name", "name", "member"].map(looseKey),
);
const NUMBER_HEADERS = new Set(["stt", "tt", "số tt", "số thứ tự", "thứ tự", "no", "no.", "number", "#"].map(looseKey));

/** The numbering before a name: "1. ", "1) ", "(1) ", "01 ", "1, ", "1 - ". */
const NUMBER_PREFIX = /^\(?\d{1,4}(?:\s*[.):,\-–]\s*|\)?\s+)(?=[^\d\s.,;:)\-–])/u;

/** Pasted or typed text → rows: lines split on tabs and semicolons. */
export function rowsOfText(text: string): NameRow[] {
  return text.split(/\r\n|\r|\n/u).map((l, i) => ({ cells: l.split(/[\t;]/u), line: i + 1 }));
}

function headerColumn(row: NameRow): number | null {
  const keys = row.cells.map((c) => looseKey(c));
  const named = keys.findIndex((k) => NAME_HEADERS.has(k));
  if (named >= 0) return named;
  const filled = keys.filter((k) => k !== "");
  return filled.length > 0 && filled.every((k) => NUMBER_HEADERS.has(k)) ? -1 : null;
}

type Cell = { raw: string; name: string; column: number; line: number };

function cellsOf(row: NameRow, column: number | null): Cell[] {
  const all = row.cells.map((raw, i) => ({ raw, name: cleanText(raw), column: i + 1, line: row.line }));
  const inColumn = column === null || column < 0 ? [] : all.slice(column, column + 1).filter((c) => hasLetter(c.name));
  return inColumn.length > 0 ? inColumn : all.filter((c) => hasLetter(c.name));
}

/** The names of a list: numbering, header and blank lines left out. */
export function namesOfRows(rows: readonly NameRow[], options: { readonly firstCellOnly?: boolean } = {}): NameList {
  const filled = rows.filter((r) => r.cells.some((c) => cleanText(c) !== ""));
  const header = filled[0] ? headerColumn(filled[0]) : null;
  const data = header === null ? filled : filled.slice(1);
  const perRow = data.map((r) => cellsOf(r, header)).filter((cells) => cells.length > 0);
  const picked = options.firstCellOnly ? perRow.map((cells) => cells.slice(0, 1)) : perRow;
  const numbered = perRow.filter((cells) => NUMBER_PREFIX.test(cells[0]!.name)).length;
  const stripNumbers = numbered * 2 > perRow.length;
  const names = picked.flat().map((c) => ({ ...c, name: stripNumbers ? c.name.replace(NUMBER_PREFIX, "") : c.name }));
  return { names, headerLine: header === null ? null : filled[0]!.line };
}

/** The names of pasted or typed text (pane): see namesOfRows. */
export function namesOfText(text: string): NameList {
  return namesOfRows(rowsOfText(text));
}
