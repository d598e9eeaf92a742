import ExcelJS from "exceljs";
import { evaluateCluster, type EntryInput } from "../domain";
import { loadStandardTemplate } from "../templates";
import { clusterSummary } from "./clusterSummary";
import { readSummaryCsv } from "./readSummaryCsv";
import { toCsv } from "./csv";
import { safeText, summaryXlsx } from "./summaryXlsx";

const DANGEROUS = ['=HYPERLINK("http://x","bấm")', "+1 Sơn La", "@SUM(A1)", "-2 Lai Châu"];

function cluster() {
  const t = loadStandardTemplate("blank-100");
  const full = (unit: string, over: Record<string, EntryInput["self"]> = {}): EntryInput[] =>
    Object.entries({ "I.1": 20, "I.2": 20, "I.3": 20, "II.1": 15, "II.2": "Đạt", "III.1": "Đạt", "III.2": 0, "C.1": 0, "C.2": 0, "T.1": 0, "T.2": 0, "DK.1": "Đạt", ...over }).map(
      ([criterion, self]) => ({ unit, criterion, self }),
    );
  const units = ["Hoà Bình", ...DANGEROUS];
  const entries = [...full("Hoà Bình"), ...full(DANGEROUS[0]!, { "I.1": 19 }), ...full(DANGEROUS[1]!, { "I.1": 18 }), ...full(DANGEROUS[2]!, { "DK.1": "Không đạt" }), ...full(DANGEROUS[3]!, { "I.1": 10 })];
  return evaluateCluster(t, units.map((name) => ({ name })), entries);
}

describe("summary .xlsx", () => {
  const result = cluster();
  const summary = clusterSummary(result, { clusterName: "=Cụm số 1", period: "2025", meeting: { nextHead: "@Hội CCB", nextDeputy: "Hoà Bình" } });

  it("safeText prefixes what a spreadsheet would run, like the CSV", () => {
    expect(DANGEROUS.map(safeText)).toEqual(DANGEROUS.map((d) => `'${d}`));
    expect(safeText("Hoà Bình")).toBe("Hoà Bình");
    expect(safeText("'=x")).toBe("''=x");
    expect(safeText("Hoà".normalize("NFD"))).toBe("Hoà");
  });

  it("writes values only; formula-like unit names, cluster name and inputs are neutralised", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await summaryXlsx(summary, 2)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const texts: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === "string") texts.push(cell.value);
      }),
    );
    expect(texts.filter((s) => /^[=+\-@\t\r]/.test(s))).toEqual([]);
    for (const d of DANGEROUS) expect(texts).toContain(`'${d}`);
    expect(texts).toContain("'=Cụm số 1");
    expect(texts).toContain("'@Hội CCB");
    // The table: the summary's rows, numbers as numbers, texts prefixed.
    const rows = summary.table.map((row, r) => row.map((_, c) => ws.getCell(5 + r, c + 1).value));
    expect(rows).toEqual(summary.table.map((row) => row.map((v) => (typeof v === "number" ? v : safeText(v)))));
  });

  it("the CSV of the same summary round-trips through the reader, names intact", () => {
    for (const decimal of ["comma", "point"] as const) {
      const csv = toCsv(summary.table, { decimal });
      for (const d of DANGEROUS) expect(csv).toContain(`"'${d.replace(/"/g, '""')}"`);
      expect(readSummaryCsv(csv)).toEqual(summary.table);
    }
  });

  it("award proposals and ineligible units come from the domain", () => {
    expect(summary.awards).toEqual([
      { id: "co-thi-dua", title: "Cờ thi đua", quota: 1, proposed: ["Hoà Bình"], vote: null },
      { id: "bang-khen", title: "Bằng khen", quota: 2, proposed: ['=HYPERLINK("http://x","bấm")', "+1 Sơn La"], vote: null },
    ]);
    expect(summary.ineligible).toEqual([{ unit: "@SUM(A1)", reason: "không đạt điều kiện DK.1" }]);
  });
});
