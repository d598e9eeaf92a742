/**
 * The scoring rules and results published in real tables (see
 * /work/shared/reference/scoring-tables/), run through the standard templates.
 * Every expected number below is taken from the published source or computed by hand from its rules.
 */
import { loadStandardTemplate } from "../templates";
import { entriesFor, fullMarks } from "../../test/fixtures/domain/builders";
import { checkTemplate, classify, evaluateCluster, leafPoints, readEntry } from "./index";
import { isUsable as usable } from "./scoring/entryValue";


describe("Hội CCB Cụm 3 (ccb-cum-3-thang-90): the four published scores", () => {
  // observed_application: Hòa Bình 89, Hòa Hưng 88,25, Bàu Lâm 87, Tân Lâm 87,25 – "cả 4 đạt TSVM xuất sắc; Hòa Bình dẫn đầu Cụm 3"
  const t = loadStandardTemplate("ccb-cum-3-thang-90");
  // Full marks: 10 + 10 + 10 + 10 + 5 (Đạt) + 8 + 7 + 10 + 10 + 5 + 5 (0 late reports) = 90
  const full = { "I.1": 10, "I.2": 10, "II.1": 10, "II.2": 10, "II.3": "Đạt", "III.1": 8, "III.2": 7, "IV.1": 10, "IV.2": 10, "V.1": 5, "V.2": 0 };
  const units = ["Hòa Bình", "Hòa Hưng", "Bàu Lâm", "Tân Lâm"];
  const entries = [
    ...entriesFor("Hòa Bình", { ...full, "IV.2": 9 }), // 90 − 1 = 89
    ...entriesFor("Hoà Hưng", { ...full, "II.1": 9, "V.2": 3 }), // 90 − 1 − 3 × 0,25 = 88,25 (old tone placement in the entries)
    ...entriesFor("Bàu Lâm", { ...full, "I.1": 9, "III.1": 7, "IV.1": 9 }), // 90 − 3 = 87
    ...entriesFor("Tân Lâm".normalize("NFD"), { ...full, "I.2": 9.5, "II.2": 9.25, "V.1": 3.5 }), // 90 − 0,5 − 0,75 − 1,5 = 87,25
  ];
  const r = evaluateCluster(t, units.map((name) => ({ name })), entries);

  it("reads every entry cleanly", () => {
    expect(r.findings).toEqual([]);
  });

  it("totals are the published scores", () => {
    expect(r.units.map((u) => [u.name, u.final.total])).toEqual([
      ["Hòa Bình", 89],
      ["Hòa Hưng", 88.25],
      ["Bàu Lâm", 87],
      ["Tân Lâm", 87.25],
    ]);
  });

  it("ranks 1 Hòa Bình, 2 Hòa Hưng, 3 Tân Lâm, 4 Bàu Lâm, all TSVM xuất sắc", () => {
    expect(r.order.map((i) => [r.units[i]!.name, r.units[i]!.rank, r.units[i]!.band])).toEqual([
      ["Hòa Bình", 1, "TSVM xuất sắc"],
      ["Hòa Hưng", 2, "TSVM xuất sắc"],
      ["Tân Lâm", 3, "TSVM xuất sắc"],
      ["Bàu Lâm", 4, "TSVM xuất sắc"],
    ]);
    expect(r.units.every((u) => u.tie === null)).toBe(true);
  });

  it("the integer bands leave gaps the check reports with quarter-point examples", () => {
    const gaps = checkTemplate(t).filter((i) => i.message.id === "check.bandsGap");
    expect(gaps.map((g) => g.message.params.example).sort()).toEqual([60.25, 70.25, 80.25]);
  });

  it("a score in the 80–81 gap is classified in the lower band (template: lowerBand)", () => {
    expect(classify(t, 80.25)).toBe("TSVM tiên tiến");
    expect(classify(t, 80.75)).toBe("TSVM tiên tiến");
    expect(classify(t, 81)).toBe("TSVM xuất sắc");
    expect(classify(t, 60)).toBe("Đơn vị yếu");
  });
});

describe("Công đoàn ĐH Sài Gòn (cd-dhsg-cdbp-2021): 'Tổng điểm >= 90 … >= 85 … >= 50 … < 50'", () => {
  const t = loadStandardTemplate("cd-dhsg-cdbp-2021");

  it.each([
    [100, "Hoàn thành xuất sắc"],
    [90, "Hoàn thành xuất sắc"],
    [89.99, "Hoàn thành tốt"],
    [85, "Hoàn thành tốt"],
    [84.5, "Hoàn thành"],
    [50, "Hoàn thành"],
    [49.5, "Không hoàn thành"],
    [0, "Không hoàn thành"],
  ])("%p → %s", (score, band) => {
    expect(classify(t, score)).toBe(band);
  });

  it("a unit losing half a point on one item ends in 'Hoàn thành xuất sắc' at 99,5 and one losing 10,5 in 'Hoàn thành tốt'", () => {
    const full = fullMarks(t);
    const r = evaluateCluster(t, [{ name: "Khoa Toán" }, { name: "Phòng Đào tạo" }], [
      ...entriesFor("Khoa Toán", { ...full, CTTC001: 2.5 }),
      ...entriesFor("Phòng Đào tạo", { ...full, CTTC011: 0, CTTC012: 2.5 }), // −9 − 1,5
    ]);
    expect(r.findings).toEqual([]);
    expect(r.units.map((u) => [u.final.total, u.band, u.rank])).toEqual([
      [99.5, "Hoàn thành xuất sắc", 1],
      [89.5, "Hoàn thành tốt", 2],
    ]);
  });
});

