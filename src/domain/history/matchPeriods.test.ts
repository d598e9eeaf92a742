import { evaluateCluster } from "../cluster";
import { parseTemplate } from "../template/parse";
import { loadStandardTemplate } from "../../templates";
import { lookBackNotes } from "./lookBackNotes";
import { matchPeriods, type PeriodResults } from "./matchPeriods";
import { render } from "../../messages/message";

const period = (label: string, rows: [string, number, number, string, string][]): PeriodResults => ({
  label,
  units: rows.map(([name, total, rank, band, award]) => ({ name, total, rank, band, award })),
});

// Three years: 2026 is this period; 2025 and 2024 are earlier. "Công an tỉnh Hà Tây" was renamed
// "Công an tỉnh Hòa Bình" in this example's story; "Công an tỉnh Lai Châu" joined in 2025; "Thanh Hoá" is spelt "Thanh Hóa" now.
const Y2025 = period("2025", [
  ["Công an tỉnh Thanh Hoá", 95, 1, "Xuất sắc", "Cờ thi đua"],
  ["Công an tỉnh Hà Tây", 90, 2, "Xuất sắc", "Bằng khen"],
  ["Công an tỉnh Lai Châu", 80, 3, "Tốt", ""],
]);
const Y2024 = period("2024", [
  ["Công an tỉnh Thanh Hoá", 92, 2, "Xuất sắc", "Bằng khen"],
  ["Công an tỉnh Hà Tây", 94, 1, "Xuất sắc", "Cờ thi đua"],
  ["Công an tỉnh Sơn La", 70, 3, "Khá", ""],
]);
const NOW = [{ name: "Công an tỉnh Thanh Hóa" }, { name: "Công an tỉnh Hòa Bình", aliases: ["Công an tỉnh Hà Tây"] }, { name: "Công an tỉnh Lai Châu" }];

describe("matchPeriods: a three-year history", () => {
  const m = matchPeriods(NOW, [Y2025, Y2024], 2);

  it("matches Hoá/Hóa by identity and a renamed unit through its earlier name", () => {
    expect(m.history.units.map((u) => u.results.map((r) => r?.rank ?? null))).toEqual([
      [1, 2],
      [2, 1],
      [3, null],
    ]);
    expect(m.renamed).toEqual([
      { unit: "Công an tỉnh Hòa Bình", period: "2025", was: "Công an tỉnh Hà Tây" },
      { unit: "Công an tỉnh Hòa Bình", period: "2024", was: "Công an tỉnh Hà Tây" },
    ]);
  });

  it("a unit that joined late has no result before it joined; a unit that left is listed as unmatched", () => {
    expect(m.history.units[2]!.results[1]).toBeNull();
    expect(m.unmatched).toEqual([{ period: "2024", name: "Công an tỉnh Sơn La", near: null }]);
    expect(m.history.periods).toEqual(["2025", "2024"]);
  });

  it("keeps only as many periods as the sheet has room for", () => {
    expect(matchPeriods(NOW, [Y2025, Y2024], 1).history.units[0]!.results).toHaveLength(1);
  });

  it("an earlier name spelt without diacritics is offered as a near match, not matched", () => {
    const r = matchPeriods([{ name: "Công an tỉnh Hòa Bình" }], [period("2025", [["Cong an tinh Hoa Binh", 1, 1, "", ""]])], 2);
    expect(r.unmatched).toEqual([{ period: "2025", name: "Cong an tinh Hoa Binh", near: "Công an tỉnh Hòa Bình" }]);
  });

  it("the award rule 'Xuất sắc 2 năm liên tục' follows the history, and says why a unit is not eligible", () => {
    const base = loadStandardTemplate("blank-100").input as unknown as Record<string, unknown>;
    const bands = [{ label: "Xuất sắc", min: 90, max: 100 }, { label: "Tốt", min: 0, max: 89.99 }];
    const parsed = parseTemplate({ ...base, bands, awards: [{ id: "co", title: "Cờ thi đua", quota: { count: 3 }, bands: ["Xuất sắc"], previous: { periods: 2, bands: ["Xuất sắc"] } }] });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const t = parsed.template;
    const value = (l: (typeof t.leaves)[number]) => (l.kind === "gate" ? "Đạt" : l.kind === "scored" ? l.max : 0);
    const entries = NOW.flatMap((u) => t.leaves.map((l) => ({ unit: u.name, criterion: l.code, self: value(l) })));
    const res = evaluateCluster(t, NOW.map((u, i) => ({ name: u.name, history: m.history.units[i]!.results })), entries);
    expect(res.units.map((u) => u.award?.status ?? null)).toEqual(["proposed", "proposed", null]);
    const notes = lookBackNotes(res).map((n) => `${n.unit.name}: ${render(n.note, "vi-VN")}`);
    expect(notes).toEqual(["Công an tỉnh Lai Châu: Chưa đủ điều kiện Cờ thi đua: cần “Xuất sắc” trong 2 kỳ liền trước; 1 kỳ trước: “Tốt”."]);
  });
});
