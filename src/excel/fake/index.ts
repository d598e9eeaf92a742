/**
 * A typed, in-memory fake of exactly the Excel JavaScript API objects ThiDua uses (src/excel).
 *
 * - Proxy semantics: writes and loads are queued; context.sync() runs them in order. A property is
 *   readable only after load + sync, otherwise it throws PropertyNotLoaded like Office.js.
 * - Counts syncs and records the approximate JSON size (UTF-8 bytes) of each batch.
 * - Rejects any member above the manifest's ExcelApi 1.8 unless the code asked
 *   Office.context.requirements.isSetSupported("ExcelApi", ≥ version) and got true.
 * - Mimics the Excel errors the renderer must avoid: adding an existing sheet or name, protecting a
 *   protected sheet, writing locked cells or formats on a protected sheet, unprotecting without the
 *   password, deleting the last visible sheet, activating or selecting on a hidden sheet, loading a custom
 *   rule's formula through a collection holding other conditional-format types (office-js#2180).
 * - Pane actions: Worksheet.getUsedRange/delete/activate, Range.select (state.activeSheet, state.selection),
 *   conditional formats with ids (load id/type, custom.rule.load, delete), names loaded with formula/comment.
 * - Events: Worksheet.onChanged (1.7), WorksheetCollection.onChanged (1.9), onAdded/onDeleted (1.7). Handlers
 *   are registered at the next sync and called asynchronously (like Office.js) after a sync that wrote or
 *   cleared cells, added or deleted sheets, and after an edit a "user" makes (FakeSheetState.type,
 *   FakeWorkbookState.edited); EventHandlerResult.remove takes effect at the next sync.
 */
import { compareVersions, EXCEL_API_MEMBERS, MANIFEST_EXCEL_API, type FakeMember } from "./requirements";

export { EXCEL_API_MEMBERS, MANIFEST_EXCEL_API, compareVersions } from "./requirements";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "OfficeExtension.Error";
  }
}

export interface FakeCell {
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  locked: boolean;
  bold?: boolean;
  fill?: string;
  wrap?: boolean;
  indent?: number;
}