describe("Công an Quảng Trị cụm 347 (ca-quang-tri-cum-347-2025): Điều 6 worked examples", () => {
  const t = loadStandardTemplate("ca-quang-tri-cum-347-2025");
  const c21 = t.leaves.find((l) => l.code === "21")!; // a 5-point quantitative target (relativeToBest)

  it("criterion 21 is a 5-point target scored relative to the cluster's best", () => {
    expect(c21.max).toBe(5);
    expect(c21.method).toEqual({ type: "relativeToBest" });
  });

  it("A missed (80 %) → ½ x 5 x 80% = 2; B met → 2,5; C leads (+100 %) → 5; D +50 % → 2,5 + (50 : 100 x 2,5) = 3,75", () => {
    const names = ["Đơn vị A", "Đơn vị B", "Đơn vị C", "Đơn vị D"];
    const pct = [80, 100, 200, 150];
    const r = evaluateCluster(
      t,
      names.map((name) => ({ name })),
      names.map((unit, i) => ({ unit, criterion: "21", self: pct[i] })),
    );
    const li = t.leaves.indexOf(c21);
    expect(r.units.map((u) => u.final.items[li])).toEqual([2, 2.5, 5, 3.75]);
    expect(r.units.map((u) => u.final.byCode.get("21"))).toEqual([2, 2.5, 5, 3.75]);
  });

  it("the leader is found per column: self and cluster (thẩm định) scores each have their own best", () => {
    const r = evaluateCluster(t, [{ name: "C" }, { name: "D" }], [
      { unit: "C", criterion: "21", self: 200, cluster: 150 },
      { unit: "D", criterion: "21", self: 150, cluster: 150 },
    ]);
    const li = t.leaves.indexOf(c21);
    expect(r.units.map((u) => u.self.items[li])).toEqual([5, 3.75]);
    expect(r.units.map((u) => u.final.items[li])).toEqual([5, 5]);
  });

  it("a unit without the 10-point target '20' has maximum 990 and is ranked by % of it", () => {
    const full = fullMarks(t);
    const r = evaluateCluster(t, [{ name: "Công an xã Lệ Thủy" }, { name: "Công an xã Cam Hồng" }, { name: "Công an xã Tân Mỹ" }], [
      // 990 of 990 → 100 %
      ...entriesFor("Công an xã Lệ Thủy", { ...full, "20": "N/A" }),
      // target 20 met (not exceeded): 5 of 10 → 995 of 1000 = 99,5 %
      ...entriesFor("Công an xã Cam Hồng", { ...full, "20": 100 }),
      // target 20 exceeded and best: 10; loses III.4 (25) → 975 of 1000 = 97,5 %
      ...entriesFor("Công an xã Tân Mỹ", { ...full, "20": 130, "III.4": 0 }),
    ]);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(r.units.map((u) => [u.final.ownMax, u.final.total, u.rankValue, u.rank])).toEqual([
      [990, 990, 100, 1],
      [1000, 995, 99.5, 2],
      [1000, 975, 97.5, 3],
    ]);
  });

  it("qualitative items score the maximum or 0 ('hoàn thành = điểm tối đa; không hoàn thành = 0')", () => {
    const c1 = t.leaves.find((l) => l.code === "1")!;
    for (const [raw, pts] of [["Đạt", 50], ["Không đạt", 0]] as const) {
      const v = readEntry(c1, raw).value;
      expect(usable(c1, v) && leafPoints(c1, v.value, 0)).toBe(pts);
    }
  });
});

describe("Sở TN&MT Tiền Giang (tnmt-tien-giang-2022)", () => {
  const t = loadStandardTemplate("tnmt-tien-giang-2022");
  const pointsFor = (code: string, raw: number) => {
    const leaf = t.leaves.find((l) => l.code === code)!;
    const v = readEntry(leaf, raw).value;
    return usable(leaf, v) ? leafPoints(leaf, v.value, 0) : NaN;
  };

  it.each([
    [0, 3],
    [1, 2.5],
    [3, 1.5],
    [4, 1.5],
  ])("a1 (điểm chuẩn 3, 'trừ 0,5 điểm' each, 'không quá 1,5'): %p cases → %p", (count, pts) => {
    expect(pointsFor("a1", count)).toBe(pts);
  });

  it.each([
    [3, 0.6],
    [5, 1],
    [7, 1],
  ])("4.3.1 ('+0,2 điểm/bài, tổng không quá 1'): %p articles → %p", (count, pts) => {
    expect(pointsFor("TH.4.3", count)).toBeCloseTo(pts, 10);
  });

  it("bonus is uncapped: full marks plus Thưởng rows exceed 100 (the agreed result was 118,4/100)", () => {
    const full = fullMarks(t);
    const r = evaluateCluster(t, [{ name: "Phòng TN&MT thị xã Cai Lậy" }], entriesFor("Phòng TN&MT thị xã Cai Lậy", {
      ...full,
      "TH.a4": 2, // a4.2.2: +2
      "TH.d1": 2, // d1.5: +2
      "TH.4.3": 3, // 3 bài: +0,6
    }));
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
    const u = r.units[0]!;
    expect(u.final.scored).toBe(100);
    expect(u.final.bonus).toBeCloseTo(4.6, 10);
    expect(u.final.total).toBe(104.6);
  });

  it("the 5.2 gate leaves a unit unclassified", () => {
    expect(t.gateEffect).toBe("unclassified");
    const full = fullMarks(t);
    const r = evaluateCluster(t, [{ name: "X" }], entriesFor("X", { ...full, "DK.5.2": "Không đạt" }));
    expect(r.units[0]!.band).toBeNull();
    expect(r.units[0]!.eligible).toBe(false);
  });
});
