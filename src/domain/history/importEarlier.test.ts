import { currentUnits, importEarlier, type EarlierImport } from "./importEarlier";
import type { ClusterHistory, PastResult } from "./types";

const r = (total: number, band: string | null = null): PastResult => ({ total, rank: null, band, award: null });
const period = (label: string, units: Record<string, number>) => ({ label, units: Object.entries(units).map(([name, total]) => ({ name, ...r(total) })) });
const UNITS = ["Hà Giang", "Hòa Bình", "Sơn La"];

describe("importEarlier", () => {
  it("without a typed history: the files' periods matched to the units, an earlier name used, the rest reported", () => {
    const earlier: EarlierImport = { periods: [period("2025", { "Hà Giang": 90, "Hà Tây": 80, "Lai Chau": 70 }), period("2024", { "Sơn La": 60 })], renamed: [{ was: "Hà Tây", now: "Hoà Bình" }] };
    const got = importEarlier(UNITS, null, earlier, 2);
    expect(got.history.periods).toEqual(["2025", "2024"]);
    expect(got.history.units.map((u) => u.results.map((x) => x?.total ?? null))).toEqual([[90, null], [80, null], [null, 60]]);
    expect(got.history.units[1]!.aliases).toEqual(["Hà Tây"]);
    expect(got.match.renamed).toEqual([{ unit: "Hòa Bình", period: "2025", was: "Hà Tây" }]);
    expect(got.match.unmatched).toEqual([{ period: "2025", name: "Lai Chau", near: null }]);
    expect(got.filled).toEqual(["2025", "2024"]);
    expect(got.kept).toEqual([]);
    expect(got.dropped).toEqual([]);
  });

  it("keeps what is typed: a unit typed in the same period keeps its result (the differing import is reported), blank units are filled", () => {
    const typed: ClusterHistory = { periods: ["2025", ""], units: [{ aliases: [], results: [r(91, "Xuất sắc"), null] }, { aliases: ["Hà Tây"], results: [null, null] }, { results: [r(50), null] }] };
    const earlier: EarlierImport = { periods: [period("2025", { "Hà Giang": 90, "Hà Tây": 80, "Sơn La": 50 })], renamed: [] };
    const got = importEarlier(UNITS, typed, earlier, 2);
    expect(got.history.periods).toEqual(["2025"]);
    expect(got.history.units.map((u) => u.results[0]?.total ?? null)).toEqual([91, 80, 50]);
    expect(got.history.units[0]!.results[0]!.band).toBe("Xuất sắc");
    expect(got.kept).toEqual([{ period: "2025", unit: "Hà Giang", typed: r(91, "Xuất sắc"), imported: r(90) }]);
    expect(got.filled).toEqual(["2025"]);
    expect(got.match.renamed).toEqual([{ unit: "Hòa Bình", period: "2025", was: "Hà Tây" }]);
  });

  it("orders typed and imported years together; a typed period keeps its place, an imported one without room is left out", () => {
    const typed: ClusterHistory = { periods: ["2023", "2022"], units: UNITS.map(() => ({ results: [r(1), r(2)] })) };
    const got = importEarlier(UNITS, typed, { periods: [period("2024", { "Hà Giang": 3 })], renamed: [] }, 2);
    expect(got.history.periods).toEqual(["2023", "2022"]);
    expect(got.dropped).toEqual(["2024"]);
    expect(got.filled).toEqual([]);
    const roomy = importEarlier(UNITS, typed, { periods: [period("2024", { "Hà Giang": 3 })], renamed: [] }, 3);
    expect(roomy.history.periods).toEqual(["2024", "2023", "2022"]);
    expect(roomy.history.units[0]!.results.map((x) => x?.total ?? null)).toEqual([3, 1, 2]);
  });

  it("puts new periods after the typed ones when the labels are not all years; a typed blank label with results stays", () => {
    const typed: ClusterHistory = { periods: ["", "6 tháng 2025"], units: [{ results: [r(1), null] }, { results: [null, null] }, { results: [null, null] }] };
    const got = importEarlier(UNITS, typed, { periods: [period("Năm 2024", { "Sơn La": 7 })], renamed: [] }, 3);
    expect(got.history.periods).toEqual(["", "6 tháng 2025", "Năm 2024"]);
    expect(got.history.units[2]!.results).toEqual([null, null, r(7)]);
  });
});

describe("currentUnits", () => {
  it("joins the typed earlier names and those given for the unit (any spelling), without repeating one", () => {
    const typed: ClusterHistory = { periods: [], units: [{ aliases: ["Hà Tây"], results: [] }, { results: [] }, { results: [] }] };
    const got = currentUnits(UNITS, typed, [{ was: "HÀ TÂY", now: "ha giang" }, { was: "Mộc Châu", now: "Sơn La" }]);
    expect(got.map((u) => u.aliases)).toEqual([["Hà Tây"], [], ["Mộc Châu"]]);
  });
});
