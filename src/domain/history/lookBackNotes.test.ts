import type { ClusterResult, UnitResult } from "../cluster";
import { parseTemplate } from "../template/parse";
import { loadStandardTemplate } from "../../templates";
import { message, render } from "../../messages/message";
import { lookBackNotes } from "./lookBackNotes";
import type { PastResult } from "./types";

const past = (band: string | null): PastResult => ({ total: null, rank: null, band, award: null });

const base = loadStandardTemplate("blank-100").input as unknown as Record<string, unknown>;
const parsed = parseTemplate({
  ...base,
  awards: [
    { id: "co", title: "Cờ thi đua", quota: { count: 3 }, minScore: 90, previous: { periods: 2, bands: ["Xuất sắc"] } },
    { id: "bk", title: "Bằng khen", quota: { count: 3 } },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const template = parsed.template;

function unit(name: string, rankValue: number, eligible: boolean, history: readonly (PastResult | null)[]): UnitResult {
  return { name, rankValue, eligible, band: "Xuất sắc", history } as unknown as UnitResult;
}

function notesFor(units: readonly UnitResult[]) {
  const r = { template, units, order: units.map((_, i) => i) } as unknown as ClusterResult;
  return lookBackNotes(r).map(({ unit: u, note }) => [u.name, render(note, "vi-VN")] as const);
}

describe("lookBackNotes: why a unit that otherwise qualifies misses a rule that looks back", () => {
  it("names the earlier period that falls short and what it holds", () => {
    const notes = notesFor([unit("A", 95, true, [past("Xuất sắc"), past("Tốt")])]);
    expect(notes).toHaveLength(1);
    expect(notes[0]![0]).toBe("A");
    expect(notes[0]![1]).toContain("Cờ thi đua");
    expect(notes[0]![1]).toContain("“Tốt”");
  });
  it("says nothing when the history meets the rule", () => {
    expect(notesFor([unit("B", 95, true, [past("Xuất sắc"), past("xuất sắc ")])])).toEqual([]);
  });
  it("says nothing when the unit misses the rule anyway: below minScore, or not eligible", () => {
    expect(notesFor([unit("C", 80, true, [past("Tốt")]), unit("D", 95, false, [past("Tốt")])])).toEqual([]);
  });
  it("a missing earlier result is named as such", () => {
    const notes = notesFor([unit("E", 95, true, [])]);
    expect(notes).toHaveLength(1);
    expect(notes[0]![1]).toContain(render(message("history.note.noResult"), "vi-VN"));
  });
});
