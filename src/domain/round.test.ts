import { isMultipleOf, roundTo } from "./round";

describe("roundTo agrees with Excel ROUND", () => {
  it.each([
    [2.675, 2, 2.68], // 2.67499999… in binary; Excel shows 2.68
    [1.005, 2, 1.01], // 1.00499999… in binary
    [1.255, 2, 1.26],
    [-2.5, 0, -3], // half away from zero
    [2.5, 0, 3],
    [-1.005, 2, -1.01],
    [0.1 + 0.2, 2, 0.3],
    [0.1 + 0.2, 15, 0.3],
    [118.4, 1, 118.4],
    [118.4, 2, 118.4],
    [118.4, 0, 118],
    [88.25, 1, 88.3],
    [87.125, 2, 87.13],
    [96.96969696, 2, 96.97],
    [-0.004, 2, 0],
    [1234.5678, 0, 1235],
    [0.000001, 2, 0],
  ])("ROUND(%p, %p) = %p", (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it("never returns negative zero", () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
    expect(Object.is(roundTo(-0.4, 0), 0)).toBe(true);
  });

  it("passes non-finite values through", () => {
    expect(roundTo(Infinity, 2)).toBe(Infinity);
    expect(Number.isNaN(roundTo(NaN, 2))).toBe(true);
  });

  it("turns float sums of quarter and tenth steps into their decimal values", () => {
    let s = 0;
    for (let i = 0; i < 10; i++) s += 0.1;
    expect(s).not.toBe(1);
    expect(roundTo(s, 2)).toBe(1);
    expect(roundTo(3 * 0.2, 2)).toBe(0.6);
  });
});

describe("isMultipleOf", () => {
  it.each([
    [0.75, 0.25, true],
    [88.25, 0.25, true],
    [1, 0.3, false],
    [0.9, 0.3, true],
    [0.6, 0.2, true],
    [10, 0.5, true],
    [10.1, 0.25, false],
    [0, 0.25, true],
  ])("isMultipleOf(%p, %p) = %p", (v, step, expected) => {
    expect(isMultipleOf(v, step)).toBe(expected);
  });
});
