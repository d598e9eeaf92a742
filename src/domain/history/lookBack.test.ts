import fc from "fast-check";
import { allocateAwards, type AwardCandidate } from "../ranking/awards";
import { checkTemplate } from "../template/check";
import { parseTemplate } from "../template/parse";
import { loadStandardTemplate } from "../../templates";
import { excelTrim, lookBackRecord, lookBackShortfall, meetsLookBack, sameLabel } from "./lookBack";
import type { PastResult } from "./types";

const past = (band: string | null, award: string | null = null): PastResult => ({ total: null, rank: null, band, award });

describe("sameLabel compares as Excel's TRIM(cell)=\"text\"", () => {
  it("ignores case and spaces at the ends, reduces runs of spaces inside, keeps other differences", () => {
    expect(sameLabel("  xuất SẮC ", "Xuất sắc")).toBe(true);
    expect(sameLabel("Xuất  sắc", "Xuất sắc")).toBe(true);
    expect(sameLabel("Xuất\u00a0sắc", "Xuất sắc")).toBe(false);
    expect(sameLabel("Xuất sắc.", "Xuất sắc")).toBe(false);
    expect(sameLabel(null, "Xuất sắc")).toBe(false);
  });
  it("excelTrim is idempotent and leaves no double space", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(" ", "a", "ắ", "\t") }), (s) => excelTrim(excelTrim(s)) === excelTrim(s) && !excelTrim(s).includes("  ")));
  });
});

describe("look-back over consecutive earlier periods", () => {
  const p = { periods: 2, bands: ["Xuất sắc"] };
  it("needs every one of the periods just before, the most recent first", () => {
    expect(lookBackShortfall(p, [past("Xuất sắc"), past("Xuất sắc"), past("Tốt")])).toBe(-1);
    expect(lookBackShortfall(p, [past("Xuất sắc"), past("Tốt")])).toBe(1);
    expect(lookBackShortfall(p, [null, past("Xuất sắc")])).toBe(0);
    expect(lookBackShortfall(p, [past("Xuất sắc")])).toBe(1);
  });
  it("an award look-back reads the award column", () => {
    expect(meetsLookBack({ previous: { periods: 1, awards: ["Cờ thi đua"] } }, [past("Tốt", "cờ thi đua")])).toBe(true);
    expect(meetsLookBack({ previous: { periods: 1, awards: ["Cờ thi đua"] } }, [past("Cờ thi đua", null)])).toBe(false);
  });
  it("a rule without previous is always met", () => {
    expect(meetsLookBack({}, [])).toBe(true);
  });
});

describe("awards with look-back rules", () => {
  const base = loadStandardTemplate("blank-100").input as unknown as Record<string, unknown>;
  const parsed = parseTemplate({
    ...base,
    awards: [
      { id: "co", title: "Cờ thi đua", quota: { count: 1 }, previous: { periods: 1, bands: ["Xuất sắc"] } },
      { id: "bk", title: "Bằng khen", quota: { count: 1 } },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const t = parsed.template;
  const unit = (rank: number, history: PastResult[]): AwardCandidate => ({ rank, value: 95, band: "Xuất sắc", eligible: true, history });

  it("the record weighs the more prestigious rule's look-back more", () => {
    expect(lookBackRecord(t.awards, [past("Xuất sắc")])).toBe(1);
    expect(lookBackRecord(t.awards, [past("Tốt")])).toBe(0);
  });

  it("units sharing a rank with different records are separate groups, the better record first: no vote between them", () => {
    const out = allocateAwards(t, [unit(1, [past("Tốt")]), unit(1, [past("Xuất sắc")])]);
    expect(out.map((o) => (o?.status === "proposed" ? o.awardId : o?.status ?? null))).toEqual(["bk", "co"]);
  });

  it("a unit that misses the look-back leaves the place to the next unit that meets it", () => {
    const out = allocateAwards(t, [unit(1, []), unit(2, [past("xuất sắc ")])]);
    expect(out.map((o) => (o?.status === "proposed" ? o.awardId : null))).toEqual(["bk", "co"]);
  });

  it("units sharing a rank and a record still vote", () => {
    const out = allocateAwards(t, [unit(1, [past("Xuất sắc")]), unit(1, [past("Xuất sắc")])]);
    expect(out.map((o) => o?.status)).toEqual(["needsVote", "needsVote"]);
  });
});

describe("checkTemplate: a look-back's texts", () => {
  const base = loadStandardTemplate("blank-100").input as unknown as Record<string, unknown>;
  const issues = (previous: unknown) => {
    const r = parseTemplate({ ...base, awards: [{ id: "co", title: "Cờ thi đua", quota: { count: 1 }, previous }] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return checkTemplate(r.template).filter((x) => x.message.id.startsWith("history.")).map((x) => [x.path, x.message.id]);
  };
  it("warns on a band or award that is none of the template's (a typo no earlier result would match)", () => {
    expect(issues({ periods: 2, bands: [" xuất sắc", "Xuat sac"] })).toEqual([["awards[0].previous.bands[1]", "history.check.unknownBand"]]);
    expect(issues({ periods: 1, awards: ["Cờ thi đua", "Bằng khen"] })).toEqual([["awards[0].previous.awards[1]", "history.check.unknownAward"]]);
  });
});
