/**
 * The preview host's formula engine: evaluates every formula of an in-memory workbook
 * (src/excel/fake FakeWorkbookState) with fast-formula-parser plus PREVIEW_FUNCTIONS, and
 * writes the results into the cells' `value`, like Excel does after each change.
 *
 * Recalculation is incremental: the inputs seen last time are remembered; changed cells and everything
 * that depends on them (found from the formulas' references, defined names included) are evaluated again,
 * precedents first. A circular reference evaluates to #REF! (Excel would warn and show 0) instead of looping.
 */
import FormulaParser, { type CellRef, type RangeRef } from "fast-formula-parser";
import { Infix } from "fast-formula-parser/formulas/operators";
import type { FakeCell, FakeSheetState, FakeWorkbookState } from "../../excel/fake";
import { PREVIEW_FUNCTIONS } from "./functions";
import { findReferences, MAX_COL, MAX_ROW, parseArea, type Box, type Reference } from "./references";
import { compareOp, FormulaError, isError, toText, type XValue } from "./values";

// fast-formula-parser compares text case-sensitively and an empty cell as 0 even beside text ("" = empty is
// FALSE); Excel does neither. Its operators module is shared, so the fix is installed once for the module.
Infix.compareOp = (v1, op, v2, isArray1, isArray2) => {
  const a = (isArray1 ? (v1 as unknown[][])[0]![0] : v1) as XValue | undefined;
  const b = (isArray2 ? (v2 as unknown[][])[0]![0] : v2) as XValue | undefined;
  try {
    return compareOp(a ?? null, op, b ?? null);
  } catch (e) {
    if (isError(e)) return e;
    throw e;
  }
};
Infix.concatOp = (v1, _op, v2, isArray1, isArray2) => {
  const a = (isArray1 ? (v1 as unknown[][])[0]![0] : v1) as XValue | undefined;
  const b = (isArray2 ? (v2 as unknown[][])[0]![0] : v2) as XValue | undefined;
  try {
    return toText(a ?? null) + toText(b ?? null);
  } catch (e) {
    if (isError(e)) return e;
    throw e;
  }
};

interface FormulaNode {
  readonly sheet: FakeSheetState;
  readonly row: number;
  readonly col: number;
  readonly key: string;
  readonly formula: string;
  /** Resolved references (defined names replaced by their areas). */
  deps: { sheet: FakeSheetState; box: Box }[];
  value: XValue;
}

export interface RecalcStats {
  /** Formulas in the workbook. */
  readonly formulas: number;
  /** Formulas evaluated by this recalculation. */
  readonly evaluated: number;
  /** True when the whole workbook was evaluated (sheets, names or formulas changed). */
  readonly full: boolean;
  readonly ms: number;
}

type Input = string | number | boolean;

const inputOf = (c: FakeCell): Input => (c.formula !== null && c.formula !== "" ? `=${c.formula.replace(/^=/, "")}` : c.value);
const keyOf = (row: number, col: number) => `${row},${col}`;
const WIDE = 64;

export class WorkbookEngine {
  private readonly parser: FormulaParser;
  private nodes = new Map<FakeSheetState, Map<string, FormulaNode>>();
  private inputs = new Map<FakeSheetState, Map<string, Input>>();
  private structure = "";
  private sheetByName = new Map<string, FakeSheetState>();
  private singles = new Map<FakeSheetState, Map<string, FormulaNode[]>>();
  private columns = new Map<FakeSheetState, Map<number, { box: Box; node: FormulaNode }[]>>();
  private wide: { sheet: FakeSheetState; box: Box; node: FormulaNode }[] = [];
  /** Bumped by every recalculation (caches of derived views key on it). */
  version = 0;

  constructor(readonly state: FakeWorkbookState) {
    this.parser = new FormulaParser({
      functions: PREVIEW_FUNCTIONS,
      onCell: (ref) => this.cellValue(ref),
      onRange: (ref) => this.rangeValues(ref),
      onVariable: (name, sheet) => this.resolveName(name, sheet),
    });
  }

  /** The computed value of a formula cell (errors as FormulaError), or the constant in a cell, null when empty. */
  valueAt(sheetName: string, row: number, col: number): XValue {
    const s = this.state.sheet(sheetName);
    return s ? this.read(s, row, col) : FormulaError.REF;
  }

  /** The error code shown in a formula cell ("#DIV/0!"), or null. */
  errorAt(sheetName: string, row: number, col: number): string | null {
    const s = this.state.sheet(sheetName);
    const v = s ? this.nodes.get(s)?.get(keyOf(row, col))?.value : undefined;
    return isError(v) ? v.error : null;
  }

