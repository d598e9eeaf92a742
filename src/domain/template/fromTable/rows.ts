/**
 * The rows of a pasted table as criteria entries. Merged cells arrive as blanks, and a Word cell with
 * several paragraphs arrives as several rows: a row with no code and no points continues the title (or
 * the rule) of the entry above, unless rows indented deeper follow it, or — for a bullet row — the next
 * row opens a list (1, a, I, another bullet): then it heads a group.
 */
import { clean, fold, indentOf, readPoints, type PointsCell } from "./cells";
import { parseCode, splitLeadingCode, type Code } from "./codes";
import { isColumnNumberRow, isSubHeaderRow, type Columns } from "./columns";
import type { FindingList } from "./findings";

export interface Entry {
  /** 0-based grid row. */
  readonly row: number;
  /** A numbering code (levels are read from it), or null. */
  readonly code: Code | null;
  /** The code to keep when it is not a numbering ("Mục A1-x"), else null. */
  readonly opaqueCode: string | null;
  title: string;
  readonly indent: number;
  readonly points: number | null;
  rule: string;
  /** 0-based grid row of the rule text (first one), for findings about it. */
  ruleRow: number | null;
}

export interface TableRows {
  readonly entries: Entry[];
  /** "Tổng cộng" row: the scale as written, with its grid row. */
  readonly total: { readonly value: number; readonly row: number } | null;
}

const TOTAL_TITLE = /^(tong cong|tong so diem|tong diem|tong so|tong|cong|total)( (diem|[ivxlc]+|[a-z]|\d+|\+))*$/u;

interface RawRow {
  readonly row: number;
  readonly codeText: string;
  readonly titleRaw: string;
  readonly pointsText: string;
  readonly rule: string;
}

const cellAt = (cells: readonly string[], col: number | undefined) => (col === undefined ? "" : (cells[col] ?? ""));
const ruleText = (s: string) => s.split(/\r\n|\r|\n/u).map(clean).filter((l) => l !== "").join(" | ");
const titleText = (s: string) => s.split(/\r\n|\r|\n/u).map(clean).filter((l) => l !== "").join("\n");
const isBlank = (r: RawRow) => r.codeText === "" && clean(r.titleRaw) === "" && r.pointsText === "" && r.rule === "";

function rawRows(grid: readonly (readonly string[])[], columns: Columns, first: number): RawRow[] {
  const out: RawRow[] = [];
  for (let r = first; r < grid.length; r++) {
    const cells = grid[r]!;
    const row: RawRow = {
      row: r,
      codeText: clean(cellAt(cells, columns.code)),
      titleRaw: cellAt(cells, columns.title),
      pointsText: clean(cellAt(cells, columns.points)),
      rule: ruleText(cellAt(cells, columns.rule)),
    };
    if (!isBlank(row)) out.push(row);
  }
  return out;
}

type Read = { kind: "total"; value: number } | { kind: "continue" } | { kind: "entry"; entry: Entry };

/** What one row is: the total row, the continuation of the entry above, or an entry of its own. */
function readRow(raw: RawRow, next: RawRow | undefined, columns: Columns, findings: FindingList): Read {
  const cellPoints = pointsOf(raw, columns, findings);
  const opaque = raw.codeText !== "" && parseCode(raw.codeText) === null ? raw.codeText : null;
  const split = raw.codeText === "" ? splitLeadingCode(raw.titleRaw) : null;
  const code = codeOfRow(raw);
  const title = titleText(split ? split.rest : withoutRepeatedCode(raw.titleRaw, code));
  const numbered = code !== null && code.bullet === null;
  // Points written in the title count for a numbered row, or in a table without a points column;
  // a paragraph of a longer title ending "(1 điểm)" stays a paragraph.
  const points = cellPoints ?? (numbered || columns.points === undefined ? pointsInTitle(raw, columns, findings) : null);
  const value = points?.kind === "number" ? points.value : null;
  const plain = !numbered && opaque === null;
  if (plain && value !== null && title !== "" && TOTAL_TITLE.test(fold(title).replace(/[^a-z0-9+ ]/gu, " ").replace(/\s+/gu, " ").trim())) {
    return { kind: "total", value };
  }
  if (plain && value === null && !headsGroup(raw, code, next)) return { kind: "continue" };
  if (title === "") findings.at("warning", raw.row, columns.title ?? null, "design.import.noTitle", { code: raw.codeText });
  const entry: Entry = {
    row: raw.row, code, opaqueCode: opaque, title, indent: indentOf(raw.titleRaw), points: value,
    rule: raw.rule, ruleRow: raw.rule === "" ? null : raw.row,
  };
  return { kind: "entry", entry };
}

