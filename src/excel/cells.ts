/**
 * Pure helpers that turn a SheetPlan into Office.js-sized pieces: 2-D blocks of contiguous rows,
 * rectangles of cells sharing a format, text escaping, formula shifting. No Office calls here.
 */
import { addr, columnLetter, sheetRef, type CellPlan, type SheetPlan, type WorkbookPlan } from "../workbook/plan";

export interface CellPos {
  readonly row: number;
  readonly col: number;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function parseCell(a: string): CellPos {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a.trim());
  if (!m) throw new Error(`not a cell address: "${a}"`);
  return { row: Number(m[2]), col: colNumber(m[1]!) };
}

export interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export function parseBox(a: string): Box {
  const [p, q = p] = a.split(":") as [string, string?];
  const x = parseCell(p);
  const y = parseCell(q!);
  return { r0: Math.min(x.row, y.row), r1: Math.max(x.row, y.row), c0: Math.min(x.col, y.col), c1: Math.max(x.col, y.col) };
}

export function boxAddress(b: Box): string {
  const a = addr(b.c0, b.r0);
  const z = addr(b.c1, b.r1);
  return a === z ? a : `${a}:${z}`;
}

/**
 * Text as typed into Excel through Range.formulas/values is parsed like a user's entry: "1.0" becomes a
 * number, "=x" a formula, "TRUE" a boolean, "Jan 5" a date. The exceljs renderer writes text as text; to
 * keep the same cell content a leading apostrophe (not stored, not shown) marks such strings as text.
 */
export function excelText(s: string): string {
  if (s === "") return s;
  const plainWord = /^\p{L}/u.test(s) && !/^(true|false)$/i.test(s) && !/^[a-z]{3,9}[\s\-/]*\d/i.test(s);
  return plainWord ? s : `'${s}`;
}

/** What goes into Range.formulas for a planned cell. */
export function cellInput(c: CellPlan): string | number | boolean {
  if ("formula" in c) return `=${c.formula}`;
  const v = c.value;
  if (v === null) return "";
  return typeof v === "string" ? excelText(v) : v;
}

export interface Block {
  readonly box: Box;
  readonly formulas: (string | number | boolean | null)[][];
  /** null when no cell of the block has a number format. */
  readonly numberFormat: (string | null)[][] | null;
  /** Approximate JSON size of formulas + numberFormat (UTF-8 bytes). */
  readonly bytes: number;
}

function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** JSON size of one 2-D array cell. */
function cellBytes(v: unknown): number {
  if (v === null || v === undefined) return 5;
  if (typeof v === "string") return byteLength(JSON.stringify(v)) + 1;
  return String(v).length + 1;
}

export interface Positioned {
  readonly pos: CellPos;
  readonly cell: CellPlan;
}

export function positioned(sheet: SheetPlan): Positioned[] {
  return [...sheet.cells].map(([a, cell]) => ({ pos: parseCell(a), cell }));
}

/**
 * The sheet's cells as blocks of contiguous rows (a gap of an empty row starts a new block); each block
 * spans its rows' leftmost..rightmost column (null = leave the cell alone). A block larger than maxBytes is
 * split by rows.
 */
export function sheetBlocks(sheet: SheetPlan, maxBytes: number): Block[] {
  const byRow = new Map<number, Positioned[]>();
  for (const p of positioned(sheet)) {
    const list = byRow.get(p.pos.row) ?? [];
    list.push(p);
    byRow.set(p.pos.row, list);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === r - 1) last.push(r);
    else runs.push([r]);
  }
  const out: Block[] = [];
  for (const run of runs) {
    let c0 = Infinity;
    let c1 = 0;
    for (const r of run) for (const p of byRow.get(r)!) {
      c0 = Math.min(c0, p.pos.col);
      c1 = Math.max(c1, p.pos.col);
    }
    let cur: { rows: number[]; f: Block["formulas"]; nf: (string | null)[][]; anyFmt: boolean; bytes: number } | null = null;
    const flush = () => {
      if (!cur) return;
      const box = { r0: cur.rows[0]!, r1: cur.rows[cur.rows.length - 1]!, c0, c1 };
      out.push({ box, formulas: cur.f, numberFormat: cur.anyFmt ? cur.nf : null, bytes: cur.bytes });
      cur = null;
    };
    for (const r of run) {
      const f: (string | number | boolean | null)[] = new Array<string | number | boolean | null>(c1 - c0 + 1).fill(null);
      const nf: (string | null)[] = new Array<string | null>(c1 - c0 + 1).fill(null);
      let anyFmt = false;
      let bytes = 4;
      for (const p of byRow.get(r)!) {
        f[p.pos.col - c0] = cellInput(p.cell);
        if (p.cell.numFmt) {
          nf[p.pos.col - c0] = p.cell.numFmt;
          anyFmt = true;
        }
      }
      for (const v of f) bytes += cellBytes(v);
      if (anyFmt) for (const v of nf) bytes += cellBytes(v);
      const c = cur as { rows: number[]; f: Block["formulas"]; nf: (string | null)[][]; anyFmt: boolean; bytes: number } | null;
      if (c && c.bytes + bytes > maxBytes) flush();
      if (!cur) cur = { rows: [], f: [], nf: [], anyFmt: false, bytes: 64 };
      const k = cur as { rows: number[]; f: Block["formulas"]; nf: (string | null)[][]; anyFmt: boolean; bytes: number };
      k.rows.push(r);
      k.f.push(f);
      k.nf.push(nf);
      k.anyFmt ||= anyFmt;
      k.bytes += bytes;
    }
    flush();
  }
  return out;
}

