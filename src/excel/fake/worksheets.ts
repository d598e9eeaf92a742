/** Workbook.worksheets and one Worksheet proxy. */
import { loadPaths } from "./addresses";
import { FakeChartCollection } from "./charts";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, missing, notLoaded } from "./errors";
import { FakeEventHandlers } from "./events";
import { FakeNamedItemCollection } from "./namedItems";
import { FakeRange } from "./range";
import { FakeFreezePanes, FakePageLayout, FakeWorksheetProtection } from "./sheetSettings";
import type { FakeSheetState } from "./state";
import { FakeUsedRange } from "./usedRange";

export class FakeWorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly ctx: FakeRequestContext) {}
  get items(): FakeWorksheet[] {
    return this.loadedItems ?? notLoaded("items");
  }
  load(spec?: string | string[]): this {
    this.ctx.host.require("WorksheetCollection.load");
    const paths = loadPaths(spec).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(() => {
      this.loadedItems = this.ctx.host.state.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, () => s);
        w.snapshot(paths);
        return w;
      });
      this.ctx.host.noteResponse(this.ctx.host.state.sheets.map((s) => ({ name: s.name, visibility: s.visibility, protected: s.protected })));
    }, { op: "load", paths });
    return this;
  }
  add(name?: string): FakeWorksheet {
    this.ctx.host.require("WorksheetCollection.add");
    let created: FakeSheetState | null = null;
    const sheetName = name ?? `Sheet${this.ctx.host.state.sheets.length + 1}`;
    this.ctx.enqueue(() => {
      if (this.ctx.host.state.sheet(sheetName)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${sheetName}" already exists`);
      if (sheetName.length > 31 || /[\\/?*[\]:]/.test(sheetName)) throw new FakeOfficeError("InvalidArgument", `bad sheet name "${sheetName}"`);
      created = this.ctx.host.state.addSheet(sheetName);
      this.ctx.host.noteEvent("added", created, "");
    }, { op: "addSheet", name: sheetName });
    return new FakeWorksheet(this.ctx, () => created ?? missing(sheetName));
  }
  /** The sheet the user is on (state.activeSheet), else the first visible sheet: Excel always has an active one. */
  getActiveWorksheet(): FakeWorksheet {
    this.ctx.host.require("WorksheetCollection.getActiveWorksheet");
    const st = this.ctx.host.state;
    return new FakeWorksheet(this.ctx, () => (st.activeSheet ? st.sheet(st.activeSheet) : undefined) ?? st.sheets.find((s) => s.visibility === "Visible") ?? missing("(active sheet)"));
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.host.require("WorksheetCollection.getItem");
    return new FakeWorksheet(this.ctx, () => this.ctx.host.state.sheet(name) ?? missing(name));
  }
  get onChanged(): FakeEventHandlers {
    this.ctx.host.require("WorksheetCollection.onChanged");
    return new FakeEventHandlers(this.ctx, "changed", null);
  }
  get onAdded(): FakeEventHandlers {
    this.ctx.host.require("WorksheetCollection.onAdded");
    return new FakeEventHandlers(this.ctx, "added", null);
  }
  get onDeleted(): FakeEventHandlers {
    this.ctx.host.require("WorksheetCollection.onDeleted");
    return new FakeEventHandlers(this.ctx, "deleted", null);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.host.require("WorksheetCollection.getItemOrNullObject");
    const w = new FakeWorksheet(this.ctx, () => this.ctx.host.state.sheet(name) ?? missing(name));
    this.ctx.enqueue(() => {
      w.nullState = this.ctx.host.state.sheet(name) === undefined;
    }, { op: "getItemOrNullObject", name });
    return w;
  }
}

