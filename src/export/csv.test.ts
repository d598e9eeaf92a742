import fc from "fast-check";
import { BOM, formatCsvNumber, toCsv } from "./csv";
import { readSummaryCsv } from "./readSummaryCsv";
import type { SummaryCell } from "./summaryTable";

const HEADER = ["STT", "Đơn vị", "Tự chấm", "Tổng"];
const body = (csv: string) => csv.slice(BOM.length);

describe("toCsv: file shape", () => {
  it("starts with the BOM, ends every row with CRLF, separator ; with decimal comma", () => {
    const csv = toCsv([HEADER, [1, "Hoà Bình", 88.25, -3]], { decimal: "comma" });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.charCodeAt(1)).not.toBe(0xfeff);
    expect(body(csv)).toBe("STT;Đơn vị;Tự chấm;Tổng\r\n1;Hoà Bình;88,25;-3\r\n");
  });

  it("separator , with decimal point", () => {
    const csv = toCsv([HEADER, [1, "Hoà Bình", 88.25, -3]], { decimal: "point" });
    expect(body(csv)).toBe("STT,Đơn vị,Tự chấm,Tổng\r\n1,Hoà Bình,88.25,-3\r\n");
  });

  it("numbers: no grouping, no exponent, one decimal mark, -0 as 0", () => {
    expect(formatCsvNumber(1234567.5, "comma")).toBe("1234567,5");
    expect(formatCsvNumber(1234567.5, "point")).toBe("1234567.5");
    expect(formatCsvNumber(-0, "comma")).toBe("0");
    expect(formatCsvNumber(1e21, "point")).toBe("1000000000000000000000");
    expect(formatCsvNumber(1e-7, "comma")).toBe("0,0000001");
    expect(formatCsvNumber(-2.5e-7, "point")).toBe("-0.00000025");
    expect(() => formatCsvNumber(Number.NaN, "comma")).toThrow(RangeError);
    expect(() => formatCsvNumber(Infinity, "point")).toThrow(RangeError);
  });

  it("RFC 4180 quoting of the separator, the other mark, quotes and new lines", () => {
    const row = ["a;b", "a,b", 'say "hi"', "line1\r\nline2", "lf\nonly", "plain"];
    expect(body(toCsv([row], { decimal: "comma" }))).toBe('"a;b";a,b;"say ""hi""";"line1\r\nline2";"lf\nonly";plain\r\n');
    expect(body(toCsv([row], { decimal: "point" }))).toBe('a;b,"a,b","say ""hi""","line1\r\nline2","lf\nonly",plain\r\n');
    // Without the header line the separator cannot be guessed from "a;b,…": give the mode.
    for (const decimal of ["comma", "point"] as const) expect(readSummaryCsv(toCsv([row], { decimal }), { decimal })).toEqual([row]);
    expect(readSummaryCsv(toCsv([HEADER, row], { decimal: "point" }))).toEqual([HEADER, row]);
  });

  it("a text that looks like a number is quoted and stays text", () => {
    const rows = [["12", "12,5", "12.5", 12.5]];
    expect(body(toCsv(rows, { decimal: "comma" }))).toBe('"12";"12,5";12.5;12,5\r\n');
    expect(body(toCsv(rows, { decimal: "point" }))).toBe('"12","12,5","12.5",12.5\r\n');
    expect(readSummaryCsv(toCsv(rows, { decimal: "comma" }))).toEqual(rows);
    expect(readSummaryCsv(toCsv(rows, { decimal: "point" }))).toEqual(rows);
  });
});