  /** Evaluates a formula as if it were in sheet!(row, col), without storing it (conditional formats). */
  evaluate(sheetName: string, row: number, col: number, formula: string): XValue {
    this.refreshSheetIndex();
    return this.run(formula, sheetName, row, col);
  }

  /** Recalculates what changed since the last call (everything the first time). */
  recalculate(): RecalcStats {
    const t0 = performance.now();
    this.refreshSheetIndex();
    const structure = this.structureSignature();
    const full = structure !== this.structure;
    this.structure = structure;
    const changed: { sheet: FakeSheetState; row: number; col: number }[] = [];
    let formulasChanged = full;
    const seenSheets = new Set<FakeSheetState>();
    for (const sheet of this.state.sheets) {
      seenSheets.add(sheet);
      const before = this.inputs.get(sheet) ?? new Map<string, Input>();
      const now = new Map<string, Input>();
      for (const [k, c] of sheet.cells) {
        const input = inputOf(c);
        if (input === "" && c.formula === null) continue;
        now.set(k, input);
        if (before.get(k) !== input) {
          const [r, col] = k.split(",").map(Number) as [number, number];
          changed.push({ sheet, row: r, col });
          if (typeof input === "string" && input.startsWith("=")) formulasChanged = true;
          const old = before.get(k);
          if (typeof old === "string" && old.startsWith("=")) formulasChanged = true;
        }
      }
      for (const [k, old] of before) {
        if (!now.has(k)) {
          const [r, col] = k.split(",").map(Number) as [number, number];
          changed.push({ sheet, row: r, col });
          if (typeof old === "string" && old.startsWith("=")) formulasChanged = true;
        }
      }
      this.inputs.set(sheet, now);
    }
    for (const s of [...this.inputs.keys()]) if (!seenSheets.has(s)) this.inputs.delete(s);
    if (formulasChanged) this.rebuildGraph();
    const dirty = full ? this.allNodes() : this.dependentsOf(changed);
    const order = this.order(dirty);
    for (const n of order.sequence) {
      n.value = order.cyclic.has(n) ? FormulaError.REF : this.run(n.formula, n.sheet.name, n.row, n.col);
      this.store(n);
    }
    this.version++;
    let formulas = 0;
    for (const m of this.nodes.values()) formulas += m.size;
    return { formulas, evaluated: order.sequence.length, full, ms: performance.now() - t0 };
  }

  // ---- evaluation ---------------------------------------------------------------------------

  private run(formula: string, sheet: string, row: number, col: number): XValue {
    const text = formula.replace(/^=/, "");
    let v: unknown;
    try {
      v = this.parser.parse(text, { sheet, row, col });
    } catch (e) {
      const details = (e as { details?: unknown }).details;
      if (isError(details)) return details;
      if (isError(e) && e.error !== "#ERROR!") return e;
      return FormulaError.NAME;
    }
    if (v === null || v === undefined) return 0;
    if (typeof v === "number") return Number.isNaN(v) ? FormulaError.VALUE : Number.isFinite(v) ? v + 0 : FormulaError.NUM;
    if (typeof v === "string" || typeof v === "boolean" || isError(v)) return v as XValue;
    return FormulaError.VALUE;
  }

  private store(n: FormulaNode): void {
    const c = n.sheet.cell(n.row, n.col);
    if (!c) return;
    c.value = isError(n.value) ? n.value.error : (n.value ?? 0);
  }

  private read(sheet: FakeSheetState, row: number, col: number): XValue {
    const node = this.nodes.get(sheet)?.get(keyOf(row, col));
    if (node) return node.value;
    const c = sheet.cell(row, col);
    if (!c || c.value === "") return null;
    return c.value;
  }

  private sheetOf(name: string | undefined): FakeSheetState | undefined {
    return name === undefined ? undefined : this.sheetByName.get(name.toLowerCase());
  }

  private cellValue(ref: CellRef): unknown {
    const s = this.sheetOf(ref.sheet);
    if (!s) throw FormulaError.REF;
    return this.read(s, ref.row, ref.col);
  }

