/** Range: values, formulas and number formats (2-D, shape-checked), clear, merge, select; guarded by protection. */
import { loadPaths, parseRange, type Box } from "./addresses";
import { FakeConditionalFormats } from "./conditionalFormats";
import type { FakeRequestContext } from "./context";
import { FakeDataValidation } from "./dataValidation";
import { FakeOfficeError, guardFormat, notLoaded } from "./errors";
import { FakeRangeFormat } from "./rangeFormat";
import type { FakeCell, FakeSheetState } from "./state";

export function forBox(b: Box, s: FakeSheetState, f: (c: FakeCell, r: number, col: number) => void): void {
  for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) f(s.ensure(r, c), r, c);
}

/** Cells that exist in the box (the whole-sheet box is too large to walk). */
export function existingInBox(b: Box, s: FakeSheetState): [FakeCell, number, number][] {
  const out: [FakeCell, number, number][] = [];
  for (const [k, c] of s.cells) {
    const [r, col] = k.split(",").map(Number) as [number, number];
    if (r >= b.r0 && r <= b.r1 && col >= b.c0 && col <= b.c1) out.push([c, r, col]);
  }
  return out;
}

export type Grid = readonly (readonly unknown[])[];

export class FakeRange {
  readonly box: Box;
  private loaded = new Map<string, unknown>();
  readonly format: FakeRangeFormat;
  private dv: FakeDataValidation | null = null;
  private cf: FakeConditionalFormats | null = null;
  constructor(
    private readonly ctx: FakeRequestContext,
    readonly resolve: () => FakeSheetState,
    readonly addressText?: string,
  ) {
    this.box = parseRange(addressText);
    this.format = new FakeRangeFormat(ctx, this);
  }
  get rowCount(): number {
    return this.box.r1 - this.box.r0 + 1;
  }
  get columnCount(): number {
    return this.box.c1 - this.box.c0 + 1;
  }
  load(spec?: string | string[]): this {
    this.ctx.host.require("Range.load");
    const paths = loadPaths(spec);
    this.ctx.enqueue(() => {
      const s = this.resolve();
      const grid = (f: (c: FakeCell | undefined) => unknown) =>
        Array.from({ length: this.rowCount }, (_, i) => Array.from({ length: this.columnCount }, (_, j) => f(s.cell(this.box.r0 + i, this.box.c0 + j))));
      for (const p of paths) {
        if (p === "values") this.loaded.set(p, grid((c) => c?.value ?? ""));
        else if (p === "formulas") this.loaded.set(p, grid((c) => (c ? (c.formula ?? c.value) : "")));
        else if (p === "numberFormat") this.loaded.set(p, grid((c) => c?.numberFormat ?? "General"));
        else if (p === "address") this.loaded.set(p, `${s.name}!${this.addressText ?? ""}`);
        else throw new FakeOfficeError("InvalidArgument", `the fake cannot load Range.${p}`);
      }
      this.ctx.host.noteResponse(Object.fromEntries(this.loaded));
    }, { op: "load", paths });
    return this;
  }
  private get2d(p: string): unknown[][] {
    return (this.loaded.get(p) as unknown[][] | undefined) ?? notLoaded(p);
  }
  get values(): unknown[][] {
    return this.get2d("values");
  }
  get formulas(): unknown[][] {
    return this.get2d("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get2d("numberFormat");
  }
  private checkShape(g: Grid, what: string): void {
    if (!Array.isArray(g) || g.length !== this.rowCount || g.some((row) => !Array.isArray(row) || row.length !== this.columnCount)) {
      throw new FakeOfficeError("InvalidArgument", `${what}: the 2-D array does not match the range ${this.addressText} (${this.rowCount}×${this.columnCount})`);
    }
  }
  private write(what: "values" | "formulas" | "numberFormat", g: Grid): void {
    this.checkShape(g, what);
    this.ctx.enqueue(() => {
      const s = this.resolve();
      for (let i = 0; i < this.rowCount; i++) {
        for (let j = 0; j < this.columnCount; j++) {
          const v = g[i]![j];
          if (v === null || v === undefined) continue;
          const r = this.box.r0 + i;
          const col = this.box.c0 + j;
          const c = s.ensure(r, col);
          if (s.protected && (what === "numberFormat" || c.locked)) throw new FakeOfficeError("AccessDenied", `The cell ${s.name}!${col},${r} is protected`);
          if (what === "numberFormat") c.numberFormat = String(v);
          else if (typeof v === "string" && v.startsWith("=") && v.length > 1) {
            if (what === "values") {
              c.formula = v; // Excel parses typed input, values included
            } else c.formula = v;
            c.value = "";
          } else if (typeof v === "string" && v.startsWith("'")) {
            c.formula = null;
            c.value = v.slice(1);
          } else {
            c.formula = null;
            c.value = typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : (v as string | number | boolean);
          }
        }
      }
      if (what !== "numberFormat") this.ctx.host.noteEvent("changed", s, this.addressText ?? "");
    }, { op: what, address: this.addressText, g });
  }
  set values(g: unknown[][]) {
    this.ctx.host.require("Range.values");
    this.write("values", g);
  }
  set formulas(g: unknown[][]) {
    this.ctx.host.require("Range.formulas");
    this.write("formulas", g);
  }
  set numberFormat(g: unknown[][]) {
    this.ctx.host.require("Range.numberFormat");
    this.write("numberFormat", g);
  }
  clear(applyTo?: string): void {
    this.ctx.host.require("Range.clear");
    this.ctx.enqueue(() => {
      const s = this.resolve();
      guardFormat(s, "cells (clear)");
      for (const [c, r, col] of existingInBox(this.box, s)) {
        if (applyTo === "Contents") {
          c.value = "";
          c.formula = null;
        } else s.cells.delete(`${r},${col}`);
      }
      this.ctx.host.noteEvent("changed", s, this.addressText ?? "");
    }, { op: "clear", address: this.addressText, applyTo });
  }
  merge(across?: boolean): void {
    this.ctx.host.require("Range.merge");
    this.ctx.enqueue(() => {
      const s = this.resolve();
      guardFormat(s, "merges");
      s.merges.push(this.addressText ?? "");
    }, { op: "merge", address: this.addressText, across });
  }
  unmerge(): void {
    this.ctx.host.require("Range.unmerge");
    this.ctx.enqueue(() => {
      const s = this.resolve();
      guardFormat(s, "merges");
      s.merges = s.merges.filter((m) => {
        const b = parseRange(m);
        return b.r1 < this.box.r0 || b.r0 > this.box.r1 || b.c1 < this.box.c0 || b.c0 > this.box.c1;
      });
    }, { op: "unmerge", address: this.addressText });
  }
  /** Selects the range (and activates its sheet, as Excel does). */
  select(): void {
    this.ctx.host.require("Range.select");
    this.ctx.enqueue(() => {
      const s = this.resolve();
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `Cannot select a range on the hidden sheet "${s.name}"`);
      this.ctx.host.state.activeSheet = s.name;
      this.ctx.host.state.selection = { sheet: s.name, address: (this.addressText ?? "").replace(/\$/g, "").toUpperCase() };
    }, { op: "select", address: this.addressText });
  }
  get dataValidation(): FakeDataValidation {
    this.ctx.host.require("Range.dataValidation");
    return (this.dv ??= new FakeDataValidation(this.ctx, this));
  }
  get conditionalFormats(): FakeConditionalFormats {
    this.ctx.host.require("Range.conditionalFormats");
    return (this.cf ??= new FakeConditionalFormats(this.ctx, this));
  }
  /** Applies a format change to every cell of the range (guarded by protection). */
  formatCells(what: string, payload: unknown, f: (c: FakeCell) => void): void {
    this.ctx.enqueue(() => {
      const s = this.resolve();
      guardFormat(s, what);
      if (this.rowCount * this.columnCount > 1_000_000) return; // whole columns: widths only
      forBox(this.box, s, f);
    }, { op: what, address: this.addressText, payload });
  }
}
