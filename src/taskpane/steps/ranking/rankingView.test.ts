import { DEMO } from "../../../cli/commands/demo";
import { evaluateCluster } from "../../../domain/cluster";
import { loadStandardTemplate } from "../../../templates";
import { rankingView } from "./rankingView";

describe("rankingView (the CLI demo: a 3-way tie at 92, a vote for the last Bằng khen, Phú Thọ ineligible)", () => {
  const result = evaluateCluster(loadStandardTemplate(DEMO.templateId), DEMO.units.map((name) => ({ name })), DEMO.entries);
  const view = rankingView(result);

  it("lists the units best first with rank, total, band and award", () => {
    expect(view.rows.map((r) => [r.rank, r.unit, r.total, r.band, r.award?.status ?? null])).toEqual([
      [1, "Hà Giang", 96.5, "Xuất sắc", "proposed"],
      [2, "Tuyên Quang", 92, "Xuất sắc", "proposed"],
      [3, "Vĩnh Phúc", 92, "Xuất sắc", "needsVote"],
      [3, "Yên Bái", 92, "Xuất sắc", "needsVote"],
      [5, "Phú Thọ", 80, "Tốt", null],
    ]);
    expect([view.percent, view.rows[0]!.percent, view.precision]).toEqual([false, null, 2]);
  });

  it("gives one vote message per tied group, the ties in rank order and the ineligible units with their reasons", () => {
    expect(view.votes).toEqual([
      { id: "award.needsVote", params: { units: "Vĩnh Phúc, Yên Bái", rank: 3, slots: 1, award: "Bằng khen" } },
    ]);
    expect(view.ties.map((x) => x.unit)).toEqual(["Tuyên Quang", "Vĩnh Phúc", "Yên Bái"]);
    expect(view.ineligible).toEqual([{ unit: "Phú Thọ", reasons: [{ id: "award.gateFailed", params: { code: "DK.1" } }] }]);
    expect(view.errors).toBe(0);
  });

  it("uses the % of the own maximum for templates that rank by it", () => {
    const t = loadStandardTemplate("ca-quang-tri-cum-347-2025");
    const r = evaluateCluster(t, [{ name: "A" }, { name: "B" }], []);
    const v = rankingView(r);
    expect(v.percent).toBe(true);
    expect(v.rows.map((x) => x.percent)).toEqual(r.order.map((i) => r.units[i]!.rankValue));
  });
});

describe("rankingView: the disputed rules (issue 12)", () => {
  const t = loadStandardTemplate("blank-100");
  const entries = DEMO.entries.map((e) => (e.unit === "Hà Giang" && e.criterion === "DK.1" ? { ...e, self: undefined, cluster: undefined } : e));
  const view = rankingView(evaluateCluster(t, DEMO.units.map((name) => ({ name })), entries));

  it("a unit whose gate nobody decided keeps its rank, is not proposed and is listed as awaiting a decision", () => {
    expect(view.rows[0]).toMatchObject({ rank: 1, unit: "Hà Giang", award: null, pending: true });
    expect(view.pending).toEqual([{ unit: "Hà Giang", note: { id: "award.gatePending", params: { codes: "DK.1" } } }]);
  });

  it("its place goes to the units below (they are proposed as if it were not a candidate yet)", () => {
    expect(view.rows.map((r) => r.award?.status ?? null)).toEqual([null, "proposed", "needsVote", "needsVote", null]);
  });
});

describe("rankingView: an award rule that looks back (issue 17)", () => {
  const base = loadStandardTemplate("blank-100");
  const t = { ...base, awards: [{ ...base.awards[0]!, minScore: undefined, previous: { periods: 1, bands: ["Xuất sắc"] } }, base.awards[1]!] };
  const history = (name: string) => (name === "Tuyên Quang" ? [{ total: 95, rank: 1, band: "Xuất sắc", award: "Cờ thi đua" }] : [null]);
  const view = rankingView(evaluateCluster(t, DEMO.units.map((name) => ({ name, history: history(name) })), DEMO.entries));

  it("the flag goes to the unit whose last period meets the rule; the leader is told why it is not eligible", () => {
    expect(view.rows.map((r) => [r.unit, r.award?.status === "proposed" ? r.award.awardId : null])).toEqual([
      ["Hà Giang", "bang-khen"],
      ["Tuyên Quang", "co-thi-dua"],
      ["Vĩnh Phúc", null],
      ["Yên Bái", null],
      ["Phú Thọ", null],
    ]);
    expect(view.lookBack.map((x) => x.unit)).toEqual(["Hà Giang", "Vĩnh Phúc", "Yên Bái"]);
    expect(view.lookBack[0]!.note).toMatchObject({ id: "history.note.lookBackShort", params: { award: "Cờ thi đua", periods: 1, back: 1 } });
  });
});
