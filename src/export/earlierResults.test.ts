import { evaluateCluster } from "../domain";
import { importEarlier } from "../domain/history/importEarlier";
import { render } from "../messages/message";
import { loadStandardTemplate } from "../templates";
import { buildPlan } from "../workbook/buildPlan";
import { renderPlan } from "../xlsx/renderPlan";
import * as clusterWorkbook from "../xlsx/readClusterWorkbook";
import { toCsv } from "./csv";
import { earlierImport, historyNotes, orderPeriods, parseRenamed, readEarlierFile } from "./earlierResults";
import { summaryRows } from "./summaryTable";

jest.mock("../xlsx/readClusterWorkbook", () => {
  const actual = jest.requireActual<typeof import("../xlsx/readClusterWorkbook")>("../xlsx/readClusterWorkbook");
  return { ...actual, readClusterWorkbook: jest.fn(actual.readClusterWorkbook), readClusterXlsx: jest.fn(actual.readClusterXlsx) };
});

const UNITS = ["Hà Giang", "Hòa Bình"];
const past = (total: number) => ({ total, rank: 1, band: "Xuất sắc", award: null });

async function workbook2025(): Promise<Uint8Array> {
  const t = loadStandardTemplate("blank-100");
  const history = { periods: ["2024", ""], units: [{ aliases: [], results: [past(88), null] }, { aliases: ["Hà Tây"], results: [past(77), null] }] };
  return new Uint8Array(await renderPlan(buildPlan(t, { name: "Cụm 1", period: "2025", units: UNITS, history })));
}

describe("readEarlierFile", () => {
  beforeEach(() => jest.clearAllMocks());

  it("an earlier ThiDua workbook gives its period, then the periods of its Lịch sử and its earlier names, from one parse", async () => {
    const read = await readEarlierFile("so-2025.xlsx", await workbook2025());
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.value.periods.map((p) => p.label)).toEqual(["2025", "2024"]);
    expect(read.value.periods[0]!.units.map((u) => u.name).sort()).toEqual([...UNITS].sort());
    expect(read.value.periods[1]!.units).toEqual([{ name: "Hà Giang", ...past(88) }, { name: "Hòa Bình", ...past(77) }]);
    expect(read.value.renamed).toEqual([{ was: "Hà Tây", now: "Hòa Bình" }]);
    expect(clusterWorkbook.readClusterWorkbook).toHaveBeenCalledTimes(1);
    expect(clusterWorkbook.readClusterXlsx).not.toHaveBeenCalled();
  });

  it("a summary CSV gives one period named after the file, and no earlier names", async () => {
    const t = loadStandardTemplate("blank-100");
    const csv = toCsv(summaryRows(evaluateCluster(t, UNITS.map((name) => ({ name })), [])), { decimal: "comma" });
    const read = await readEarlierFile("Cụm 1 2023.csv", new TextEncoder().encode(csv));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.value.periods.map((p) => [p.label, p.units.length])).toEqual([["Cụm 1 2023", 2]]);
    expect(read.value.renamed).toEqual([]);
  });

  it("a file that is no results names the file", async () => {
    const read = await readEarlierFile("ghi-chu.xlsx", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(render(read.errors[0]!, "vi-VN")).toContain("ghi-chu.xlsx");
  });
});

describe("earlier files together", () => {
  const p = (label: string, name = "Hà Giang") => ({ label, units: [{ name, ...past(1) }] });

  it("parseRenamed takes “was=now” with both sides, trimmed", () => {
    expect(parseRenamed(" Hà Tây = Hòa Bình ")).toEqual(["Hà Tây", "Hòa Bình"]);
    expect(parseRenamed("Hà Tây")).toBeNull();
    expect(parseRenamed("=Hòa Bình")).toBeNull();
  });

  it("orderPeriods: years most recent first, the first file naming a period wins; other labels keep their order", () => {
    expect(orderPeriods([p("2023"), p("2025", "A"), p("2025", "B"), p("2024")]).map((x) => [x.label, x.units[0]!.name])).toEqual([["2025", "A"], ["2024", "Hà Giang"], ["2023", "Hà Giang"]]);
    expect(orderPeriods([p("6 tháng"), p("2025")]).map((x) => x.label)).toEqual(["6 tháng", "2025"]);
  });

  it("earlierImport puts the files' earlier names before the user's; historyNotes says what was filled, left out, matched and not", () => {
    const files = [{ file: "a.xlsx", periods: [p("2024"), p("2022", "Lai Chau")], renamed: [{ was: "X", now: "Hà Giang" }] }, { file: "b.csv", periods: [p("2023")], renamed: [] }];
    const imp = earlierImport(files, [{ was: "Hà Tây", now: "Hòa Bình" }]);
    expect(imp.periods.map((x) => x.label)).toEqual(["2024", "2023", "2022"]);
    expect(imp.renamed.map((r) => r.was)).toEqual(["X", "Hà Tây"]);
    const notes = historyNotes(importEarlier(["Hà Giang", "Lai Châu"], null, imp, 2), 2).map((n) => render(n, "en-US"));
    expect(notes[0]).toContain("2024, 2023");
    expect(notes[1]).toContain("2022");
    expect(notes).toHaveLength(2);
  });
});
