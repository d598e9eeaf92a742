/** One Excel "host": workbook state, Office/Excel globals, API-set checks, sync and response counters, events. */
import { bytesOf, FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import type { FakeEventKind, FakeHandler } from "./events";
import { compareVersions, EXCEL_API_MEMBERS, MANIFEST_EXCEL_API, type FakeMember } from "./requirements";
import { FakeWorkbookState, type FakeSheetState } from "./state";

export interface FakeExcelOptions {
  /** The highest ExcelApi version the "host" supports (isSetSupported answers accordingly). Default 1.8. */
  readonly excelApi?: string;
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
