/**
 * Finds the references in an en-US formula (cells, ranges, whole columns/rows, sheet-qualified or not,
 * defined names) without evaluating it: the engine's dependency graph is built from these.
 */
import { colNumber } from "../../excel/cells";

export interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export type Reference =
  | { readonly kind: "box"; readonly sheet: string | null; readonly box: Box }
  | { readonly kind: "name"; readonly sheet: string | null; readonly name: string };

export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d+)$/;

/** "A1", "$A$1:B2", "A:C", "2:3" as a box, or null when the text is not a reference. */
export function parseArea(text: string): Box | null {
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const [p, q = p] = parts as [string, string?];
  const a = CELL.exec(p);
  const b = CELL.exec(q!);
  if (a && b) {
    const ca = colNumber(a[1]!);
    const cb = colNumber(b[1]!);
    const ra = Number(a[2]);
    const rb = Number(b[2]);
    if (ca > MAX_COL || cb > MAX_COL || ra < 1 || rb < 1 || ra > MAX_ROW || rb > MAX_ROW) return null;
    return { r0: Math.min(ra, rb), r1: Math.max(ra, rb), c0: Math.min(ca, cb), c1: Math.max(ca, cb) };
  }
  if (parts.length === 2) {
    const x = COLS.exec(p);
    const y = COLS.exec(q!);
    if (x && y) {
      const ca = colNumber(x[1]!);
      const cb = colNumber(y[1]!);
      return { r0: 1, r1: MAX_ROW, c0: Math.min(ca, cb), c1: Math.max(ca, cb) };
    }
    const u = ROWS.exec(p);
    const v = ROWS.exec(q!);
    if (u && v) return { r0: Math.min(Number(u[1]), Number(v[1])), r1: Math.max(Number(u[1]), Number(v[1])), c0: 1, c1: MAX_COL };
  }
  return null;
}

const WORD = /[\p{L}\p{N}_.$:\\]/u;

/** Every reference in the formula (with or without the leading "="), in order of appearance. */
export function findReferences(formula: string): Reference[] {
  const out: Reference[] = [];
  const f = formula.startsWith("=") ? formula.slice(1) : formula;
  let i = 0;
  let sheet: string | null = null;
  while (i < f.length) {
    const ch = f[i]!;
    if (ch === '"') {
      i++;
      while (i < f.length && !(f[i] === '"' && f[i + 1] !== '"')) i += f[i] === '"' ? 2 : 1;
      i++;
      continue;
    }
    if (ch === "{") {
      // Array constants hold literals only.
      while (i < f.length && f[i] !== "}") {
        if (f[i] === '"') {
          i++;
          while (i < f.length && !(f[i] === '"' && f[i + 1] !== '"')) i += f[i] === '"' ? 2 : 1;
        }
        i++;
      }
      i++;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < f.length) {
        if (f[j] === "'" && f[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (f[j] === "'") break;
        else name += f[j++];
      }
      if (f[j + 1] === "!") {
        sheet = name;
        i = j + 2;
        continue;
      }
      i = j + 1;
      continue;
    }
    if (WORD.test(ch)) {
      let j = i;
      while (j < f.length && WORD.test(f[j]!)) j++;
      const word = f.slice(i, j);
      i = j;
      if (f[j] === "!") {
        sheet = word;
        i = j + 1;
        continue;
      }
      if (f[j] === "(") {
        sheet = null;
        continue;
      }
      const box = parseArea(word);
      if (box) out.push({ kind: "box", sheet, box });
      else if (/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(word) && !/^(TRUE|FALSE)$/i.test(word)) out.push({ kind: "name", sheet, name: word });
      sheet = null;
      continue;
    }
    sheet = null;
    i++;
  }
  return out;
}
