/** Range.conditionalFormats: custom rules with workbook-unique ids, loaded and deleted like Excel's. */
import { loadPaths, overlaps, parseRange } from "./addresses";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, guardFormat, notLoaded } from "./errors";
import type { FakeRange } from "./range";
import type { FakeConditionalFormat, FakeSheetState } from "./state";

/**
 * A conditional format as ConditionalFormatCollection.load returns it. Like Excel, loading the custom rule's
 * formula through the collection fails when a conditional format of another type is in the range
 * (office-js#2180): load id and type first, then `custom.rule.load("formula")` on Custom items only.
 */
export class FakeConditionalFormatItem {
  private loaded = new Map<string, unknown>();
  readonly custom: { readonly rule: { load(spec?: string): void; readonly formula: string } };
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => FakeSheetState,
    private readonly cfId: string,
  ) {
    const load = (): void => this.ctx.enqueue(() => this.snapshot(["custom/rule/formula"]), { op: "cf.rule.load", id: cfId });
    const formula = (): string => (this.loaded.get("formula") as string | undefined) ?? notLoaded("formula");
    this.custom = {
      rule: Object.defineProperties({ load }, { formula: { get: formula, enumerable: true } }) as { load(spec?: string): void; readonly formula: string },
    };
  }
  private entry(): FakeConditionalFormat {
    const e = this.resolve().conditionalFormats.find((x) => x.id === this.cfId);
    if (!e) throw new FakeOfficeError("ItemNotFound", `conditional format ${this.cfId} does not exist`);
    return e;
  }
  snapshot(paths: readonly string[]): void {
    const e = this.entry();
    for (const p of paths) {
      if (p === "id") this.loaded.set("id", e.id);
      else if (p === "type") this.loaded.set("type", e.type ?? "Custom");
      else if (p === "custom/rule/formula" || p === "custom") {
        if ((e.type ?? "Custom") !== "Custom") throw new FakeOfficeError("InvalidOperation", "This operation is not permitted for the current object.");
        this.loaded.set("formula", e.formula);
      } else throw new FakeOfficeError("InvalidArgument", `the fake cannot load ConditionalFormat.${p}`);
    }
  }
  get id(): string {
    return (this.loaded.get("id") as string | undefined) ?? notLoaded("id");
  }
  get type(): string {
    return (this.loaded.get("type") as string | undefined) ?? notLoaded("type");
  }
  delete(): void {
    this.ctx.host.require("ConditionalFormat.delete");
    this.ctx.enqueue(() => {
      const s = this.resolve();
      guardFormat(s, "conditional formats");
      s.conditionalFormats.splice(s.conditionalFormats.indexOf(this.entry()), 1);
    }, { op: "cf.delete", id: this.cfId });
  }
}

export class FakeConditionalFormats {
  private loadedItems: FakeConditionalFormatItem[] | null = null;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {}
  add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } } {
    this.ctx.host.require("ConditionalFormatCollection.add");
    if (type !== "Custom") throw new FakeOfficeError("InvalidArgument", `the fake supports only Custom conditional formats, not ${type}`);
    const entry: FakeConditionalFormat = { id: "", range: this.range.addressText ?? "", formula: "" };
    const ctx = this.ctx;
    const range = this.range;
    ctx.enqueue(() => {
      const s = range.resolve();
      guardFormat(s, "conditional formats");
      entry.id = ctx.host.state.nextConditionalFormatId();
      s.conditionalFormats.push(entry);
    }, { op: "cf.add", address: range.addressText });
    const setter = (key: "formula" | "fill" | "font") => (v: string) =>
      ctx.enqueue(() => {
        entry[key] = v;
      }, { op: `cf.${key}`, v });
    return {
      custom: {
        rule: {
          set formula(v: string) {
            setter("formula")(v);
          },
          get formula(): string {
            return notLoaded("formula");
          },
        },
        format: {
          fill: {
            set color(v: string) {
              setter("fill")(v);
            },
            get color(): string {
              return notLoaded("color");
            },
          },
          font: {
            set color(v: string) {
              setter("font")(v);
            },
            get color(): string {
              return notLoaded("color");
            },
          },
        },
      },
    };
  }
  /** Loads the conditional formats that intersect the range ("items/id,items/type"; custom/rule/formula only when all are Custom). */
  load(spec?: string | string[]): this {
    this.ctx.host.require("ConditionalFormatCollection.load");
    const paths = loadPaths(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      const s = this.range.resolve();
      this.loadedItems = s.conditionalFormats
        .filter((cf) => overlaps(parseRange(cf.range), this.range.box))
        .map((cf) => {
          const item = new FakeConditionalFormatItem(this.ctx, this.range.resolve, cf.id);
          item.snapshot(paths);
          return item;
        });
    }, { op: "cf.load", paths, address: this.range.addressText });
    return this;
  }
  get items(): FakeConditionalFormatItem[] {
    return this.loadedItems ?? notLoaded("items");
  }
  clearAll(): void {
    this.ctx.host.require("ConditionalFormatCollection.clearAll");
    this.ctx.enqueue(() => {
      const s = this.range.resolve();
      guardFormat(s, "conditional formats");
      s.conditionalFormats = s.conditionalFormats.filter((cf) => !overlaps(parseRange(cf.range), this.range.box));
    }, { op: "cf.clearAll" });
  }
}
