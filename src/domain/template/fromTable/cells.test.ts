/** Cells of a pasted table: points as written, codes as numbered, text copied from Word or saved as CSV. */
import { readPoints } from "./cells";
import { follows, parseCode, splitLeadingCode } from "./codes";
import { gridOfText } from "./gridOfText";

describe("readPoints", () => {
  it.each<[string, number, "+" | "-" | null]>([
    ["10", 10, null], ["0,5", 0.5, null], ["1.5", 1.5, null], ["10 điểm", 10, null], ["(3 đ)", 3, null], ["10đ", 10, null],
    ["+0,5", 0.5, "+"], ["-2", 2, "-"], ["\u22122", 2, "-"], [" 12,25 ", 12.25, null],
  ])("%j → %d", (cell, value, sign) => {
    expect(readPoints(cell)).toEqual({ kind: "number", value, sign, ambiguous: false });
  });
  it("reads 1.000 as one thousand and flags it", () => {
    expect(readPoints("1.000")).toEqual({ kind: "number", value: 1000, sign: null, ambiguous: true });
  });
  it.each(["", "  ", "-"])("%j is empty", (cell) => expect(readPoints(cell).kind).toBe("empty"));
  it.each(["mười", "5 điểm/tiêu chí", "0-5", "1,2,3"])("%j cannot be read", (cell) => expect(readPoints(cell).kind).toBe("invalid"));
});

describe("codes", () => {
  it.each([
    ["I.", "I"], ["II", "II"], ["2/", "2"], ["2. b)", "2.b"], ["a)", "a"], ["(1)", "1"], ["b1.", "b1"], ["TC001", "TC001"], ["1.1.2", "1.1.2"], ["-", "-"],
  ])("%j is the code %j", (raw, display) => expect(parseCode(raw)?.display).toBe(display));
  it.each(["Tiêu chí", "abcdefg", "Công tác chuyên môn", "1 2 3 4 5 6 7 8"])("%j is not a code", (raw) => expect(parseCode(raw)).toBeNull());

  it.each([
    ["1. Công tác chuyên môn", "1", "Công tác chuyên môn"], ["a) Tổ chức", "a", "Tổ chức"], ["II- Xây dựng", "II", "Xây dựng"],
    ["1.2 Báo cáo", "1.2", "Báo cáo"], ["1/ Công tác tuyên truyền", "1", "Công tác tuyên truyền"], ["a/ Họp định kỳ", "a", "Họp định kỳ"], ["- Gửi báo cáo", "-", "Gửi báo cáo"], ["2. b) Việc thực hiện", "2.b", "Việc thực hiện"],
  ])("%j starts with the code %j", (title, code, rest) => {
    expect(splitLeadingCode(title)).toMatchObject({ code: { display: code }, rest });
  });
  it("reads the number after a label and keeps the title whole: 'Tiêu chuẩn 1: Thực hiện'", () => {
    expect(splitLeadingCode("Tiêu chuẩn 1: Thực hiện")).toMatchObject({ code: { display: "1" }, rest: "Tiêu chuẩn 1: Thực hiện" });
    expect(splitLeadingCode("Phần II. Xây dựng lực lượng")).toMatchObject({ code: { display: "II" }, rest: "Phần II. Xây dựng lực lượng" });
    expect(parseCode("Phần I")?.display).toBe("I");
  });
  it.each(["1/2 số đơn vị", "Tiêu chí số 1 về công tác", "TP. Hồ Chí Minh", "Công tác", "-0,5 điểm", "Vi phạm quy định"])("%j has no leading code", (title) => {
    expect(splitLeadingCode(title)).toBeNull();
  });

  it.each([["a", "b"], ["b.", "C"], ["I", "II"], ["1.9", "2.1"], ["d)", "e)"], ["e)", "g)"], ["TC001", "TC002"], ["-", "-"]])("%j is followed by %j", (a, b) => {
    expect(follows(parseCode(a)!, parseCode(b)!)).toBe(true);
  });
  it.each([["1", "20"], ["a", "a"], ["TC001", "CTTC002"], ["-", "+"], ["1", "1.1"]])("%j is not followed by %j", (a, b) => {
    expect(follows(parseCode(a)!, parseCode(b)!)).toBe(false);
  });
});

describe("gridOfText", () => {
  it("reads tab-separated text copied from Word, with a quoted cell holding line breaks", () => {
    expect(gridOfText('STT\tNội dung\tĐiểm\n1\t"Tham gia, tích cực\n- Hội thao"\t3\n').grid.slice(0, 2)).toEqual([
      ["STT", "Nội dung", "Điểm"], ["1", "Tham gia, tích cực\n- Hội thao", "3"],
    ]);
  });
  it("reads a CSV saved with ';' and keeps commas inside titles", () => {
    expect(gridOfText("\uFEFFSTT;Nội dung;Điểm\r\n1;Tuyên truyền, vận động;0,5\r\n").grid.slice(0, 2)).toEqual([["STT", "Nội dung", "Điểm"], ["1", "Tuyên truyền, vận động", "0,5"]]);
  });
  it("a quote left open is read line by line and said so", () => {
    const r = gridOfText('STT\tNội dung\n1\t"Công tác\n2\tBáo cáo');
    expect(r.quotesUnmatched).toBe(true);
    expect(r.grid[2]).toEqual(["2", "Báo cáo"]);
  });
  it("empty text is an empty grid", () => expect(gridOfText(" \n ").grid).toEqual([]));
});