export class FakeWorksheet {
  private loaded = new Map<string, unknown>();
  nullState: boolean | undefined;
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  private pageLayoutObj: FakePageLayout | null = null;
  private namesObj: FakeNamedItemCollection | null = null;
  private chartsObj: FakeChartCollection | null = null;
  constructor(
    private readonly ctx: FakeRequestContext,
    readonly resolve: () => FakeSheetState,
  ) {
    this.protection = new FakeWorksheetProtection(ctx, resolve);
    this.freezePanes = new FakeFreezePanes(ctx, resolve);
  }
  get isNullObject(): boolean {
    return this.nullState ?? notLoaded("isNullObject");
  }
  /** Used by collection loads: copies the requested scalar properties now. */
  snapshot(paths: string[]): void {
    const s = this.resolve();
    for (const p of paths) {
      if (p === "name") this.loaded.set("name", s.name);
      else if (p === "visibility") this.loaded.set("visibility", s.visibility);
      else if (p === "protection/protected" || p === "protection") this.protection.loadedProtected = s.protected;
    }
  }
  load(spec?: string | string[]): this {
    this.ctx.host.require("Worksheet.load");
    const paths = loadPaths(spec);
    this.ctx.enqueue(() => this.snapshot(paths), { op: "load", paths });
    return this;
  }
  get name(): string {
    return (this.loaded.get("name") as string | undefined) ?? notLoaded("name");
  }
  /** Renames the sheet; like Excel, refuses a name another sheet has (any case) or a name Excel does not allow. */
  set name(v: string) {
    this.ctx.host.require("Worksheet.name");
    this.ctx.enqueue(() => {
      const s = this.resolve();
      const other = this.ctx.host.state.sheet(v);
      if (other && other !== s) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${v}" already exists`);
      if (v.length === 0 || v.length > 31 || /[\\/?*[\]:]/.test(v)) throw new FakeOfficeError("InvalidArgument", `bad sheet name "${v}"`);
      s.name = v;
    }, { op: "rename", v });
  }
  get visibility(): string {
    return (this.loaded.get("visibility") as string | undefined) ?? notLoaded("visibility");
  }
  set visibility(v: string) {
    this.ctx.host.require("Worksheet.visibility");
    this.ctx.enqueue(() => {
      this.resolve().visibility = v as FakeSheetState["visibility"];
    }, { op: "visibility", v });
  }
  get onChanged(): FakeEventHandlers {
    this.ctx.host.require("Worksheet.onChanged");
    return new FakeEventHandlers(this.ctx, "changed", this.resolve);
  }
  get names(): FakeNamedItemCollection {
    this.ctx.host.require("Worksheet.names");
    return (this.namesObj ??= new FakeNamedItemCollection(this.ctx, this.resolve));
  }
  get charts(): FakeChartCollection {
    this.ctx.host.require("Worksheet.charts");
    return (this.chartsObj ??= new FakeChartCollection(this.ctx, this.resolve));
  }
  get pageLayout(): FakePageLayout {
    this.ctx.host.require("Worksheet.pageLayout");
    return (this.pageLayoutObj ??= new FakePageLayout(this.ctx, this.resolve));
  }
  getRange(address?: string): FakeRange {
    this.ctx.host.require("Worksheet.getRange");
    return new FakeRange(this.ctx, this.resolve, address);
  }
  /** The smallest range holding every cell with content (valuesOnly) or any cell the fake knows; A1 when empty. */
  getUsedRange(valuesOnly?: boolean): FakeUsedRange {
    this.ctx.host.require("Worksheet.getUsedRange");
    return new FakeUsedRange(this.ctx, this.resolve, valuesOnly ?? false);
  }
  /** Deletes the sheet; like Excel, refuses to delete the last visible sheet. */
  delete(): void {
    this.ctx.host.require("Worksheet.delete");
    this.ctx.enqueue(() => {
      const s = this.resolve();
      const st = this.ctx.host.state;
      if (s.visibility === "Visible" && !st.sheets.some((x) => x !== s && x.visibility === "Visible")) {
        throw new FakeOfficeError("InvalidOperation", `Cannot delete "${s.name}": a workbook must keep at least one visible sheet`);
      }
      st.sheets.splice(st.sheets.indexOf(s), 1);
      this.ctx.host.noteEvent("deleted", s, "");
      if (st.activeSheet?.toLowerCase() === s.name.toLowerCase()) st.activeSheet = null;
      if (st.selection?.sheet.toLowerCase() === s.name.toLowerCase()) st.selection = null;
    }, { op: "deleteSheet" });
  }
  /** Makes the sheet active; like Excel, a hidden sheet cannot be activated. */
  activate(): void {
    this.ctx.host.require("Worksheet.activate");
    this.ctx.enqueue(() => {
      const s = this.resolve();
      if (s.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", `Cannot activate the hidden sheet "${s.name}"`);
      this.ctx.host.state.activeSheet = s.name;
    }, { op: "activate" });
  }
}
