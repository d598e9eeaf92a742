/** The request context: operations queued by the proxies run in order at sync, counted per batch. */
import { FakeOfficeError } from "./errors";
import type { FakeExcel } from "./host";
import { FakeNamedItemCollection } from "./namedItems";
import { FakeWorksheetCollection } from "./worksheets";

export interface Op {
  readonly run: () => void;
  readonly bytes: number;
}

export function bytesOf(x: unknown): number {
  // TextEncoder, not Buffer: the browser preview host runs this fake too.
  return new TextEncoder().encode(JSON.stringify(x) ?? "").length;
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

export class FakeApplication {
  constructor(private readonly ctx: FakeRequestContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.host.require("Application.suspendApiCalculationUntilNextSync");
    this.ctx.enqueue(() => {
      this.ctx.host.state.calculationSuspended++;
    }, { op: "suspendCalc" });
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(ctx: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx, null);
  }
}
