import fc from "fast-check";
import { vietnameseName } from "../../../test/support/vietnameseText";
import { namesOfRows, namesOfText } from "./nameList";

const names = (text: string) => namesOfText(text).names.map((n) => n.name);

describe("unit lists with numbering, headers and blank lines (issue 12: STT numbers became units)", () => {
  it.each([
    ["STT\tTên đơn vị\n1\tHà Giang\n2\tYên Bái"],
    ["1\tHà Giang\n2\tYên Bái"],
    ["1. Hà Giang\n2. Yên Bái"],
    ["01 Hà Giang\n02 Yên Bái\n"],
    ["1) Hà Giang\n\n2) Yên Bái"],
    ["(1) Hà Giang\n(2) Yên Bái"],
    ["1, Hà Giang\n2, Yên Bái"],
    ["1;Hà Giang\n2;Yên Bái"],
    ["Đơn vị\nHà Giang\nYên Bái"],
    ["STT\tTên đơn vị\tGhi chú\n1\tHà Giang\tcụm trưởng\n2\tYên Bái\t"],
  ])("%j gives the two names", (text) => {
    expect(names(text)).toEqual(["Hà Giang", "Yên Bái"]);
  });

  it("keeps numbers that are part of names and a row pasted from Excel", () => {
    expect(names("Cụm 1\nCụm 2")).toEqual(["Cụm 1", "Cụm 2"]);
    expect(names("Hà Giang\tYên Bái\tLào Cai")).toEqual(["Hà Giang", "Yên Bái", "Lào Cai"]);
    expect(names("Trường 19-5\nTrường 1/6")).toEqual(["Trường 19-5", "Trường 1/6"]);
  });

  it("reports the header line and keeps each name's line and cell", () => {
    const list = namesOfText("\nSTT\tĐơn vị\n1\tHà Giang\n\n2\tYên Bái");
    expect(list.headerLine).toBe(2);
    expect(list.names.map((n) => [n.name, n.line, n.column])).toEqual([["Hà Giang", 3, 2], ["Yên Bái", 5, 2]]);
  });

  it("reads only the first name cell of each row when asked (a CSV's first column)", () => {
    const rows = [{ cells: ["1", "Hà Giang", "cụm trưởng"], line: 1 }, { cells: ["2", "Yên Bái", "phó"], line: 2 }];
    expect(namesOfRows(rows, { firstCellOnly: true }).names.map((n) => n.name)).toEqual(["Hà Giang", "Yên Bái"]);
  });

  it("a list rendered with or without STT, header, blank lines, tabs or semicolons gives the same names (property)", () => {
    const layout = fc.record({
      header: fc.constantFrom(null, "Tên đơn vị", "Đơn vị", "ĐƠN VỊ", "Unit"),
      numbering: fc.constantFrom(null, "n", "n.", "0n", "n)", "(n)", "n,"),
      separator: fc.constantFrom("\t", ";", " "),
      newline: fc.constantFrom("\n", "\r\n"),
      blanks: fc.array(fc.boolean(), { maxLength: 10 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(vietnameseName(), { minLength: 1, maxLength: 10 }), layout, (list, l) => {
        const stt = (i: number) => l.numbering!.replace("0n", String(i + 1).padStart(2, "0")).replace("n", String(i + 1));
        const sep = l.numbering && l.numbering.endsWith(",") ? " " : l.separator;
        const rows = list.map((name, i) => (l.numbering ? `${stt(i)}${sep}${name}` : name));
        const withBlanks = rows.flatMap((r, i) => (l.blanks[i] ? ["", r] : [r]));
        const header = l.header ? [l.numbering ? `STT${l.separator === " " ? "\t" : l.separator}${l.header}` : l.header] : [];
        return JSON.stringify(names([...header, ...withBlanks].join(l.newline))) === JSON.stringify(list);
      }),
    );
  });
});