describe("toCsv: formula injection (OWASP CSV injection)", () => {
  const dangerous = ['=HYPERLINK("http://x","bấm")', "+1", "-1 đơn vị", "@SUM(A1)", "\tTab đầu", "\rCR đầu", "'=đã có dấu nháy"];

  it.each(dangerous)("%j is prefixed with ' and quoted, and read back exactly", (name) => {
    for (const decimal of ["comma", "point"] as const) {
      const csv = toCsv([HEADER, [1, name, 10, 10]], { decimal });
      const field = body(csv).split("\r\n")[1]!.split(decimal === "comma" ? ";" : ",").slice(1).join();
      expect(field.startsWith(`"'`)).toBe(true);
      expect(readSummaryCsv(csv)).toEqual([HEADER, [1, name, 10, 10]]);
    }
  });

  it("the HYPERLINK name is written as one quoted field with doubled quotes", () => {
    const csv = toCsv([['=HYPERLINK("http://x","bấm")']], { decimal: "comma" });
    expect(body(csv)).toBe('"\'=HYPERLINK(""http://x"",""bấm"")"\r\n');
  });

  it("real negative numbers stay plain numbers", () => {
    const csv = toCsv([[-3, -0.25, "-3"]], { decimal: "comma" });
    expect(body(csv)).toBe("-3;-0,25;\"'-3\"\r\n");
    expect(readSummaryCsv(csv)).toEqual([[-3, -0.25, "-3"]]);
  });

  it("a quote not followed by a dangerous character is left alone", () => {
    const csv = toCsv([["'abc", "a=b"]], { decimal: "point" });
    expect(body(csv)).toBe("'abc,a=b\r\n");
    expect(readSummaryCsv(csv)).toEqual([["'abc", "a=b"]]);
  });
});

describe("Vietnamese text", () => {
  it("is written NFC and keeps the tone-mark placement as entered", () => {
    const nfd = "Hoà Bình".normalize("NFD");
    const csv = toCsv([[nfd, "Hòa Bình", "Thủy lợi", "Thuỷ lợi"]], { decimal: "comma" });
    expect(body(csv)).toBe("Hoà Bình;Hòa Bình;Thủy lợi;Thuỷ lợi\r\n");
    expect(body(csv)).toBe(body(csv).normalize("NFC"));
    const back = readSummaryCsv(csv);
    expect(back).toEqual([["Hoà Bình", "Hòa Bình", "Thủy lợi", "Thuỷ lợi"]]);
    expect(back[0]![0]).not.toBe(back[0]![1]);
  });

  it("is UTF-8 safe: the bytes decode back to the same text", () => {
    const csv = toCsv([["Đồng Nai – Ước tính", 1]], { decimal: "comma" });
    const decoded = new TextDecoder("utf-8", { ignoreBOM: true }).decode(new TextEncoder().encode(csv));
    expect(decoded).toBe(csv);
    expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("readSummaryCsv", () => {
  it("accepts LF line ends and a file without BOM", () => {
    expect(readSummaryCsv("STT;Tổng\n1;88,5\n")).toEqual([["STT", "Tổng"], [1, 88.5]]);
    expect(readSummaryCsv("STT,Tổng\n1,88.5\n")).toEqual([["STT", "Tổng"], [1, 88.5]]);
  });

  it("a row of one empty text survives", () => {
    expect(body(toCsv([["a"], [""], ["b"]], { decimal: "comma" }))).toBe('a\r\n""\r\nb\r\n');
    expect(readSummaryCsv(toCsv([["a"], [""], ["b"]], { decimal: "comma" }))).toEqual([["a"], [""], ["b"]]);
  });

  it("an explicit decimal mark wins over detection", () => {
    expect(readSummaryCsv("1,5", { decimal: "comma" })).toEqual([[1.5]]);
    expect(readSummaryCsv("1,5", { decimal: "point" })).toEqual([[1, 5]]);
  });
});

describe("round trip (property)", () => {
  const firstChars = fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", '"', ";", ",", "\n", "Đ", "ạ", "1", " ", "");
  const text = fc
    .tuple(firstChars, fc.string({ unit: "grapheme", maxLength: 12 }), fc.string({ unit: fc.constantFrom(";", ",", '"', "\r", "\n", "'", "ờ", "a"), maxLength: 4 }))
    .map(([a, b, c]) => (a + b + c).normalize("NFC"));
  const numberWithPrecision = (p: number) => fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((n) => Number((n / 10 ** p).toFixed(p)));
  const cell = fc.oneof(text, fc.integer({ min: 0, max: 3 }).chain(numberWithPrecision)) as fc.Arbitrary<SummaryCell>;

  it.each(["comma", "point"] as const)("readSummaryCsv(toCsv(rows)) deep-equals rows (%s)", (decimal) => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 8 })), (rows) => {
        expect(readSummaryCsv(toCsv(rows, { decimal }), { decimal })).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
