/**
 * Regression (issue 12, bounded output): a CSV of 100,000 tied units ran out of memory because each
 * tie explanation and each vote listed every other tied unit. The report and the JSON now grow
 * linearly, with a small, fixed amount per unit (the figures at 100,000 are in bench/tiedUnits.ts).
 */
import { buildTemplate, entriesFor, group, leaf } from "../../../test/fixtures/domain/builders";
import { evaluateCluster } from "../../domain";
import { rankingLines, rankJson } from "./rankReport";

const template = buildTemplate({
  bands: [{ label: "Tốt", min: 0 }],
  awards: [{ id: "co", title: "Cờ thi đua", quota: { count: 1 } }, { id: "bk", title: "Bằng khen", quota: { count: 3 } }],
  criteria: [group("A", [leaf("A.1", 100)])],
});

function sizes(n: number): { text: number; json: number; longestLine: number } {
  const names = Array.from({ length: n }, (_, i) => `Đơn vị số ${i + 1}`);
  const r = evaluateCluster(template, names.map((name) => ({ name })), names.flatMap((name) => entriesFor(name, { "A.1": 50 })));
  const lines = rankingLines(r, "vi-VN");
  const json = JSON.stringify(rankJson(r, { scores: "diem.csv", units: null }));
  return { text: lines.reduce((s, l) => s + l.length + 1, 0), json: json.length, longestLine: Math.max(...lines.map((l) => l.length)) };
}

describe("rank report with every unit tied", () => {
  it("10,000 tied units: every line is short, and the text and JSON grow linearly (small per unit)", () => {
    const small = sizes(1000);
    const big = sizes(10_000);
    expect(big.longestLine).toBeLessThan(250);
    expect(big.text / 10_000).toBeLessThan(400);
    expect(big.json / 10_000).toBeLessThan(1200);
    expect(big.text / small.text).toBeLessThan(11);
    expect(big.json / small.json).toBeLessThan(11);
  });

  it("the vote is one line naming the count and the first five, then what those not chosen get", () => {
    const names = Array.from({ length: 8 }, (_, i) => `U${i + 1}`);
    const r = evaluateCluster(template, names.map((name) => ({ name })), names.flatMap((name) => entriesFor(name, { "A.1": 50 })));
    const lines = rankingLines(r, "vi-VN");
    expect(lines).toContain("  - Cần bình xét: 8 đơn vị (5 đơn vị đầu: U1, U2, U3, U4, U5) đồng hạng 1 tranh 1 suất Cờ thi đua.");
    expect(lines).toContain("  - 7 đơn vị không được chọn Cờ thi đua tiếp tục bình xét 3 suất Bằng khen (xếp trước các đơn vị hạng dưới).");
  });
});