export interface FakeValidation {
  range: string;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

export interface FakeConditionalFormat {
  id: string;
  /** Absent = "Custom" (the only type the fake's add creates; tests may push others, e.g. a user's "ColorScale"). */
  type?: string;
  range: string;
  formula: string;
  fill?: string;
  font?: string;
}

export class FakeSheetState {
  readonly cells = new Map<string, FakeCell>();
  readonly columnWidths = new Map<number, number>();
  freeze = { rows: 0, columns: 0 };
  merges: string[] = [];
  validations: FakeValidation[] = [];
  /** Conditional formats in priority order; `id` is unique in the workbook (ConditionalFormat.id). */
  conditionalFormats: FakeConditionalFormat[] = [];
  protected = false;
  protectOptions: unknown = undefined;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly names = new Map<string, { reference: string; comment?: string }>();
  pageLayout: Record<string, unknown> = {};
  /** The workbook holding this sheet (set by FakeWorkbookState.addSheet): told about typed edits. */
  owner: FakeWorkbookState | null = null;
  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  /** Test helper: what a user typing into a cell does (value, or "=…" formula), bypassing the API. */
  type(address: string, input: string | number | boolean): void {
    const { row, col } = parseCell(address);
    const c = this.ensure(row, col);
    if (typeof input === "string" && input.startsWith("=")) {
      c.formula = input;
      c.value = "";
    } else {
      c.formula = null;
      c.value = input;
    }
    this.owner?.edited(this.name, address);
  }
  ensure(row: number, col: number): FakeCell {
    const k = `${row},${col}`;
    let c = this.cells.get(k);
    if (!c) {
      c = { value: "", formula: null, numberFormat: "General", locked: true };
      this.cells.set(k, c);
    }
    return c;
  }
  /** The formula ("=…") or value of a cell, as Range.formulas returns it. */
  formulaAt(address: string): string | number | boolean {
    const { row, col } = parseCell(address);
    const c = this.cell(row, col);
    return c ? (c.formula ?? c.value) : "";
  }
  valueAt(address: string): string | number | boolean {
    const { row, col } = parseCell(address);
    return this.cell(row, col)?.value ?? "";
  }
}

export class FakeWorkbookState {
  readonly sheets: FakeSheetState[] = [];
  readonly names = new Map<string, { reference: string; comment?: string }>();
  calculationSuspended = 0;
  /** The active sheet's name (Worksheet.activate, Range.select); null until something activates one. */
  activeSheet: string | null = null;
  /** The selection (Range.select): sheet and A1 address. */
  selection: { sheet: string; address: string } | null = null;
  private cfSeq = 0;
  /** A new conditional-format id, unique in this workbook. */
  nextConditionalFormatId(): string {
    this.cfSeq++;
    return `{CF-${this.cfSeq}}`;
  }
  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  addSheet(name: string): FakeSheetState {
    const s = new FakeSheetState(name);
    s.owner = this;
    this.sheets.push(s);
    return s;
  }
  /** Set by FakeExcel: fires the change events of an edit made outside the API (a user typing). */
  onEdit: ((sheet: string, address: string) => void) | null = null;
  /** A user edited sheet!address (the preview grid, FakeSheetState.type): Excel's change events fire. */
  edited(sheet: string, address: string): void {
    this.onEdit?.(sheet, address);
  }
}

type FakeEventKind = "changed" | "added" | "deleted";
interface FakeHandler {
  readonly kind: FakeEventKind;
  /** The sheet a Worksheet.onChanged handler watches; null for the collection's events. */
  readonly sheet: FakeSheetState | null;
  readonly fn: (args: unknown) => Promise<unknown>;
}

// ---- addresses -------------------------------------------------------------------------------

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
const MAX_ROW = 1048576;
const MAX_COL = 16384;
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

// ---- context ---------------------------------------------------------------------------------

interface Op {
  readonly run: () => void;
  readonly bytes: number;
}

export interface FakeExcelOptions {
  /** The highest ExcelApi version the "host" supports (isSetSupported answers accordingly). Default 1.8. */
  readonly excelApi?: string;
}

function bytesOf(x: unknown): number {
  // TextEncoder, not Buffer: the browser preview host runs this fake too.
  return new TextEncoder().encode(JSON.stringify(x) ?? "").length;
}

function notLoaded(what: string): never {
  throw new FakeOfficeError("PropertyNotLoaded", `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
}

/** One Excel "host": a workbook state, the Office/Excel globals, and the counters tests read. */
export class FakeExcel {
  readonly state = new FakeWorkbookState();
  /** Number of context.sync() calls (all contexts). */
  syncCount = 0;
  /** Approximate JSON size (bytes) of every batch sent, in order. */
  readonly batchBytes: number[] = [];
  /** Number of queued operations per batch. */
  readonly batchOps: number[] = [];
  /** Approximate JSON size (bytes) of every sync's response (what was loaded: values, formulas, text, formats…), in order. */
  readonly responseBytes: number[] = [];
  /** Every isSetSupported question and its answer. */
  readonly supportChecks: { name: string; version: string; answer: boolean }[] = [];
  /** Members called, in order (for "was X called?" assertions). */
  readonly calls: FakeMember[] = [];
  excelApi: string;
  /** Override isSetSupported entirely (per test). */
  isSetSupportedImpl: ((name: string, version: string) => boolean) | null = null;
  /** Throw at the next sync after this many ops (tests the recovery path). */
  failAtOp: number | null = null;
  /**
   * Called after every sync that ran operations: the browser preview host recalculates formula values
   * here (a real formula engine); tests without it see formula cells with the value "".
   */
  afterSync: ((state: FakeWorkbookState) => void) | null = null;
  private installed: { Office: unknown; Excel: unknown } | null = null;
  /** Registered event handlers (see the events note at the top). */
  readonly handlers: FakeHandler[] = [];
  /** Events waiting for the end of the current sync: sheet changes, additions, deletions. */
  private pendingEvents: { kind: FakeEventKind; sheet: FakeSheetState; address: string }[] = [];
  /** Events delivered so far (tests count them). */
  eventsFired = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.excelApi = options.excelApi ?? MANIFEST_EXCEL_API;
    this.state.onEdit = (sheet, address) => {
      const s = this.state.sheet(sheet);
      if (s) this.deliver([{ kind: "changed", sheet: s, address }]);
    };
  }

  /** Records an event of the running sync (delivered when it ends). */
  noteEvent(kind: FakeEventKind, sheet: FakeSheetState, address: string): void {
    this.pendingEvents.push({ kind, sheet, address });
  }

  /** Delivers the events recorded during a sync. */
  flushEvents(): void {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    if (events.length > 0) this.deliver(events);
  }

  /** Calls the matching handlers asynchronously, once per handler and sheet (Excel coalesces a batch's changes per sheet). */
  private deliver(events: readonly { kind: FakeEventKind; sheet: FakeSheetState; address: string }[]): void {
    const calls: (() => Promise<unknown>)[] = [];
    const seen = new Set<string>();
    for (const e of events) {
      for (const [i, h] of this.handlers.entries()) {
        if (h.kind !== e.kind || (h.sheet !== null && h.sheet !== e.sheet)) continue;
        const key = `${i}|${e.sheet.name}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const type = e.kind === "changed" ? "WorksheetChanged" : e.kind === "added" ? "WorksheetAdded" : "WorksheetDeleted";
        calls.push(() => h.fn({ type, worksheetId: e.sheet.name, address: e.address, source: "Local", changeType: "RangeEdited" }));
      }
    }
    for (const call of calls) {
      this.eventsFired++;
      setTimeout(() => void call(), 0);
    }
  }

  get largestBatch(): number {
    return this.batchBytes.reduce((a, b) => Math.max(a, b), 0);
  }
  get largestResponse(): number {
    return this.responseBytes.reduce((a, b) => Math.max(a, b), 0);
  }
  /** Adds what a load of the running sync sends back to that sync's response size. */
  noteResponse(loaded: unknown): void {
    const last = this.responseBytes.length - 1;
    if (last >= 0) this.responseBytes[last]! += bytesOf(loaded);
  }

  isSetSupported = (name: string, version: string): boolean => {
    const answer = this.isSetSupportedImpl ? this.isSetSupportedImpl(name, version) : name === "ExcelApi" && compareVersions(version, this.excelApi) <= 0;
    this.supportChecks.push({ name, version, answer });
    return answer;
  };

  /** Throws unless `member` is within the manifest's set or was feature-detected (and the host has it). */
  require(member: FakeMember): void {
    this.calls.push(member);
    const v = EXCEL_API_MEMBERS[member];
    if (compareVersions(v, MANIFEST_EXCEL_API) <= 0) return;
    const checked = this.supportChecks.some((c) => c.name === "ExcelApi" && c.answer && compareVersions(c.version, v) >= 0);
    if (!checked) throw new FakeOfficeError("ApiNotFound", `${member} needs ExcelApi ${v}, above the manifest's ${MANIFEST_EXCEL_API}, and was called without a successful isSetSupported check`);
    if (compareVersions(v, this.excelApi) > 0) throw new FakeOfficeError("ApiNotFound", `${member} needs ExcelApi ${v}; this host has ${this.excelApi}`);
  }

  newContext(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** Excel.run(batch), or Excel.run(context, batch) to go on with an earlier context (e.g. to remove event handlers). */
  run = async <T>(first: ((context: Excel.RequestContext) => Promise<T>) | Excel.RequestContext, second?: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.require("Excel.run");
    if (typeof first === "function") return first(this.newContext() as unknown as Excel.RequestContext);
    if (!(first instanceof FakeRequestContext) || !second) throw new FakeOfficeError("InvalidArgument", "Excel.run(context, batch): the context is not one of this host's");
    return second(first);
  };

  /** A context typed as Office.js's, for code under test. */
  context(): Excel.RequestContext {
    return this.newContext() as unknown as Excel.RequestContext;
  }

  /** Installs globalThis.Office (requirements) and globalThis.Excel (run) for code that reads them. */
  install(): this {
    const g = globalThis as unknown as Record<string, unknown>;
    this.installed = { Office: g.Office, Excel: g.Excel };
    g.Office = { context: { requirements: { isSetSupported: this.isSetSupported } } };
    g.Excel = { run: this.run };
    return this;
  }
  uninstall(): void {
    if (!this.installed) return;
    const g = globalThis as unknown as Record<string, unknown>;
    g.Office = this.installed.Office;
    g.Excel = this.installed.Excel;
    this.installed = null;
  }
}

