import { evaluateCluster, type EntryInput } from "../domain";
import { loadStandardTemplate } from "../templates";
import { toCsv } from "./csv";
import { readSummaryCsv } from "./readSummaryCsv";
import { summaryHeader, summaryRows } from "./summaryTable";

type Values = Record<string, EntryInput["self"] | [EntryInput["self"], EntryInput["cluster"]]>;
const entries = (unit: string, v: Values): EntryInput[] =>
  Object.entries(v).map(([criterion, x]) => (Array.isArray(x) ? { unit, criterion, self: x[0], cluster: x[1] } : { unit, criterion, self: x }));

/** A complete blank-100 row (defaults: full marks on I/II/III, no bonus, no penalty, gate passed). */
const full = (unit: string, v: Values = {}) =>
  entries(unit, {
    "I.1": 20, "I.2": 20, "I.3": 20, "II.1": 15, "II.2": "Đạt", "III.1": "Đạt", "III.2": 0,
    "C.1": 0, "C.2": 0, "T.1": 0, "T.2": 0, "DK.1": "Đạt", ...v,
  });

function cluster() {
  const template = loadStandardTemplate("blank-100");
  const names = ["Hoà Bình", "Sơn La", "Lai Châu", '=HYPERLINK("http://x","bấm")', "Điện Biên"];
  const all = [
    ...full("Hoà Bình", { "I.1": [20, 19], "C.1": 1 }), // 99 + 1 = 100 (cluster scored I.1 at 19)
    ...full("Sơn La", { "I.2": 15, "T.1": 1 }), // 95 − 3 = 92
    ...full("Lai Châu", { "I.2": 15, "T.1": 1 }), // the same: a tie with Sơn La
    ...full('=HYPERLINK("http://x","bấm")', { "II.1": 10.5, "C.2": 1.25 }), // 95.5 + 1.25 = 96.75
    ...full("Điện Biên", { "DK.1": "Không đạt", "III.2": 1 }), // 99.5, gate failed → ineligible
  ];
  return evaluateCluster(template, names.map((name) => ({ name })), all);
}

describe("summaryRows", () => {
  it("header from the catalogue, units in the domain's rank order, numbers as numbers", () => {
    const r = cluster();
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    const rows = summaryRows(r);
    expect(rows[0]).toEqual(["STT", "Đơn vị", "Tự chấm", "Cụm chấm", "Cộng", "Trừ", "Tổng", "Xếp hạng", "Xếp loại", "Đủ điều kiện", "Đề nghị khen thưởng"]);
    expect(rows.slice(1).map((row) => row[1])).toEqual(r.order.map((i) => r.units[i]!.name));
    expect(rows.slice(1)).toEqual([
      [1, "Hoà Bình", 101, 99, 1, 0, 100, 1, "Xuất sắc", "Có", "Cờ thi đua"],
      [2, "Điện Biên", 99.5, 99.5, 0, 0, 99.5, 2, "Xuất sắc", "Không", ""],
      [3, '=HYPERLINK("http://x","bấm")', 96.75, 95.5, 1.25, 0, 96.75, 3, "Xuất sắc", "Có", "Bằng khen"],
      // Tied at rank 4 for the last Bằng khen place: both are flagged for a vote (bình xét), like the workbook's awardLabel.
      [4, "Lai Châu", 92, 95, 0, 3, 92, 4, "Xuất sắc", "Có", "Bằng khen – Bình xét (còn 1 suất)"],
      [5, "Sơn La", 92, 95, 0, 3, 92, 4, "Xuất sắc", "Có", "Bằng khen – Bình xét (còn 1 suất)"],
    ]);
  });

  it("an empty band is the unclassified label; header adds % for percentOfOwnMax", () => {
    const r = cluster();
    const noBand = { ...r, units: r.units.map((u) => ({ ...u, band: null })) };
    expect(summaryRows(noBand).slice(1).every((row) => row[8] === "Không xếp loại")).toBe(true);
    expect(summaryHeader(true)).toContain("% điểm tối đa");
    expect(summaryHeader(true)).toHaveLength(12);
  });
});

describe("end to end: evaluateCluster → summaryRows → toCsv → readSummaryCsv", () => {
  it.each(["comma", "point"] as const)("gives back the same table (%s)", (decimal) => {
    const rows = summaryRows(cluster());
    const csv = toCsv(rows, { decimal });
    expect(readSummaryCsv(csv)).toEqual(rows);
    expect(csv).toContain(decimal === "comma" ? "\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\";96,75;95,5;1,25" : "\"'=HYPERLINK(\"\"http://x\"\",\"\"bấm\"\")\",96.75,95.5,1.25");
    expect(csv).toContain("Hoà Bình");
  });
});
