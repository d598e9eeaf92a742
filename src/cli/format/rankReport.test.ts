import { message, type Finding } from "../../domain";
import { findingLines, formatLocation, lineRanges } from "./rankReport";

describe("lineRanges", () => {
  it("compresses consecutive lines", () => {
    expect(lineRanges([20, 14, 15, 16, 3, 15])).toBe("3, 14–16, 20");
    expect(lineRanges([7])).toBe("7");
  });
});

describe("formatLocation", () => {
  it("prints file:line:column, or what there is", () => {
    expect(formatLocation({ file: "a.csv", line: 3, column: 4 })).toBe("a.csv:3:4");
    expect(formatLocation({ file: "a.csv", line: 3 })).toBe("a.csv:3");
    expect(formatLocation({ sheet: "Chấm điểm", cell: "F12" })).toBe("Chấm điểm!F12");
    expect(formatLocation(undefined)).toBe("");
  });
});

describe("findingLines", () => {
  const unknown = (unit: string, line: number): Finding => ({
    code: "entry.unknownCriterion", severity: "error", unit, criterion: "IX", where: { file: "s.csv", line, column: 1 },
    message: message("entry.unknownCriterion", { code: "IX" }),
  });
  it("groups a repeated unknown code over units, keeping what they share", () => {
    expect(findingLines([unknown("Hà Giang", 5), unknown("Yên Bái", 9), unknown("Phú Thọ", 10)], "en-US")).toEqual([
      "Errors (3):",
      '  s.csv:5:1 IX: Criterion code "IX" is not in the template (or is a group, not a scorable criterion).',
      "      (also on lines 9–10)",
    ]);
  });
  it("says so when there is nothing to report", () => {
    expect(findingLines([], "vi-VN")).toEqual(["Không có lỗi hay cảnh báo."]);
  });
});