export class FakeRequestContext {
  private queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(readonly host: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }
  enqueue(run: () => void, payload: unknown): void {
    this.queue.push({ run, bytes: bytesOf(payload) });
  }
  async sync(): Promise<void> {
    this.host.require("RequestContext.sync");
    const ops = this.queue;
    this.queue = [];
    this.host.syncCount++;
    this.host.batchBytes.push(ops.reduce((s, o) => s + o.bytes, 0));
    this.host.batchOps.push(ops.length);
    this.host.responseBytes.push(0);
    let i = 0;
    try {
      for (const op of ops) {
        if (this.host.failAtOp !== null && i >= this.host.failAtOp) {
          this.host.failAtOp = null;
          throw new FakeOfficeError("GeneralException", "simulated failure in the middle of a batch");
        }
        op.run();
        i++;
      }
    } finally {
      this.host.state.calculationSuspended = 0;
    }
    if (ops.length > 0) this.host.afterSync?.(this.host.state);
    this.host.flushEvents();
  }
}

class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.host.require("Application.suspendApiCalculationUntilNextSync");
    this.ctx.enqueue(() => {
      this.ctx.host.state.calculationSuspended++;
    }, { op: "suspendCalc" });
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx, null);
  }
}

/** Splits an Office.js load argument into property paths. */
function loadPaths(spec: string | string[] | { select?: string } | undefined): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "object" && !Array.isArray(spec)) return (spec.select ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const list = Array.isArray(spec) ? spec : spec.split(",");
  return list.map((s) => s.trim()).filter(Boolean);
}

