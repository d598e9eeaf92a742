/** A worksheet's protection, freeze panes and page layout. */
import { parseRange } from "./addresses";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, guardFormat, notLoaded } from "./errors";
import type { FakeRange } from "./range";
import type { FakeSheetState } from "./state";

export class FakeWorksheetProtection {
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

export class FakeFreezePanes {
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

export class FakePageLayout {
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
  setPrintArea(v: string): void {
    this.put("printArea", v);
  }
}
