/**
 * The cost of an award rule that looks back (`previous`), in LibreOffice: one typed score in the Công an template
 * with N units (default 200, THIDUA_BENCH_LOOKBACK_UNITS), its awards as a cluster would set them, against the same
 * workbook whose Cờ thi đua also asks for 2 earlier periods with Cờ thi đua (Lịch sử filled). Without look-back the
 * award columns count with O(1) running counts; with it, by COUNTIFS/SUMIFS over the units (rank and record), so
 * the cost grows with N². The medians and their ratio are printed, never asserted (bench/support/loTyping.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ClusterHistory, PastResult } from "../src/domain/history/types";
import type { Template } from "../src/domain/template/model";
import { parseTemplate } from "../src/domain/template/parse";
import { loadStandardTemplate } from "../src/templates";
import { buildPlan, SHEET, workbookLayout } from "../src/workbook/buildPlan";
import { fillEntries } from "../src/workbook/fillEntries";
import { historyLayout } from "../src/workbook/historyLayout";
import { addr } from "../src/workbook/plan";
import { renderPlanToFile } from "../src/xlsx/renderPlan";
import { largeCluster } from "../test/support/largeCluster";
import type { BenchFigure } from "./domainBench";
import { CONG_AN_TEMPLATE } from "./rankingCost";
import { medianEditMs, timeTyping, type TypingCase } from "./support/loTyping";

const ROUNDS = 15;
const FLAG = "Cờ thi đua";

function withAwards(lookBack: boolean): Template {
  const base = loadStandardTemplate(CONG_AN_TEMPLATE).input as unknown as Record<string, unknown>;
  const awards = [
    { id: "co", title: FLAG, quota: { percent: 10 }, ...(lookBack ? { previous: { periods: 2, awards: [FLAG] } } : {}) },
    { id: "bk", title: "Bằng khen", quota: { percent: 20 } },
  ];
  const r = parseTemplate({ ...base, id: `ca-awards${lookBack ? "-lookback" : ""}`, awards });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.template;
}

/** Every third unit had the flag in both earlier periods, the others a result without it. */
function history(t: Template, n: number): ClusterHistory {
  const periods = historyLayout(t, n).periods;
  const past = (u: number, j: number): PastResult => ({ total: 80 - (u % 20), rank: (u % 20) + 1, band: null, award: u % 3 === 0 || j > 1 ? FLAG : null });
  return { periods: ["2024", "2023", "2022", "2021", "2020"].slice(0, periods), units: Array.from({ length: n }, (_, u) => ({ results: Array.from({ length: periods }, (_, j) => past(u, j)) })) };
}

async function typingCase(lookBack: boolean, n: number, dir: string): Promise<TypingCase> {
  const t = withAwards(lookBack);
  const { units, entries } = largeCluster(t, n);
  const plan = buildPlan(t, { name: "Cụm Công an", period: "2025", units, ...(lookBack ? { history: history(t, n) } : {}) });
  const label = lookBack ? "look-back" : "no-look-back";
  const file = join(dir, `${label}.xlsx`);
  await renderPlanToFile(fillEntries(plan, t, units, entries).plan, file);
  const L = workbookLayout(t, n);
  const leaf = L.nodes.findIndex((c) => c.children.length === 0 && (c.method === null || c.method.type === "manual") && c.max >= 2);
  const max = L.nodes[leaf]!.max;
  return { label, file, sheet: SHEET.entry, cell: addr(L.clusterEntryCol(0), L.nodeRow(leaf)), values: [max - 1, max, max - 2], probeSheet: SHEET.ranking, probeCell: addr(L.rankingCols.award, L.rankingRow(0)) };
}

export async function runLookBackCostBench(unitCount = Number(process.env.THIDUA_BENCH_LOOKBACK_UNITS ?? 200)): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-lookback-"));
  try {
    const [plain, looking] = await timeTyping([await typingCase(false, unitCount, dir), await typingCase(true, unitCount, dir)], ROUNDS);
    const a = medianEditMs(plain!);
    const b = medianEditMs(looking!);
    const name = `LibreOffice one typed score, Công an ${unitCount} units with awards`;
    return [
      { name: `${name}: no rule looks back`, value: a, unit: "ms (median)" },
      { name: `${name}: ${FLAG} looks back 2 periods (COUNTIFS by rank and record)`, value: b, unit: "ms (median)" },
      { name: `${name}: ratio, looking back / not`, value: b / Math.max(a, 1), unit: "×" },
      { name: `${name}: full recalculation, looking back`, value: looking!.fullMs, unit: "ms" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runLookBackCostBench()
    .then((fs) => fs.forEach((f) => console.log(`${f.name}: ${f.value.toFixed(1)} ${f.unit}`)))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