/**
 * Rectangles covering exactly the cells for which `key` returns a non-null key, grouped by key:
 * runs of consecutive columns per row, then identical runs on consecutive rows merged.
 */
export function rectangles<K>(cells: readonly Positioned[], key: (c: CellPlan) => K | null): Map<K, Box[]> {
  const rowsByKey = new Map<K, Map<number, number[]>>();
  for (const p of cells) {
    const k = key(p.cell);
    if (k === null) continue;
    const rows = rowsByKey.get(k) ?? new Map<number, number[]>();
    const cols = rows.get(p.pos.row) ?? [];
    cols.push(p.pos.col);
    rows.set(p.pos.row, cols);
    rowsByKey.set(k, rows);
  }
  const out = new Map<K, Box[]>();
  for (const [k, rows] of rowsByKey) {
    const runsByRow: [number, [number, number][]][] = [...rows]
      .sort((a, b) => a[0] - b[0])
      .map(([r, cols]) => {
        cols.sort((a, b) => a - b);
        const runs: [number, number][] = [];
        for (const c of cols) {
          const last = runs[runs.length - 1];
          if (last && last[1] === c - 1) last[1] = c;
          else if (!last || last[1] !== c) runs.push([c, c]);
        }
        return [r, runs];
      });
    const boxes: Box[] = [];
    const open = new Map<string, { r0: number; r1: number; c0: number; c1: number }>();
    for (const [r, runs] of runsByRow) {
      const seen = new Set<string>();
      for (const [c0, c1] of runs) {
        const id = `${c0}:${c1}`;
        seen.add(id);
        const o = open.get(id);
        if (o && o.r1 === r - 1) o.r1 = r;
        else {
          if (o) boxes.push(o);
          open.set(id, { r0: r, r1: r, c0, c1 });
        }
      }
      for (const [id, o] of open) if (!seen.has(id) && o.r1 < r) {
        boxes.push(o);
        open.delete(id);
      }
    }
    boxes.push(...open.values());
    out.set(k, boxes);
  }
  return out;
}

/** Excel column width in points for a width in characters (Calibri 11: 7 px per digit + 5 px padding). */
export function widthToPoints(chars: number): number {
  return Math.round((Math.trunc(chars * 7 + 5) * 3) / 4 * 4) / 4;
}

/** Consecutive columns with the same width, as "D:E" → points. */
export function columnWidthRanges(widths: Readonly<Record<string, number>>): { address: string; points: number }[] {
  const cols = Object.entries(widths)
    .map(([l, w]) => [colNumber(l), w] as const)
    .sort((a, b) => a[0] - b[0]);
  const out: { address: string; points: number; c0: number; c1: number }[] = [];
  for (const [c, w] of cols) {
    const pts = widthToPoints(w);
    const last = out[out.length - 1];
    if (last && last.c1 === c - 1 && last.points === pts) {
      last.c1 = c;
      last.address = `${columnLetter(last.c0)}:${columnLetter(c)}`;
    } else out.push({ address: `${columnLetter(c)}:${columnLetter(c)}`, points: pts, c0: c, c1: c });
  }
  return out.map(({ address, points }) => ({ address, points }));
}

/**
 * Shifts the relative A1 references of a formula (written for one top-left cell) by dRow/dCol, outside
 * string literals and sheet names; "$" parts stay. Used to re-anchor a conditional-format formula on each
 * area when multi-area ranges (ExcelApi 1.9 RangeAreas) are not available.
 */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_.])/.exec(formula.slice(i));
    const prev = i > 0 ? formula[i - 1]! : "";
    if (m && !/[A-Za-z0-9_.]/.test(prev)) {
      const col = m[1] ? m[2]! : columnLetter(colNumber(m[2]!) + dCol);
      const row = m[3] ? m[4]! : String(Number(m[4]) + dRow);
      out += `${m[1]}${col}${m[3]}${row}`;
      i += m[0].length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Replaces every quoted sheet reference 'Old'! by 'New'! in a formula. */
export function renameInFormula(formula: string, renames: ReadonlyMap<string, string>): string {
  let f = formula;
  for (const [from, to] of renames) f = f.split(sheetRef(from)).join(sheetRef(to));
  return f;
}

/** The plan with sheets renamed (formulas, validation and conditional-format formulas, names updated). */
export function renamePlan(plan: WorkbookPlan, renames: ReadonlyMap<string, string>): WorkbookPlan {
  if (renames.size === 0) return plan;
  const rf = (f: string) => renameInFormula(f, renames);
  return {
    sheets: plan.sheets.map((s) => {
      const cells = new Map<string, CellPlan>();
      for (const [a, c] of s.cells) cells.set(a, "formula" in c ? ({ ...c, formula: rf(c.formula) } as CellPlan) : c);
      return {
        ...s,
        name: renames.get(s.name) ?? s.name,
        cells,
        dataValidations: s.dataValidations.map((d) => (d.rule.type === "custom" ? { ...d, rule: { ...d.rule, formula: rf(d.rule.formula) } } : d)),
        conditionalFormats: s.conditionalFormats.map((c) => ({ ...c, formula: rf(c.formula) })),
        ...(s.charts ? { charts: s.charts.map((c) => ({ ...c, categories: rf(c.categories), series: c.series.map((x) => ({ ...x, values: rf(x.values) })) })) } : {}),
      };
    }),
    definedNames: plan.definedNames.map((d) => ({ ...d, ref: rf(d.ref) })),
  };
}

/** Whether a formula mentions a defined name (as a whole word, outside strings). */
export function mentionsName(formula: string, name: string): boolean {
  const noStrings = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "");
  return new RegExp(`(^|[^A-Za-z0-9_.])${name}(?![A-Za-z0-9_.(])`, "i").test(noStrings);
}
