import fc from "fast-check";
import { render } from "../../messages/message";
import { findJsonSyntaxError } from "./jsonSyntax";

const problemOf = (text: string) => {
  const e = findJsonSyntaxError(text);
  return e === null ? null : { line: e.line, column: e.column, id: (e.message.params.problem as { id: string }).id };
};

describe("findJsonSyntaxError: line, column and what is wrong, never the engine's text", () => {
  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "files.read.json.expectedComma"],
    ['{"a": 1,}', 1, 9, "files.read.json.trailingComma"],
    ["[1, 2,]", 1, 7, "files.read.json.trailingComma"],
    ['{"max": 8,5}', 1, 11, "files.read.json.decimalComma"],
    ["{'max': 8}", 1, 2, "files.read.json.quote"],
    ['{"a": \u201Cx\u201D}', 1, 7, "files.read.json.quote"],
    ['{"a": 1 // one\n}', 1, 9, "files.read.json.comment"],
    ['{"a" 1}', 1, 6, "files.read.json.expectedColon"],
    ["{a: 1}", 1, 2, "files.read.json.expectedKey"],
    ['{"a": "x\n"}', 1, 7, "files.read.json.unterminatedString"],
    ['{"a": "C:\\new\\q"}', 1, 14, "files.read.json.badEscape"],
    ['{"a": [1, 2}', 1, 12, "files.read.json.mismatchedClose"],
    ['{"a": 1}}', 1, 9, "files.read.json.extraContent"],
    ['{"a": [1,\n', 2, 1, "files.read.json.unexpectedEnd"],
    ['{"a": yes}', 1, 7, "files.read.json.badValue"],
    ['{"a": 1.}', 1, 7, "files.read.json.badNumber"],
    ['{"a": }', 1, 7, "files.read.json.missingValue"],
    ["", 1, 1, "files.read.json.missingValue"],
  ])("%j → line %i, column %i, %s", (text, line, column, id) => {
    expect(problemOf(text)).toEqual({ line, column, id });
  });

  it("refuses brackets nested deeper than the limit at the first bracket too many (a template 1,000 deep crashed)", () => {
    const deep = "[".repeat(1000) + "]".repeat(1000);
    expect(problemOf(deep)).toEqual({ line: 1, column: 41, id: "files.read.json.tooDeep" });
    expect(findJsonSyntaxError("[".repeat(40) + "]".repeat(40))).toBeNull();
  });

  it("names the open bracket's line when the end comes too soon", () => {
    const e = findJsonSyntaxError('{\n "a": [\n  1,\n  2')!;
    expect(render(e.message, "en-US")).toBe("Line 4, column 4: the file ends while the [ opened on line 2 is still open. Add the missing ] (or the end of the file was cut off: get the whole file again).");
  });

  it("agrees with JSON.parse on every JSON value and on every text JSON.parse refuses (fast-check)", () => {
    fc.assert(
      fc.property(fc.json({ depthSize: "small" }), fc.nat(), (json, cut) => {
        expect(findJsonSyntaxError(json)).toBeNull();
        const broken = json.slice(0, cut % (json.length + 1)) + json.slice((cut % (json.length + 1)) + 1);
        let valid = true;
        try {
          JSON.parse(broken);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(broken) === null).toBe(valid);
      }),
      { numRuns: 500 },
    );
  });
});