class FakeWorksheetCollection {
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

function missing(name: string): never {
  throw new FakeOfficeError("ItemNotFound", `The requested resource "${name}" doesn't exist.`);
}

class FakeWorksheet {
  private loaded = new Map<string, unknown>();
  nullState: boolean | undefined;
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  private pageLayoutObj: FakePageLayout | null = null;
  private namesObj: FakeNamedItemCollection | null = null;
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

/** Worksheet.getUsedRange: its box is known only when the load runs (at sync). */
class FakeUsedRange {
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

function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}
function boxA1(b: Box): string {
  const a = `${columnLetters(b.c0)}${b.r0}`;
  return b.r0 === b.r1 && b.c0 === b.c1 ? a : `${a}:${columnLetters(b.c1)}${b.r1}`;
}
/** Sheet name as Excel writes it in an address: quoted unless plain ASCII letters, digits and _. */
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class FakeWorksheetProtection {
  loadedProtected: boolean | undefined;
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => FakeSheetState,
  ) {}
  get protected(): boolean {
    return this.loadedProtected ?? notLoaded("protected");
  }
  load(spec?: string | string[]): this {
    this.ctx.host.require("WorksheetProtection.load");
    void spec;
    this.ctx.enqueue(() => {
      this.loadedProtected = this.resolve().protected;
    }, { op: "load", spec });
    return this;
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.ctx.host.require("WorksheetProtection.protect");
    this.ctx.enqueue(() => {
      const s = this.resolve();
      if (s.protected) throw new FakeOfficeError("InvalidOperation", `Sheet "${s.name}" is already protected`);
      s.protected = true;
      s.protectOptions = { ...options, password: password ?? null };
    }, { op: "protect", options });
  }
  unprotect(password?: string): void {
    this.ctx.host.require("WorksheetProtection.unprotect");
    this.ctx.enqueue(() => {
      const s = this.resolve();
      const o = s.protectOptions as { password?: string | null } | undefined;
      if (s.protected && o?.password && o.password !== password) throw new FakeOfficeError("InvalidPassword", "wrong password");
      s.protected = false;
    }, { op: "unprotect" });
  }
}

class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => FakeSheetState,
  ) {}
  private set(rows: number | null, columns: number | null) {
    this.ctx.enqueue(() => {
      const s = this.resolve();
      guardFormat(s, "freeze panes");
      s.freeze = { rows: rows ?? s.freeze.rows, columns: columns ?? s.freeze.columns };
    }, { op: "freeze", rows, columns });
  }
  freezeRows(n?: number): void {
    this.ctx.host.require("WorksheetFreezePanes.freezeRows");
    this.set(n ?? 1, 0);
  }
  freezeColumns(n?: number): void {
    this.ctx.host.require("WorksheetFreezePanes.freezeColumns");
    this.set(0, n ?? 1);
  }
  freezeAt(range: string | FakeRange): void {
    this.ctx.host.require("WorksheetFreezePanes.freezeAt");
    const b = typeof range === "string" ? parseRange(range) : range.box;
    this.set(b.r1, b.c1);
  }
}

