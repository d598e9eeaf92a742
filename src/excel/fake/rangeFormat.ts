/** Range.format: font, fill, cell protection, column width, wrap, alignment, indent. */
import type { FakeRequestContext } from "./context";
import { guardFormat, notLoaded } from "./errors";
import type { FakeRange } from "./range";

export class FakeRangeFormat {
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
