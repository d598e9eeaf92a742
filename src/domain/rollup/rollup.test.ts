import fc from "fast-check";
import { render } from "../../messages/message";
import { parseAwardLabel, parseQuota, rollup, type ClusterResults, type QuotaRule, type UnitResults } from ".";

const unit = (name: string, rank: number, total: number, award: string | null = null): UnitResults => ({
  name, total, percent: null, rank, band: null, awardLabel: award ?? "", award, awardStatus: award === null ? "none" : "proposed",
});
const cluster = (clusterName: string, hash: string | null, units: UnitResults[]): ClusterResults => ({
  file: `${clusterName}.xlsx`, source: hash === null ? "summaryCsv" : "workbook", clusterName, period: "2025", template: { id: hash, title: hash, hash }, units,
});
const rule = (text: string): QuotaRule => {
  const p = parseQuota(text);
  if (!p.ok) throw new Error(render(p.error, "en-US"));
  return p.rule;
};

describe("parseQuota", () => {
  it("reads a plain cap, a share of all units and a share of other awards' proposals", () => {
    expect(rule("Cờ thi đua=3").cap).toEqual({ kind: "count", count: 3 });
    expect(rule("Bằng khen = 20%").cap).toEqual({ kind: "share", percent: 20, of: [] });
    expect(rule("Cờ Chính phủ=12,5%:of=Cờ Bộ+Cờ Chính phủ")).toMatchObject({ award: "Cờ Chính phủ", cap: { kind: "share", percent: 12.5, of: ["Cờ Bộ", "Cờ Chính phủ"] } });
  });

  it("refuses what it cannot read with the quota and an example", () => {
    const error = (text: string) => {
      const p = parseQuota(text);
      return p.ok ? "" : render(p.error, "en-US");
    };
    expect(error("Cờ thi đua")).toContain('--quota "Cờ thi đua": write <award>=<number>');
    expect(error("Cờ=ba")).toContain("whole number");
    expect(error("Cờ=120%")).toContain("at most 100");
    expect(error("Cờ=3:of=Bằng khen")).toContain("only after a percentage");
    expect(error("Cờ=20%:from=Bằng khen")).toContain("of=<award>");
  });
});

describe("parseAwardLabel (an export's award column)", () => {
  it("tells proposed, vote, pending and none apart", () => {
    expect(parseAwardLabel("Cờ thi đua")).toEqual({ award: "Cờ thi đua", status: "proposed" });
    expect(parseAwardLabel("Bằng khen – Bình xét (còn 1 suất); nếu không: Giấy khen")).toEqual({ award: "Bằng khen", status: "vote" });
    expect(parseAwardLabel("Chờ xác nhận điều kiện")).toEqual({ award: null, status: "pending" });
    expect(parseAwardLabel(" ")).toEqual({ award: null, status: "none" });
  });
});

describe("rollup", () => {
  const a = cluster("Cụm A", "h1", [unit("Hà Giang", 1, 96, "Cờ thi đua"), unit("Yên Bái", 2, 92, "Bằng khen")]);
  const b = cluster("Cụm B", "h1", [unit("Lào Cai", 1, 98, "Cờ thi đua"), unit("Hoà Bình", 2, 90)]);
  const c = cluster("Cụm C", "h2", [unit("Sơn La", 1, 70, "Cờ thi đua"), unit("Hòa Bình", 2, 60, "Bằng khen")]);
  const d = cluster("Cụm D", null, [unit("Ha Giang", 1, 99, "Cờ thi đua")]);

  it("compares totals only between clusters of one template, and says why the others are not compared", () => {
    const r = rollup([a, b, c, d], []);
    expect(r.comparison.groups).toEqual([{ hash: "h1", templateTitle: "h1", clusters: [0, 1] }]);
    expect(r.comparison.notCompared).toEqual([{ cluster: 2, reason: "templateDiffers" }, { cluster: 3, reason: "noTemplateHash" }]);
    expect(r.rows.map((x) => [x.unit.name, x.crossRank])).toEqual([["Hà Giang", 2], ["Yên Bái", 3], ["Lào Cai", 1], ["Hoà Bình", 4], ["Sơn La", null], ["Hòa Bình", null], ["Ha Giang", null]]);
  });

  it("flags the same unit in two clusters (tone-mark placement folded), and names alike but for accents as possible", () => {
    const r = rollup([a, b, c, d], []);
    const shown = r.duplicates.map((x) => [x.exact, x.units.map((u) => `${u.unit.name}/${u.cluster}`)]);
    expect(shown).toEqual([[true, ["Hoà Bình/1", "Hòa Bình/2"]], [false, ["Hà Giang/0", "Ha Giang/3"]]]);
    expect(r.rows.find((x) => x.unit.name === "Hoà Bình")!.alsoIn).toEqual(["Cụm C"]);
  });

  it("lists a quota's units by rank in cluster, then total where comparable, and marks those beyond the cap", () => {
    const r = rollup([a, b, c, d], [rule("cờ thi đua=2"), rule("Cờ thi đua=50%:of=Bằng khen+Cờ thi đua")]);
    const [plain, share] = r.quotas;
    expect(plain!.proposed.map((u) => u.unit.name)).toEqual(["Lào Cai", "Hà Giang", "Sơn La", "Ha Giang"]);
    expect([plain!.cap, plain!.excess]).toEqual([2, 2]);
    expect([share!.base, share!.cap, share!.excess]).toEqual([6, 3, 1]);
    expect(r.rows.find((x) => x.unit.name === "Ha Giang")!.overQuota).toEqual(["cờ thi đua=2", "Cờ thi đua=50%:of=Bằng khen+Cờ thi đua"]);
    expect(r.rows.find((x) => x.unit.name === "Lào Cai")!.overQuota).toEqual([]);
  });

  const arbitraryClusters = fc.array(
    fc.record({ hash: fc.constantFrom("h1", "h2", null), units: fc.array(fc.tuple(fc.constantFrom("A", "B", "C", "D", "E", "F"), fc.integer({ min: 0, max: 100 }), fc.boolean()), { maxLength: 6 }) }),
    { minLength: 1, maxLength: 5 },
  ).map((cs) => cs.map((c, i) => cluster(`Cụm ${i}`, c.hash, c.units.map(([name, total, proposed], k) => unit(`${name}${k}`, k + 1, total, proposed ? "Cờ" : null)))));

  it("keeps every unit of every cluster exactly once, in cluster then rank order (property)", () => {
    fc.assert(
      fc.property(arbitraryClusters, (clusters) => {
        const r = rollup(clusters, []);
        expect(r.rows.map((x) => [x.cluster, x.unit])).toEqual(clusters.flatMap((c, i) => c.units.map((u) => [i, u])));
      }),
    );
  });

  it("counts the excess as max(0, proposed − cap) and marks exactly that many units (property)", () => {
    fc.assert(
      fc.property(arbitraryClusters, fc.integer({ min: 0, max: 10 }), (clusters, cap) => {
        const r = rollup(clusters, [rule(`Cờ=${cap}`)]);
        const proposed = clusters.flatMap((c) => c.units).filter((u) => u.award === "Cờ").length;
        expect(r.quotas[0]!.excess).toBe(Math.max(0, proposed - cap));
        expect(r.rows.filter((x) => x.overQuota.length > 0)).toHaveLength(Math.max(0, proposed - cap));
      }),
    );
  });
});
