import { formatNumber, parseLocaleNumber } from "./numbers";

describe("parseLocaleNumber", () => {
  it.each([
    ["88,25", 88.25],
    ["88.25", 88.25],
    ["1.000,5", 1000.5],
    ["1,000.5", 1000.5],
    ["0,125", 0.125],
    ["0.125", 0.125],
    ["\u22123", -3], // U+2212 MINUS SIGN
    ["-3", -3],
    ["+5", 5],
    ["7", 7],
    [" 7 ", 7],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["1.000.000,25", 1000000.25],
    ["1000.000", 1000], // four digits before the separator cannot be a thousands group
    ["\u22121,5", -1.5],
  ])("reads %j as %p", (input, value) => {
    expect(parseLocaleNumber(input)).toEqual({ kind: "number", value });
  });

  it("reads a decimal written with the Vietnamese decimal comma exactly like the dot form", () => {
    expect(parseLocaleNumber("118,4")).toEqual(parseLocaleNumber("118.4"));
    expect(parseLocaleNumber("3,75")).toEqual({ kind: "number", value: 3.75 });
  });

  it.each([
    ["1.000", 1, 1000],
    ["1,000", 1, 1000],
    ["100.000", 100, 100000],
    ["12.500", 12.5, 12500],
  ])("reports %j as ambiguous between %p and %p, never guesses", (input, a, b) => {
    expect(parseLocaleNumber(input)).toEqual({ kind: "ambiguous", candidates: [a, b] });
  });

  it("keeps the sign in both candidates of an ambiguous negative", () => {
    expect(parseLocaleNumber("-1.000")).toEqual({ kind: "ambiguous", candidates: [-1, -1000] });
  });

  // Documented behaviour: all white space (incl. NBSP and narrow NBSP) is removed before parsing,
  // so a space works as a thousands separator: "12 345,5" = 12345.5. The code does not check
  // the grouping, so "1 2" also reads as 12 (see report).
  it("removes spaces, NBSP and narrow NBSP used as thousands separators", () => {
    expect(parseLocaleNumber("12 345,5")).toEqual({ kind: "number", value: 12345.5 });
    expect(parseLocaleNumber("1\u00a0000,5")).toEqual({ kind: "number", value: 1000.5 });
    expect(parseLocaleNumber("1\u202f000\u202f000")).toEqual({ kind: "number", value: 1000000 });
    // a space is only a thousands separator: "1 2" is not twelve
    expect(parseLocaleNumber("1 2")).toEqual({ kind: "invalid" });
    expect(parseLocaleNumber("12 34")).toEqual({ kind: "invalid" });
  });

  it.each(["", "   ", "abc", "12,5%", "1,2,3", "1.2.3", ".5", ",5", "1e3", "-", "1.000.5", "1,000,5", "5 điểm", "NaN", "Infinity", "1.00,5"])(
    "rejects %j as invalid",
    (input) => {
      expect(parseLocaleNumber(input)).toEqual({ kind: "invalid" });
    },
  );
});

describe("formatNumber", () => {
  it("uses a decimal comma in vi-VN and a dot in en-US", () => {
    expect(formatNumber(88.25, "vi-VN")).toBe("88,25");
    expect(formatNumber(88.25, "en-US")).toBe("88.25");
  });

  it("does not group below 10 000 and groups from 10 000", () => {
    expect(formatNumber(1000, "vi-VN")).toBe("1000");
    expect(formatNumber(1000, "en-US")).toBe("1000");
    expect(formatNumber(12345.5, "vi-VN")).toBe("12.345,5");
    expect(formatNumber(12345.5, "en-US")).toBe("12,345.5");
  });

  it("keeps at most the given number of decimals", () => {
    expect(formatNumber(2 / 3, "en-US")).toBe("0.6667");
    expect(formatNumber(2 / 3, "vi-VN", 2)).toBe("0,67");
    expect(formatNumber(0.1 + 0.2, "en-US")).toBe("0.3");
  });
});
