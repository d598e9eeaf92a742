import fc from "fast-check";
import { decodeBody, decodeHeader, encodeColumn, splitJson } from "./paneSheet";

describe("the pane sheet's chunked JSON", () => {
  it("splits within the cell limit and never inside a surrogate pair", () => {
    const json = JSON.stringify({ s: "😀".repeat(40) });
    const parts = splitJson(json, 7);
    expect(parts.join("")).toBe(json);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(7);
      expect(/[\uD800-\uDBFF]$/.test(p)).toBe(false);
    }
  });

  it("round-trips any JSON value; every cell is marked as text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const cells = encodeColumn({ v: 1 }, v);
        expect(cells.every((c) => c.startsWith("j:"))).toBe(true);
        expect(decodeHeader<{ v: number }>(cells)).toMatchObject({ v: 1, parts: cells.length - 1 });
        expect(decodeBody(cells)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });

  it("says what is missing instead of returning half a record", () => {
    const cells = encodeColumn({ v: 1 }, "x".repeat(70000));
    expect(cells.length).toBeGreaterThan(3);
    expect(() => decodeBody(cells.slice(0, 2))).toThrow(/part 2 of \d+ is missing/);
    expect(decodeHeader([""])).toBeNull();
  });
});
