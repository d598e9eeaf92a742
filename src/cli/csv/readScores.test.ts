import { render } from "../../domain";
import { cellValue, detectDelimiter, readScoresText } from "./readScores";

const errorsOf = (r: ReturnType<typeof readScoresText>) => (r.ok ? [] : r.errors.map((e) => render(e, "en-US")));

describe("cellValue", () => {
  it.each([
    ["", null],
    ["   ", null],
    ["8,5", 8.5],
    ["8.5", 8.5],
    [" 18 ", 18],
    ["0", 0],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["-2", -2],
  ])("%j → %j", (raw, expected) => expect(cellValue(raw)).toBe(expected));

  it.each(["1.000", "1,000", "Đạt", "Không đạt", "N/A", "mười bảy", "8,5đ"])("%j stays text for the domain to judge", (raw) => {
    expect(cellValue(raw)).toBe(raw);
  });
});

describe("detectDelimiter", () => {
  it("takes the most frequent separator outside quotes", () => {
    expect(detectDelimiter("unit,criterion,self,cluster")).toBe(",");
    expect(detectDelimiter("Đơn vị;Mã tiêu chí;Tự chấm;Cụm chấm")).toBe(";");
    expect(detectDelimiter('"đơn vị, tên";tiêu chí;tự chấm')).toBe(";");
    expect(detectDelimiter("unit\tcriterion\tself")).toBe("\t");
    expect(detectDelimiter("unit criterion self")).toBeNull();
  });
});