  private rangeValues(ref: RangeRef): unknown[][] {
    const s = this.sheetOf(ref.sheet);
    if (!s) throw FormulaError.REF;
    let { row: r0, col: c0 } = ref.from;
    let { row: r1, col: c1 } = ref.to;
    if (r1 - r0 > 10000 || c1 - c0 > 1000) {
      // Whole columns/rows: only the used part matters.
      let maxR = 0;
      let maxC = 0;
      for (const k of s.cells.keys()) {
        const [r, c] = k.split(",").map(Number) as [number, number];
        maxR = Math.max(maxR, r);
        maxC = Math.max(maxC, c);
      }
      r1 = Math.min(r1, Math.max(r0, maxR));
      c1 = Math.min(c1, Math.max(c0, maxC));
      r0 = Math.min(r0, r1);
      c0 = Math.min(c0, c1);
    }
    const out: unknown[][] = [];
    for (let r = r0; r <= r1; r++) {
      const row: unknown[] = [];
      for (let c = c0; c <= c1; c++) row.push(this.read(s, r, c));
      out.push(row);
    }
    return out;
  }

  /** A defined name (the sheet's own first, then the workbook's) as a reference. */
  private resolveName(name: string, sheetName: string): CellRef | RangeRef | null {
    const r = this.nameArea(name, this.sheetOf(sheetName));
    if (!r) return null;
    const { sheet, box } = r;
    if (box.r0 === box.r1 && box.c0 === box.c1) return { sheet: sheet.name, row: box.r0, col: box.c0 };
    return { sheet: sheet.name, from: { row: box.r0, col: box.c0 }, to: { row: box.r1, col: box.c1 } };
  }

  private nameArea(name: string, from: FakeSheetState | undefined): { sheet: FakeSheetState; box: Box } | null {
    const find = (m: Map<string, { reference: string }>) => [...m].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    const item = (from ? find(from.names) : undefined) ?? find(this.state.names);
    if (!item) return null;
    const refs = findReferences(item.reference);
    const ref = refs[0];
    if (refs.length !== 1 || !ref || ref.kind !== "box") return null;
    const sheet = ref.sheet === null ? from : this.sheetOf(ref.sheet);
    return sheet ? { sheet, box: ref.box } : null;
  }

  // ---- dependency graph ---------------------------------------------------------------------

  private refreshSheetIndex(): void {
    this.sheetByName = new Map(this.state.sheets.map((s) => [s.name.toLowerCase(), s]));
  }

  private structureSignature(): string {
    const names = (m: Map<string, { reference: string }>) => [...m].map(([k, v]) => `${k}=${v.reference}`).join(";");
    return [names(this.state.names), ...this.state.sheets.map((s) => `${s.name}|${names(s.names)}`)].join("\n");
  }

  private allNodes(): Set<FormulaNode> {
    const out = new Set<FormulaNode>();
    for (const m of this.nodes.values()) for (const n of m.values()) out.add(n);
    return out;
  }

  private rebuildGraph(): void {
    const old = this.nodes;
    this.nodes = new Map();
    this.singles = new Map();
    this.columns = new Map();
    this.wide = [];
    for (const sheet of this.state.sheets) {
      const m = new Map<string, FormulaNode>();
      this.nodes.set(sheet, m);
      for (const [k, c] of sheet.cells) {
        if (c.formula === null || c.formula === "") continue;
        const [row, col] = k.split(",").map(Number) as [number, number];
        const formula = c.formula.startsWith("=") ? c.formula : `=${c.formula}`;
        const prev = old.get(sheet)?.get(k);
        const node: FormulaNode = { sheet, row, col, key: k, formula, deps: [], value: prev && prev.formula === formula ? prev.value : 0 };
        node.deps = this.resolveDeps(findReferences(formula), sheet);
        m.set(k, node);
      }
    }
    for (const m of this.nodes.values()) {
      for (const node of m.values()) {
        for (const d of node.deps) {
          const b = d.box;
          if (b.r0 === b.r1 && b.c0 === b.c1) {
            const bySheet = this.singles.get(d.sheet) ?? new Map<string, FormulaNode[]>();
            this.singles.set(d.sheet, bySheet);
            const k = keyOf(b.r0, b.c0);
            const list = bySheet.get(k);
            if (list) list.push(node);
            else bySheet.set(k, [node]);
          } else if (b.c1 - b.c0 < WIDE) {
            const bySheet = this.columns.get(d.sheet) ?? new Map<number, { box: Box; node: FormulaNode }[]>();
            this.columns.set(d.sheet, bySheet);
            for (let c = b.c0; c <= b.c1; c++) {
              const list = bySheet.get(c);
              if (list) list.push({ box: b, node });
              else bySheet.set(c, [{ box: b, node }]);
            }
          } else this.wide.push({ sheet: d.sheet, box: b, node });
        }
      }
    }
  }

