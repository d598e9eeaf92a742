/**
 * Fixes that are right: a fix is offered only when its result passes the same checks, and only a fix that
 * keeps the number the cell means (text → that number) is marked keepsValue (the pane ticks only those).
 */
import fc from "fast-check";
import { buildTemplate, group, leaf, vi } from "../../../test/fixtures/domain/builders";
import type { Criterion } from "../template/model";
import { parseLocaleNumber } from "../text/numbers";
import { readEntry, type RawValue } from "./entryValue";

const t = buildTemplate({
  total: 36,
  step: 0.25,
  criteria: [
    group("G", [
      leaf("M", 10),
      leaf("S", 3),
      leaf("LV", 5, { type: "levels", levels: [{ points: 5, label: "A" }, { points: 4, label: "B" }, { points: 3, label: "C" }] }),
      leaf("a1", 3, { type: "perCount", per: 0.5, cap: 1.5, mode: "deductFromMax" }),
      leaf("R", 10, { type: "ratio" }),
      leaf("NA", 5, undefined, { naAllowed: true }),
    ]),
    group("T", [leaf("4.3.1", 1, { type: "perCount", per: 0.2, cap: 1, mode: "accumulate" })], { kind: "bonus" }),
  ],
});
const L = (code: string): Criterion => t.leaves.find((l) => l.code === code)!;
/** A maximum (5) that is off the step (2): "Nhập 5" would be a new warning. */
const offStep = buildTemplate({ total: 5, step: 2, criteria: [leaf("H", 5)] }).leaves[0]!;

describe("fixes that are right", () => {
  it("fix_for_8,5_on_max_3_is_not_offered (bug: it converted to 8,5, a new error): the finding says why, with no fix", () => {
    const r = readEntry(L("S"), "8,5");
    expect(r.value.kind).toBe("invalid");
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p.fix).toBeUndefined();
    expect(p.message.id).toBe("undo.entry.textNumberInvalid");
    expect(vi(p.message)).toMatch(/"8,5" là chữ .*vượt điểm tối đa 3/);
  });

  it("full_marks_fix_is_not_value_keeping (bug: 'Nhập 3' was ticked by default): 8.5 over max 3 offers 3, not marked keepsValue", () => {
    const p = readEntry(L("S"), 8.5).problems[0]!;
    expect(p.fix).toMatchObject({ value: 3 });
    expect(p.fix).not.toHaveProperty("keepsValue");
  });

  it("text within the maximum converts and keeps its value", () => {
    expect(readEntry(L("S"), "2,5").problems[0]!.fix).toEqual(expect.objectContaining({ value: 2.5, keepsValue: true }));
  });

  it("a fix to a value the criterion refuses is not offered (0 is not a level; the maximum off the step)", () => {
    expect(readEntry(L("LV"), -1).problems[0]!.fix).toBeUndefined();
    expect(readEntry(offStep, 7).problems.map((p) => p.fix)).toEqual([undefined]); // 5 is off the step 2
  });

  const raws: fc.Arbitrary<RawValue> = fc.oneof(
    fc.double({ min: -20, max: 200, noNaN: true }),
    fc.integer({ min: -5, max: 150 }),
    fc.integer({ min: -50, max: 1500 }).map((n) => (n / 10).toString().replace(".", ",")),
    fc.integer({ min: 0, max: 200 }).map((n) => (n / 4).toString()),
    fc.constantFrom("N/A", "Đạt", "abc", "1.000", " 7 ", "−2"),
  );

  it("property: every offered fix passes the same checks, and a keepsValue fix writes the very number the text means", () => {
    fc.assert(
      fc.property(fc.constantFrom(...t.leaves.map((l) => l.code)), raws, (code, raw) => {
        const leaf = L(code);
        for (const p of readEntry(leaf, raw).problems) {
          if (!p.fix) continue;
          const fixed = readEntry(leaf, p.fix.value);
          expect(fixed.problems).toEqual([]);
          expect(fixed.value.kind).toBe("number");
          if (p.fix.keepsValue) {
            expect(typeof raw).toBe("string");
            const meant = parseLocaleNumber(String(raw).trim());
            expect(meant).toEqual({ kind: "number", value: p.fix.value });
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
