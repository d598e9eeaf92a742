/** Workbook.names and Worksheet.names. */
import { loadPaths } from "./addresses";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, missing, notLoaded } from "./errors";
import type { FakeRange } from "./range";
import type { FakeSheetState } from "./state";

export class FakeNamedItemCollection {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly sheet: (() => FakeSheetState) | null,
  ) {}
  private loadedItems: { name: string; formula?: string; comment?: string }[] | null = null;
  private target() {
    return this.sheet ? this.sheet().names : this.ctx.host.state.names;
  }
  get items(): { name: string; formula?: string; comment?: string }[] {
    return this.loadedItems ?? notLoaded("items");
  }
  load(spec?: string | string[]): this {
    this.ctx.host.require("NamedItemCollection.load");
    const paths = loadPaths(spec).map((p) => p.replace(/^items\//, ""));
    const withFormula = paths.includes("formula");
    const withComment = paths.includes("comment");
    if (withFormula) this.ctx.host.require("NamedItem.formula");
    if (withComment) this.ctx.host.require("NamedItem.comment");
    this.ctx.enqueue(() => {
      this.loadedItems = [...this.target().entries()].map(([name, v]) => ({
        name,
        ...(withFormula ? { formula: v.reference } : {}),
        ...(withComment ? { comment: v.comment ?? "" } : {}),
      }));
      this.ctx.host.noteResponse(this.loadedItems);
    }, { op: "load", spec });
    return this;
  }
  add(name: string, reference: string | FakeRange, comment?: string): void {
    this.ctx.host.require("NamedItemCollection.add");
    const ref = typeof reference === "string" ? reference : "<range>";
    this.ctx.enqueue(() => {
      const t = this.target();
      if ([...t.keys()].some((k) => k.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists`);
      t.set(name, { reference: ref, ...(comment !== undefined ? { comment } : {}) });
    }, { op: "addName", name, ref, comment });
  }
  getItem(name: string): { delete(): void } {
    this.ctx.host.require("NamedItemCollection.getItem");
    return {
      delete: () => {
        this.ctx.host.require("NamedItem.delete");
        this.ctx.enqueue(() => {
          const t = this.target();
          const k = [...t.keys()].find((x) => x.toLowerCase() === name.toLowerCase());
          if (k === undefined) missing(name);
          t.delete(k);
        }, { op: "deleteName", name });
      },
    };
  }
}