describe("readScoresText", () => {
  it("reads English headers, comma separator, and locates every value", () => {
    const r = readScoresText("unit,criterion,self,cluster\nHà Giang,I.1,18.5,18\n\nTuyên Quang,I.1,,17\n", "s.csv");
    if (!r.ok) throw new Error(errorsOf(r).join("\n"));
    expect(r.value.rows).toBe(2);
    expect(r.value.units.map((u) => u.name)).toEqual(["Hà Giang", "Tuyên Quang"]);
    expect(r.value.entries[0]).toEqual({
      unit: "Hà Giang", criterion: "I.1", self: 18.5, cluster: 18,
      where: { row: { file: "s.csv", line: 2, column: 1 }, self: { file: "s.csv", line: 2, column: 3 }, cluster: { file: "s.csv", line: 2, column: 4 } },
    });
    // The empty line 3 is skipped but counted: Tuyên Quang is on line 4.
    expect(r.value.entries[1]).toMatchObject({ self: null, cluster: 17, where: { cluster: { line: 4, column: 4 } } });
  });

  it("reads Vietnamese headers in any case/diacritics, BOM, semicolons, CRLF and decimal commas", () => {
    const r = readScoresText("\uFEFFĐƠN VỊ;Mã tiêu chí;Tự chấm;Cụm chấm\r\nHà Giang;I.1;8,5;8,25\r\n", "s.csv");
    if (!r.ok) throw new Error(errorsOf(r).join("\n"));
    expect(r.value.delimiter).toBe(";");
    expect(r.value.entries[0]).toMatchObject({ unit: "Hà Giang", criterion: "I.1", self: 8.5, cluster: 8.25 });
  });

  it("accepts quoted decimal commas with the comma separator, columns in any order, extra columns", () => {
    const r = readScoresText('ghi chú,cụm chấm,tiêu chí,đơn vị,tự chấm\nx,"8,25",I.1,Hà Giang,"8,5"\n', "s.csv");
    if (!r.ok) throw new Error(errorsOf(r).join("\n"));
    expect(r.value.entries[0]).toMatchObject({ unit: "Hà Giang", self: 8.5, cluster: 8.25, where: { self: { column: 5 }, cluster: { column: 2 } } });
  });

  it("works with only one score column", () => {
    const r = readScoresText("đơn vị,tiêu chí,tự chấm\nHà Giang,I.1,8\n", "s.csv");
    expect(r.ok && r.value.entries[0]).toMatchObject({ self: 8, cluster: null });
    expect(r.ok && r.value.entries[0]!.where).not.toHaveProperty("cluster");
  });

  it("honours Excel's sep= line and keeps line numbers of the file", () => {
    const r = readScoresText("sep=;\nunit;criterion;self;cluster\nHà Giang;I.1;8,5;\n", "s.csv");
    expect(r.ok && r.value.entries[0]).toMatchObject({ self: 8.5, where: { self: { line: 3, column: 3 } } });
  });

  it("gives lines inside and after a quoted multi-line cell", () => {
    const r = readScoresText('unit,criterion,self,cluster\n"Hà\nGiang",I.1,8,\nYên Bái,I.1,7,\n', "s.csv");
    if (!r.ok) throw new Error(errorsOf(r).join("\n"));
    expect(r.value.entries[0]!.where?.row).toEqual({ file: "s.csv", line: 2, column: 1 });
    expect(r.value.entries[0]!.where?.self).toEqual({ file: "s.csv", line: 3, column: 3 });
    expect(r.value.entries[1]!.where?.row).toEqual({ file: "s.csv", line: 4, column: 1 });
  });

  it("skips lines with no values and turns a line without a unit into a located nameless unit", () => {
    const r = readScoresText("unit;criterion;self;cluster\n;;;\n;I.1;8;8\nHà Giang;I.1;8;8\n", "s.csv");
    if (!r.ok) throw new Error(errorsOf(r).join("\n"));
    expect(r.value.blankUnitRows).toEqual([{ name: "", where: { file: "s.csv", line: 3, column: 1 } }]);
    expect(r.value.entries).toHaveLength(1);
  });

  it("reports a missing criterion column at the unrecognised header cell", () => {
    const r = readScoresText("đơn vị,điểm,tự chấm,cụm chấm\nHà Giang,I.1,8,8\n", "s.csv");
    expect(r.ok).toBe(false);
    expect(errorsOf(r)[0]).toMatch(/^s\.csv:1:2: the header has no criterion column .*"mã tiêu chí"/);
  });

  it("reports a header with no score column, and duplicate columns", () => {
    expect(errorsOf(readScoresText("unit,criterion,note\nA,I.1,x\n", "s.csv"))[0]).toMatch(/^s\.csv:1:3: the header has no score column/);
    expect(errorsOf(readScoresText("unit,criterion,self,tự chấm\nA,I.1,1,2\n", "s.csv"))[0]).toMatch(
      /^s\.csv:1:4: the self column appears twice \(columns 3 and 4\)/,
    );
  });

  it("reports a header without separators", () => {
    expect(errorsOf(readScoresText("unit criterion self\nA I.1 8\n", "s.csv"))[0]).toMatch(/^s\.csv:1: the header line has a single column/);
  });

  it("reports unquoted decimal commas with the comma separator, naming every line", () => {
    const r = readScoresText("unit,criterion,self,cluster\nA,I.1,8,5,8\nA,I.2,8,8\nA,I.3,7,5,7,25\n", "s.csv");
    const errors = errorsOf(r);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^s\.csv:2:5: the line has 5 cells but the header has 4 columns\. .*quoted \("8,5"\)/);
    expect(errors[1]).toMatch(/^s\.csv:4:5: the line has 6 cell/);
    if (!r.ok) expect(r.exit).toBe(1);
  });

  it("reports lines that use another separator than the header", () => {
    const errors = errorsOf(readScoresText("đơn vị;tiêu chí;tự chấm;cụm chấm\nA;I.1;8;8\nA,I.2,8,8\n", "s.csv"));
    expect(errors[0]).toMatch(/^s\.csv:3:2: the line has 1 cell but the header has 4 columns\..*header separates columns with ";" but this line seems to use ","/);
  });

  it("tolerates trailing empty cells but not trailing values", () => {
    expect(readScoresText("unit,criterion,self,cluster\nA,I.1,8,8,,\n", "s.csv").ok).toBe(true);
  });

  it("reports an unclosed quote with its line", () => {
    expect(errorsOf(readScoresText('unit,criterion,self,cluster\nA,I.1,8,8\n"A,I.2,8,8\n', "s.csv"))[0]).toMatch(/^s\.csv:3(:\d+)?: CSV syntax error/);
  });

  it("reports a header-only file", () => {
    expect(errorsOf(readScoresText("unit,criterion,self,cluster\n", "s.csv"))[0]).toBe("s.csv: only a header line, no score lines. Add one line per score below the header: unit, criterion, score.");
  });

  it("speaks Vietnamese by default", () => {
    const r = readScoresText("đơn vị,điểm,tự chấm\nA,I.1,8\n", "s.csv");
    expect(r.ok ? "" : render(r.errors[0]!, "vi-VN")).toMatch(/^s\.csv:1:2: thiếu cột tiêu chí/);
  });
});
