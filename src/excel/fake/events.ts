/** Event handlers (Worksheet.onChanged, WorksheetCollection.onChanged/onAdded/onDeleted). */
import type { FakeRequestContext } from "./context";
import type { FakeSheetState } from "./state";

export type FakeEventKind = "changed" | "added" | "deleted";
export interface FakeHandler {
  readonly kind: FakeEventKind;
  /** The sheet a Worksheet.onChanged handler watches; null for the collection's events. */
  readonly sheet: FakeSheetState | null;
  readonly fn: (args: unknown) => Promise<unknown>;
}

/** OfficeExtension.EventHandlers of one event: add() registers at the next sync; remove() unregisters at the next sync. */
export class FakeEventHandlers {
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
