import type { Finding } from "../../../domain/validation/finding";
import { message } from "../../../messages/message";
import { highlightCells } from "./cells";
import { groupFindings } from "./groupFindings";

const f = (over: Partial<Finding>): Finding => ({ code: "entry.missing", severity: "warning", message: message("entry.missing"), ...over });

describe("groupFindings", () => {
  it("orders units as the cluster lists them, unit-less findings first, unknown names last", () => {
    const groups = groupFindings(
      [f({ unit: "B", criterion: "I.1" }), f({ unit: "Lạ", criterion: "I.1" }), f({}), f({ unit: "A", criterion: "I.2" })],
      ["A", "B"],
    );
    expect(groups.map((g) => g.unit)).toEqual([null, "A", "B", "Lạ"]);
    expect(groups.map((g) => g.key)).toEqual(["general", "unit-1", "unit-2", "unit-3"]);
  });

  it("groups by criterion in order of appearance, unit-wide findings last, errors first inside a criterion", () => {
    const [g] = groupFindings(
      [
        f({ unit: "A" }),
        f({ unit: "A", criterion: "I.2", severity: "info" }),
        f({ unit: "A", criterion: "I.1" }),
        f({ unit: "A", criterion: "I.2", severity: "error", code: "entry.textNumber" }),
      ],
      ["A"],
    );
    expect(g!.criteria.map((c) => c.criterion)).toEqual(["I.2", "I.1", null]);
    expect(g!.criteria[0]!.findings.map((x) => x.severity)).toEqual(["error", "info"]);
    expect([g!.count, g!.errors]).toEqual([4, 1]);
  });
});

describe("highlightCells", () => {
  it("marks errors and warnings with a cell (an error wins on the same cell), overwritten formulas as errors, never notes", () => {
    const at = (cell: string) => ({ sheet: "Chấm điểm", cell });
    const cells = highlightCells({
      findings: [
        f({ where: at("D5") }),
        f({ where: at("D5"), severity: "error" }),
        f({ where: at("E6"), severity: "info" }),
        f({ where: { file: "scores.csv", line: 3 }, severity: "error" }),
        f({ where: at("F7") }),
      ],
      overwritten: [{ sheet: "Chấm điểm", cell: "H20", formula: "=SUM(H2:H19)", found: 5 }],
    });
    expect(cells).toEqual([
      { sheet: "Chấm điểm", cell: "D5", severity: "error" },
      { sheet: "Chấm điểm", cell: "F7", severity: "warning" },
      { sheet: "Chấm điểm", cell: "H20", severity: "error" },
    ]);
  });
});
