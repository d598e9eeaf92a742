/** Regression: the preview never showed a cell's input message, so a count row's "nhập số lần, không phải điểm" was invisible there. */
import { FakeSheetState } from "../../excel/fake";
import { inputMessageAt } from "./inputMessage";

function sheetWith(...validations: FakeSheetState["validations"]): FakeSheetState {
  const s = new FakeSheetState("Chấm điểm");
  s.validations = validations;
  return s;
}

describe("inputMessageAt", () => {
  const count = { title: "Nhập số lần", message: "C.1: nhập số lần, không phải điểm" };

  it("gives the prompt of the validation covering the cell, also in a sheet-qualified or multi-area range", () => {
    const s = sheetWith({ range: "'Chấm điểm'!$E$12:$L$12", rule: null, prompt: { showPrompt: true, ...count } }, { range: "E5:F5,H5", rule: null, prompt: { title: "T", message: "M" } });
    expect(inputMessageAt(s, 12, 5)).toEqual(count);
    expect(inputMessageAt(s, 12, 12)).toEqual(count);
    expect(inputMessageAt(s, 5, 8)).toEqual({ title: "T", message: "M" });
    expect(inputMessageAt(s, 12, 13)).toBeNull();
    expect(inputMessageAt(s, 5, 7)).toBeNull();
  });

  it("shows nothing when the prompt is off or empty, and the last validation set wins", () => {
    expect(inputMessageAt(sheetWith({ range: "A1", rule: null, prompt: { showPrompt: false, ...count } }), 1, 1)).toBeNull();
    expect(inputMessageAt(sheetWith({ range: "A1", rule: null }), 1, 1)).toBeNull();
    expect(inputMessageAt(sheetWith({ range: "A1:B2", rule: null, prompt: count }, { range: "A1", rule: null, prompt: { title: "new", message: "" } }), 1, 1)).toEqual({ title: "new", message: "" });
  });
});
