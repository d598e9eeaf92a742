/** Range.dataValidation: one validation entry per range address. */
import { parseRange } from "./addresses";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, guardFormat } from "./errors";
import type { FakeRange } from "./range";
import type { FakeValidation } from "./state";

export class FakeDataValidation {
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
