/** readRows: large used ranges read by blocks of rows, each sync's response under the budget, every cell read once. */
import fc from "fast-check";
import { FakeExcel } from "../fake";
import { readRows, type RowSizer } from "./readRows";

/** A sheet whose row r holds `lengths[r - 1]` characters of formula in each of `cols` cells. */
function sheetWith(fake: FakeExcel, lengths: readonly number[], cols: number): void {
  const s = fake.state.addSheet("Điểm");
  lengths.forEach((n, i) => {
    for (let c = 1; c <= cols; c++) s.ensure(i + 1, c).formula = `=${"A".repeat(Math.max(1, n))}${i + 1}`;
  });
}

const exact = (lengths: readonly number[]): RowSizer => (_s, row, c0, c1) => (c1 - c0 + 1) * (lengths[row - 1]! + 12);

describe("readRows", () => {
  it("reads every row once, in order, with no response over the budget when the estimate is right", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 6 }), async (lengths, cols) => {
        const fake = new FakeExcel();
        sheetWith(fake, lengths, cols);
        const budget = 3000;
        const box = { r0: 1, c0: 1, r1: lengths.length, c1: cols };
        const r = await readRows(fake.context(), [{ sheet: "Điểm", box, props: ["formulas"] }], exact(lengths), budget);
        const got = r.grids.get("điểm")!.formulas;
        expect(got.map((row) => row[0])).toEqual(lengths.map((n, i) => `=${"A".repeat(n)}${i + 1}`));
        expect(got.every((row) => row.length === cols)).toBe(true);
        expect(r.syncs).toBe(fake.syncCount);
        // A single row larger than the budget goes alone; otherwise each response stays under the budget.
        const rowBytes = Math.max(...lengths.map((n) => cols * (n + 12)));
        expect(fake.largestResponse).toBeLessThanOrEqual(Math.max(budget, rowBytes) * 1.05);
      }),
      { numRuns: 40 },
    );
  });

  it("an estimate too small by half is corrected after the first sync of the sheet", async () => {
    const lengths = Array.from({ length: 200 }, () => 100);
    const fake = new FakeExcel();
    sheetWith(fake, lengths, 5);
    const half: RowSizer = (...args) => exact(lengths)(...args) / 2;
    await readRows(fake.context(), [{ sheet: "Điểm", box: { r0: 1, c0: 1, r1: 200, c1: 5 }, props: ["formulas", "values"] }], half, 20_000);
    const [first, ...rest] = fake.responseBytes;
    expect(first).toBeGreaterThan(20_000); // the wrong estimate, once
    expect(rest.length).toBeGreaterThan(1);
    expect(rest.every((b) => b <= 20_000)).toBe(true);
  });
});
