/** A1 addresses, boxes and Office.js load paths. */
import { FakeOfficeError } from "./errors";

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
export function parseCell(a: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a.trim());
  if (!m) throw new FakeOfficeError("InvalidArgument", `bad cell address "${a}"`);
  return { row: Number(m[2]), col: colNumber(m[1]!) };
}
export const MAX_ROW = 1048576;
export const MAX_COL = 16384;
export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}
/** "D5", "D5:E9", "B:B", "B:D", "2:3" or undefined (the whole sheet). */
export function parseRange(a?: string): Box {
  if (a === undefined || a === "") return { r0: 1, c0: 1, r1: MAX_ROW, c1: MAX_COL };
  const [p, q = p] = a.replace(/\$/g, "").split(":") as [string, string?];
  if (/^[A-Za-z]+$/.test(p) && /^[A-Za-z]+$/.test(q!)) return { r0: 1, r1: MAX_ROW, c0: colNumber(p), c1: colNumber(q!) };
  if (/^\d+$/.test(p) && /^\d+$/.test(q!)) return { r0: Number(p), r1: Number(q), c0: 1, c1: MAX_COL };
  const x = parseCell(p);
  const y = parseCell(q!);
  return { r0: Math.min(x.row, y.row), r1: Math.max(x.row, y.row), c0: Math.min(x.col, y.col), c1: Math.max(x.col, y.col) };
}

/** Splits an Office.js load argument into property paths. */
export function loadPaths(spec: string | string[] | { select?: string } | undefined): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "object" && !Array.isArray(spec)) return (spec.select ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((s) => s.trim()).filter(Boolean);
}

export function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
export function boxA1(b: Box): string {
  const a = `${columnLetters(b.c0)}${b.r0}`;
  return b.r0 === b.r1 && b.c0 === b.c1 ? a : `${a}:${columnLetters(b.c1)}${b.r1}`;
}
/** Sheet name as Excel writes it in an address: quoted unless plain ASCII letters, digits and _. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function overlaps(a: Box, b: Box): boolean {
  return !(a.r1 < b.r0 || a.r0 > b.r1 || a.c1 < b.c0 || a.c0 > b.c1);
}
