import { buildTemplate } from "../../test/fixtures/domain/builders";
import { parseTemplate } from "../domain/template/parse";
import { loadStandardTemplate } from "../templates";
import { keyBound, tieChunks } from "./rankOrderLayout";

describe("tie-break keys grouped into exact rank codes", () => {
  const t = loadStandardTemplate("ca-quang-tri-cum-347-2025");

  it("bounds each key by the most it can vary: the criterion's maximum, the penalty and bonus pools", () => {
    expect(t.tieBreak.map((tb) => keyBound(t, tb))).toEqual([700, 60, 60]);
  });

  it("keeps n² × the product of a chunk's spans below 2^50, so the line codes stay whole and exact", () => {
    // Spans at precision 2: 70,001 × 6,001 × 6,001. Two keys fit beside 500² lines, the third needs its own code.
    expect(tieChunks(t, 500)).toEqual([[0, 1], [2]]);
    expect(tieChunks(t, 20)).toEqual([[0, 1, 2]]);
    for (const n of [1, 20, 500, 5000]) {
      for (const chunk of tieChunks(t, n)) {
        const product = chunk.reduce((p, k) => p * (Math.round(keyBound(t, t.tieBreak[k]!) * 100) + 1), 1);
        expect(chunk.length === 1 || n * n * product < 2 ** 50).toBe(true);
      }
    }
  });

  it("splits blank-100's three keys into two codes at precision 4 (the LibreOffice scenario of workbook-recalc)", () => {
    const input = loadStandardTemplate("blank-100").input;
    const r = parseTemplate({ ...input, precision: 4 });
    if (!r.ok) throw new Error("blank-100 at precision 4 does not parse");
    expect(tieChunks(r.template, 5)).toEqual([[0, 1], [2]]);
  });

  it("has no chunk without tie-break keys", () => {
    expect(tieChunks(buildTemplate(), 10)).toEqual([]);
  });
});
