/** Worksheet.getUsedRange. */
import { boxA1, loadPaths, quoteSheet, type Box } from "./addresses";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, notLoaded } from "./errors";
import type { FakeCell, FakeSheetState } from "./state";

/** Worksheet.getUsedRange: its box is known only when the load runs (at sync). */
export class FakeUsedRange {
  private loaded = new Map<string, unknown>();
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => FakeSheetState,
    private readonly valuesOnly: boolean,
  ) {}
  private box(s: FakeSheetState): Box {
    let b: Box | null = null;
    for (const [k, c] of s.cells) {
      if (this.valuesOnly && c.formula === null && c.value === "") continue;
      const [r, col] = k.split(",").map(Number) as [number, number];
      b = b ? { r0: Math.min(b.r0, r), r1: Math.max(b.r1, r), c0: Math.min(b.c0, col), c1: Math.max(b.c1, col) } : { r0: r, r1: r, c0: col, c1: col };
    }
    return b ?? { r0: 1, r1: 1, c0: 1, c1: 1 };
  }
  load(spec?: string | string[]): this {
    this.ctx.host.require("Range.load");
    const paths = loadPaths(spec);
    this.ctx.enqueue(() => {
      const s = this.resolve();
      const b = this.box(s);
      const grid = (f: (c: FakeCell | undefined) => unknown) =>
        Array.from({ length: b.r1 - b.r0 + 1 }, (_, i) => Array.from({ length: b.c1 - b.c0 + 1 }, (_, j) => f(s.cell(b.r0 + i, b.c0 + j))));
      for (const p of paths) {
        if (p === "values") this.loaded.set(p, grid((c) => c?.value ?? ""));
        else if (p === "formulas") this.loaded.set(p, grid((c) => (c ? (c.formula ?? c.value) : "")));
        else if (p === "address") this.loaded.set(p, `${quoteSheet(s.name)}!${boxA1(b)}`);
        else throw new FakeOfficeError("InvalidArgument", `the fake cannot load Range.${p} of a used range`);
      }
      this.ctx.host.noteResponse(Object.fromEntries(this.loaded));
    }, { op: "load", paths, usedRange: true });
    return this;
  }
  private get(p: string): unknown {
    return this.loaded.has(p) ? this.loaded.get(p) : notLoaded(p);
  }
  get values(): unknown[][] {
    return this.get("values") as unknown[][];
  }
  get formulas(): unknown[][] {
    return this.get("formulas") as unknown[][];
  }
  get address(): string {
    return this.get("address") as string;
  }
}