class FakePageLayout {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly resolve: () => FakeSheetState,
  ) {}
  private put(key: string, v: unknown) {
    this.ctx.enqueue(() => {
      this.resolve().pageLayout[key] = v;
    }, { op: "pageLayout", key, v });
  }
  set orientation(v: string) {
    this.put("orientation", v);
  }
  set paperSize(v: string) {
    this.put("paperSize", v);
  }
  set zoom(v: unknown) {
    this.put("zoom", v);
  }
  setPrintTitleRows(v: string): void {
    this.put("printTitleRows", v);
  }
  setPrintTitleColumns(v: string): void {
    this.put("printTitleColumns", v);
  }
}

class FakeNamedItemCollection {
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

/** Throws like Excel when a protected sheet's format, validation or merges are changed. */
function guardFormat(s: FakeSheetState, what: string): void {
  if (s.protected) throw new FakeOfficeError("AccessDenied", `Cannot change ${what} on the protected sheet "${s.name}"`);
}

function forBox(b: Box, s: FakeSheetState, f: (c: FakeCell, r: number, col: number) => void): void {
  for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) f(s.ensure(r, c), r, c);
}

/** Cells that exist in the box (the whole-sheet box is too large to walk). */
function existingInBox(b: Box, s: FakeSheetState): [FakeCell, number, number][] {
  const out: [FakeCell, number, number][] = [];
  for (const [k, c] of s.cells) {
    const [r, col] = k.split(",").map(Number) as [number, number];
    if (r >= b.r0 && r <= b.r1 && col >= b.c0 && col <= b.c1) out.push([c, r, col]);
  }
  return out;
}

type Grid = readonly (readonly unknown[])[];

class FakeRange {
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

class FakeRangeFormat {
  readonly font: { bold: boolean; color: string };
  readonly fill: { color: string };
  readonly protection: { locked: boolean };
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    const r = range;
    const host = ctx.host;
    this.font = {
      set bold(v: boolean) {
        host.require("RangeFont.bold");
        r.formatCells("font.bold", v, (c) => (c.bold = v));
      },
      get bold(): boolean {
        return notLoaded("bold");
      },
      set color(v: string) {
        host.require("RangeFill.color");
        r.formatCells("font.color", v, () => undefined);
      },
      get color(): string {
        return notLoaded("color");
      },
    };
    this.fill = {
      set color(v: string) {
        host.require("RangeFill.color");
        r.formatCells("fill.color", v, (c) => (c.fill = v));
      },
      get color(): string {
        return notLoaded("color");
      },
    };
    this.protection = {
      set locked(v: boolean) {
        host.require("FormatProtection.locked");
        r.formatCells("protection.locked", v, (c) => (c.locked = v));
      },
      get locked(): boolean {
        return notLoaded("locked");
      },
    };
  }
  set columnWidth(points: number) {
    this.ctx.host.require("RangeFormat.columnWidth");
    const r = this.range;
    this.ctx.enqueue(() => {
      const s = r.resolve();
      guardFormat(s, "column widths");
      for (let c = r.box.c0; c <= r.box.c1; c++) s.columnWidths.set(c, points);
    }, { op: "columnWidth", address: r.addressText, points });
  }
  set wrapText(v: boolean) {
    this.ctx.host.require("RangeFormat.wrapText");
    this.range.formatCells("wrapText", v, (c) => (c.wrap = v));
  }
  set verticalAlignment(v: string) {
    this.ctx.host.require("RangeFormat.verticalAlignment");
    this.range.formatCells("verticalAlignment", v, () => undefined);
  }
  set indentLevel(v: number) {
    this.ctx.host.require("RangeFormat.indentLevel");
    this.range.formatCells("indentLevel", v, (c) => (c.indent = v));
  }
}