export function readRows(grid: readonly (readonly string[])[], columns: Columns, headerRow: number | null, findings: FindingList): TableRows {
  let first = headerRow === null ? 0 : headerRow + 1;
  while (headerRow !== null && first < grid.length && (isColumnNumberRow(grid[first]!) || isSubHeaderRow(grid[first]!))) first++;
  const rows = rawRows(grid, columns, first);
  const entries: Entry[] = [];
  let total: TableRows["total"] = null;
  rows.forEach((raw, i) => {
    const read = readRow(raw, rows[i + 1], columns, findings);
    if (read.kind === "total") total = { value: read.value, row: raw.row };
    else if (read.kind === "continue") continueEntry(entries[entries.length - 1], raw, findings);
    else entries.push(read.entry);
  });
  return { entries, total };
}

/** The code cell's code written again at the start of the title ("1" and "1. Công tác…"): the title without it. */
function withoutRepeatedCode(titleRaw: string, code: Code | null): string {
  const lead = code === null ? null : splitLeadingCode(titleRaw);
  return lead !== null && lead.rest !== clean(titleRaw) && lead.code.key === code!.key ? lead.rest : titleRaw;
}

/** "(10 điểm)", "(điểm chuẩn 3 điểm)" at the end of a title whose points cell is blank (tables copied from PDF). */
const TITLE_POINTS = /\((?:[^()]*\s)?(?:điểm chuẩn|tối đa|thang điểm|tổng điểm chuẩn|tổng điểm)?\s*:?\s*(\d+(?:[.,]\d+)?)\s*(?:điểm|đ)\s*\)\.?$/iu;
const LEADS_TO_POINTS = /(?:^|\s)(?:điểm chuẩn|tối đa|thang điểm|tổng điểm chuẩn|tổng điểm)\s*:?\s*\d/iu;

function pointsInTitle(raw: RawRow, columns: Columns, findings: FindingList): PointsCell | null {
  const title = clean(raw.titleRaw);
  const m = TITLE_POINTS.exec(title);
  if (!m) return null;
  const inside = m[0];
  if (!/^\(\s*\d/u.test(inside) && !LEADS_TO_POINTS.test(inside.slice(1))) return null;
  const value = Number(m[1]!.replace(",", "."));
  findings.at("info", raw.row, columns.title ?? null, "design.import.pointsFromTitle", { value });
  return { kind: "number", value, sign: null, ambiguous: false };
}

/** The points cell, or null when the table has no points column or the cell is blank. */
function pointsOf(raw: RawRow, columns: Columns, findings: FindingList): PointsCell | null {
  if (columns.points === undefined || raw.pointsText === "") return null;
  const points = readPoints(raw.pointsText);
  if (points.kind === "invalid") findings.at("warning", raw.row, columns.points, "design.import.badPoints", { text: points.text });
  if (points.kind === "number" && points.ambiguous) {
    findings.at("warning", raw.row, columns.points, "design.import.ambiguousPoints", { text: raw.pointsText, value: points.value });
  }
  return points;
}

/** An uncoded row without points heads a group when the next row is indented deeper. */
function headsGroup(raw: RawRow, code: Code | null, next: RawRow | undefined): boolean {
  if (clean(raw.titleRaw) === "" || next === undefined) return false;
  if (code !== null) return code.bullet !== null && startsList(codeOfRow(next), code);
  if (raw.codeText !== "") return false;
  return indentOf(next.titleRaw) > indentOf(raw.titleRaw) && clean(next.titleRaw) !== "";
}

/** The row's numbering: the code cell's, else one at the start of the title. */
function codeOfRow(raw: RawRow): Code | null {
  return raw.codeText === "" ? (splitLeadingCode(raw.titleRaw)?.code ?? null) : parseCode(raw.codeText);
}

/** A bullet row without points heads a group when the next row opens a list under it (1, a, I, another bullet). */
function startsList(next: Code | null, bullet: Code): boolean {
  if (next === null) return false;
  if (next.bullet !== null) return next.bullet !== bullet.bullet;
  return next.segments[next.segments.length - 1]!.readings.some((r) => r.value === 1 && r.cls !== "W");
}

function continueEntry(last: Entry | undefined, raw: RawRow, findings: FindingList): void {
  const title = titleText(raw.titleRaw);
  if (last === undefined) {
    if (title !== "" || raw.rule !== "") findings.at("info", raw.row, null, "design.import.preamble", { text: title || raw.rule });
    return;
  }
  if (title !== "") last.title = last.title === "" ? title : `${last.title}\n${title}`;
  if (raw.rule !== "") {
    last.rule = last.rule === "" ? raw.rule : `${last.rule} | ${raw.rule}`;
    last.ruleRow ??= raw.row;
  }
}
