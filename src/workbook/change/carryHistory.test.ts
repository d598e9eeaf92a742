import type { ClusterHistory } from "../../domain/history/types";
import { carryHistory } from "./carryHistory";

const past = (rank: number) => ({ total: 90, rank, band: "Xuất sắc", award: null });
const H: ClusterHistory = {
  periods: ["2025", "2024"],
  units: [
    { aliases: [], results: [past(1), past(2)] },
    { aliases: ["Công an tỉnh Hà Tây"], results: [past(2), null] },
  ],
};

describe("carryHistory", () => {
  it("follows each unit by identity when the list is reordered, respelt or grows; a newcomer has no results", () => {
    const out = carryHistory(H, ["Công an tỉnh Thanh Hoá", "Công an tỉnh Hòa Bình"], ["Công an tỉnh Hoà Bình", "Công an tỉnh Lai Châu", "CÔNG AN TỈNH THANH HÓA"]);
    expect(out.periods).toEqual(["2025", "2024"]);
    expect(out.units.map((u) => u.results.map((r) => r?.rank ?? null))).toEqual([[2, null], [], [1, 2]]);
    expect(out.units[0]!.aliases).toEqual(["Công an tỉnh Hà Tây"]);
  });
  it("a unit given its earlier name again finds its results through it", () => {
    expect(carryHistory(H, ["A", "Công an tỉnh Hòa Bình"], ["Công an tỉnh Hà Tây"]).units[0]!.results).toHaveLength(2);
  });
});