class FakeDataValidation {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly range: FakeRange,
  ) {}
  private entry(): FakeValidation {
    const s = this.range.resolve();
    const a = this.range.addressText ?? "";
    let v = s.validations.find((x) => x.range === a);
    if (!v) {
      v = { range: a, rule: null };
      s.validations.push(v);
    }
    return v;
  }
  private put(key: "rule" | "prompt" | "errorAlert" | "ignoreBlanks", value: unknown): void {
    this.ctx.enqueue(() => {
      guardFormat(this.range.resolve(), "data validation");
      (this.entry() as unknown as Record<string, unknown>)[key] = value;
    }, { op: `dataValidation.${key}`, address: this.range.addressText, value });
  }
  set rule(v: Excel.DataValidationRule) {
    this.put("rule", v);
  }
  set prompt(v: Excel.DataValidationPrompt) {
    const p = v as { title?: string; message?: string };
    if ((p.title?.length ?? 0) > 32 || (p.message?.length ?? 0) > 255) throw new FakeOfficeError("InvalidArgument", "data validation prompt too long (title ≤ 32, message ≤ 255)");
    this.put("prompt", v);
  }
  set errorAlert(v: Excel.DataValidationErrorAlert) {
    const p = v as { title?: string; message?: string };
    if ((p.title?.length ?? 0) > 32 || (p.message?.length ?? 0) > 225) throw new FakeOfficeError("InvalidArgument", "data validation error alert too long (title ≤ 32, message ≤ 225)");
    this.put("errorAlert", v);
  }
  set ignoreBlanks(v: boolean) {
    this.put("ignoreBlanks", v);
  }
  clear(): void {
    this.ctx.host.require("DataValidation.clear");
    this.ctx.enqueue(() => {
      const s = this.range.resolve();
      guardFormat(s, "data validation");
      const b = this.range.box;
      s.validations = s.validations.filter((x) => {
        const v = parseRange(x.range);
        return v.r1 < b.r0 || v.r0 > b.r1 || v.c1 < b.c0 || v.c0 > b.c1;
      });
    }, { op: "dataValidation.clear", address: this.range.addressText });
  }
}

function overlaps(a: Box, b: Box): boolean {
  return !(a.r1 < b.r0 || a.r0 > b.r1 || a.c1 < b.c0 || a.c0 > b.c1);
}

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

class FakeConditionalFormats {
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

/** OfficeExtension.EventHandlers of one event: add() registers at the next sync; remove() unregisters at the next sync. */
class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeRequestContext,
    private readonly kind: FakeEventKind,
    private readonly resolve: (() => FakeSheetState) | null,
  ) {}
  add(fn: (args: unknown) => Promise<unknown>): { context: Excel.RequestContext; remove(): void } {
    let handler: FakeHandler | null = null;
    this.ctx.enqueue(() => {
      handler = { kind: this.kind, sheet: this.resolve ? this.resolve() : null, fn };
      this.ctx.host.handlers.push(handler);
    }, { op: "addHandler", kind: this.kind });
    return {
      context: this.ctx as unknown as Excel.RequestContext,
      remove: () => {
        this.ctx.enqueue(() => {
          const list = this.ctx.host.handlers;
          const i = handler ? list.indexOf(handler) : -1;
          if (i >= 0) list.splice(i, 1);
        }, { op: "removeHandler", kind: this.kind });
      },
    };
  }
}