  private resolveDeps(refs: Reference[], sheet: FakeSheetState): { sheet: FakeSheetState; box: Box }[] {
    const out: { sheet: FakeSheetState; box: Box }[] = [];
    for (const r of refs) {
      if (r.kind === "box") {
        const s = r.sheet === null ? sheet : this.sheetOf(r.sheet);
        if (s) out.push({ sheet: s, box: r.box });
      } else {
        const a = this.nameArea(r.name, r.sheet === null ? sheet : this.sheetOf(r.sheet));
        if (a) out.push(a);
      }
    }
    return out;
  }

  /** Formula cells that depend, directly or not, on the changed cells (changed formula cells included). */
  private dependentsOf(changed: { sheet: FakeSheetState; row: number; col: number }[]): Set<FormulaNode> {
    const out = new Set<FormulaNode>();
    const queue: { sheet: FakeSheetState; row: number; col: number }[] = [];
    for (const c of changed) {
      const n = this.nodes.get(c.sheet)?.get(keyOf(c.row, c.col));
      if (n && !out.has(n)) out.add(n);
      queue.push(c);
    }
    const visit = (n: FormulaNode) => {
      if (out.has(n)) return;
      out.add(n);
      queue.push(n);
    };
    while (queue.length > 0) {
      const { sheet, row, col } = queue.pop()!;
      for (const n of this.singles.get(sheet)?.get(keyOf(row, col)) ?? []) visit(n);
      for (const { box, node } of this.columns.get(sheet)?.get(col) ?? []) if (row >= box.r0 && row <= box.r1) visit(node);
      for (const w of this.wide) if (w.sheet === sheet && row >= w.box.r0 && row <= w.box.r1 && col >= w.box.c0 && col <= w.box.c1) visit(w.node);
    }
    return out;
  }

  /** Formula cells of a box. */
  private nodesIn(sheet: FakeSheetState, b: Box): FormulaNode[] {
    const m = this.nodes.get(sheet);
    if (!m || m.size === 0) return [];
    const out: FormulaNode[] = [];
    const r1 = Math.min(b.r1, MAX_ROW);
    const c1 = Math.min(b.c1, MAX_COL);
    if ((r1 - b.r0 + 1) * (c1 - b.c0 + 1) <= m.size * 2) {
      for (let r = b.r0; r <= r1; r++) {
        for (let c = b.c0; c <= c1; c++) {
          const n = m.get(keyOf(r, c));
          if (n) out.push(n);
        }
      }
    } else for (const n of m.values()) if (n.row >= b.r0 && n.row <= r1 && n.col >= b.c0 && n.col <= c1) out.push(n);
    return out;
  }

  /** Precedents first; nodes on a cycle are reported, not followed. */
  private order(dirty: Set<FormulaNode>): { sequence: FormulaNode[]; cyclic: Set<FormulaNode> } {
    const sequence: FormulaNode[] = [];
    const cyclic = new Set<FormulaNode>();
    const mark = new Map<FormulaNode, 1 | 2>();
    const stack: FormulaNode[] = [];
    // Iterative depth-first search (dependency chains can be long).
    for (const start of dirty) {
      if (mark.has(start)) continue;
      const frames: { node: FormulaNode; next: FormulaNode[]; i: number }[] = [];
      const enter = (n: FormulaNode) => {
        mark.set(n, 1);
        stack.push(n);
        const next: FormulaNode[] = [];
        for (const d of n.deps) for (const p of this.nodesIn(d.sheet, d.box)) if (dirty.has(p)) next.push(p);
        frames.push({ node: n, next, i: 0 });
      };
      enter(start);
      while (frames.length > 0) {
        const f = frames[frames.length - 1]!;
        if (f.i < f.next.length) {
          const p = f.next[f.i++]!;
          const m = mark.get(p);
          if (m === undefined) enter(p);
          else if (m === 1) for (let k = stack.lastIndexOf(p); k < stack.length; k++) cyclic.add(stack[k]!);
          continue;
        }
        frames.pop();
        stack.pop();
        mark.set(f.node, 2);
        sequence.push(f.node);
      }
    }
    return { sequence, cyclic };
  }
}

/** Parses "D5" / "D5:E9" (no sheet) for callers of the engine. */
export function areaOf(address: string): Box | null {
  return parseArea(address.replace(/^.*!/, ""));
}
