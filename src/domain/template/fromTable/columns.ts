/**
 * Which column of a pasted table is which: the code (STT, Mã, TT), the title (Nội dung, Tiêu chí), the
 * points (Điểm chuẩn, Điểm tối đa, Điểm) and the scoring rule (Cách chấm, Hướng dẫn chấm, Ghi chú). Read
 * from a header row in the first rows (with or without diacritics), else from what the cells hold.
 */
import { parseCode } from "./codes";
import { fold, readPoints } from "./cells";

export type Role = "code" | "title" | "points" | "rule";
export type Columns = Readonly<Partial<Record<Role, number>>>;

export interface ColumnGuess {
  /** 0-based index of the header row in the grid, or null when there is none. */
  readonly headerRow: number | null;
  /** 0-based column index per role; title is always set when the table has any text. */
  readonly columns: Columns;
}

const HEADER_WORDS: readonly [Role, RegExp][] = [
  ["code", /^(stt|tt|so tt|so thu tu|thu tu|ma|ma so|ma tieu chi|ky hieu|muc|no\.?|#)$/u],
  ["points", /^(diem|diem chuan|diem toi da|thang diem|so diem|diem so|khung diem|diem quy dinh|diem chuan toi da|muc diem|diem tieu chuan|toi da|max)\b/u],
  ["rule", /^(cach cham|huong dan|ghi chu|phuong phap|cach tinh|can cu|cach danh gia|quy dinh cham|yeu cau|cach thuc)/u],
  ["title", /^(noi dung|tieu chi|tieu chuan|ten tieu chi|chi tieu|noi dung tieu chi|noi dung cham|cac tieu chi|nhiem vu|linh vuc)/u],
];
/** Score columns of a filled-in table, not the points available. */
const SCORE_COLUMN = /(tu cham|tham dinh|dat duoc|cum cham|cham cheo|ket qua|diem cham|thuc te)/u;
const HEADER_SCAN = 12;
/** Header cells are short; a long cell starting "Tiêu chí…" or "Ghi chú:…" is content. */
const MAX_HEADER_LENGTH = 40;

function headerRole(cell: string): Role | null {
  const k = fold(cell).replace(/[():*]/gu, " ").replace(/\s+/gu, " ").trim();
  if (k === "" || k.length > MAX_HEADER_LENGTH || SCORE_COLUMN.test(k)) return null;
  for (const [role, re] of HEADER_WORDS) if (re.test(k)) return role;
  return null;
}

function fromHeader(row: readonly string[]): Columns | null {
  const found: Partial<Record<Role, number>> = {};
  row.forEach((cell, i) => {
    const role = headerRole(cell);
    if (role && found[role] === undefined) found[role] = i;
  });
  const roles = Object.keys(found).length;
  return roles >= 2 && (found.title !== undefined || found.points !== undefined) ? found : null;
}

interface ColumnStats {
  readonly filled: number;
  readonly numbers: number;
  readonly codes: number;
  readonly avgLength: number;
}

function statsOf(grid: readonly (readonly string[])[], col: number): ColumnStats {
  let filled = 0, numbers = 0, codes = 0, length = 0;
  for (const row of grid) {
    const cell = (row[col] ?? "").trim();
    if (cell === "") continue;
    filled++;
    length += cell.length;
    if (readPoints(cell).kind === "number") numbers++;
    if (parseCode(cell)) codes++;
  }
  return { filled, numbers, codes, avgLength: filled === 0 ? 0 : length / filled };
}

/** No header: the title is the left-most column of long text, the code a column of codes before it, the points a column of numbers after it. */
function fromContent(grid: readonly (readonly string[])[]): Columns {
  const width = Math.max(0, ...grid.map((r) => r.length));
  const stats = Array.from({ length: width }, (_, c) => statsOf(grid, c));
  const texty = (s: ColumnStats) => s.filled > 0 && s.numbers / s.filled < 0.5 && s.codes / s.filled < 0.6;
  const longest = Math.max(0, ...stats.filter(texty).map((s) => s.avgLength));
  const title = stats.findIndex((s) => texty(s) && s.avgLength >= Math.min(12, longest));
  if (title < 0) return {};
  const found: Partial<Record<Role, number>> = { title };
  const code = stats.findIndex((s, c) => c < title && s.filled > 0 && s.codes / s.filled >= 0.6);
  if (code >= 0) found.code = code;
  const points = stats.findIndex((s, c) => c > title && s.filled > 0 && s.numbers / s.filled >= 0.6);
  if (points >= 0) found.points = points;
  const rule = stats.findIndex((s, c) => c > title && c !== points && texty(s) && s.avgLength >= 8);
  if (rule >= 0) found.rule = rule;
  return found;
}

export function guessColumns(grid: readonly (readonly string[])[]): ColumnGuess {
  for (let r = 0; r < Math.min(HEADER_SCAN, grid.length); r++) {
    const columns = fromHeader(grid[r]!);
    if (columns) {
      const withTitle = columns.title === undefined ? { ...columns, title: titleNextTo(columns) } : columns;
      return { headerRow: r, columns: withSubHeaderPoints(withTitle, grid[r + 1]) };
    }
  }
  return { headerRow: null, columns: fromContent(grid) };
}

const MAX_WORDS = /^(toi da|chuan|diem chuan|diem toi da)$/u;
const subHeaderKey = (c: string) => fold(c).replace(/[():*]/gu, " ").replace(/\s+/gu, " ").trim();

/** "Điểm" over "Tự chấm | Tối đa": the points are the column under it that says Tối đa (or Chuẩn). */
function withSubHeaderPoints(columns: Columns, next: readonly string[] | undefined): Columns {
  if (next === undefined || !isSubHeaderRow(next)) return columns;
  const max = next.findIndex((c) => MAX_WORDS.test(subHeaderKey(c)));
  return max >= 0 ? { ...columns, points: max } : columns;
}

/** A header naming only code and points: the title is the column after the code. */
function titleNextTo(columns: Columns): number {
  return (columns.code ?? -1) + 1;
}

/** The second row of a two-row header ("Tối đa", "Tự chấm", "Thẩm định" under "Điểm"): header words only, no numbers. */
export function isSubHeaderRow(row: readonly string[]): boolean {
  const filled = row.map(subHeaderKey).filter((c) => c !== "");
  return filled.length > 0 && filled.every((k) => k.length <= MAX_HEADER_LENGTH && (headerRole(k) !== null || SCORE_COLUMN.test(k) || MAX_WORDS.test(k)));
}

/** A row under the header numbering its columns: "1 2 3 4" or "(1) (2) (3)". */
export function isColumnNumberRow(row: readonly string[]): boolean {
  const filled = row.map((c) => c.trim()).filter((c) => c !== "");
  return filled.length >= 2 && filled.every((c, i) => c.replace(/[()]/gu, "") === String(i + 1));
}
