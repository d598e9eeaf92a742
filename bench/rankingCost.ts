/**
 * The cost of one typed score in LibreOffice, ThiDua's workbook beside a minimal one (issue 14): the
 * Công an template with N units (default 500, THIDUA_BENCH_UNITS to change), scores filled, against a
 * workbook with the same units × leaves of plain scores, one SUM per unit and RANK.EQ. Each is opened
 * in one soffice run, one cluster score is typed many times and the dependent cells recalculated
 * (bench/support/loTyping.ts); the medians and their ratio are printed (target ≤ 3×), never asserted.
 * The same workbook is also timed without Chấm điểm's conditional formats (the red and amber marks): LibreOffice
 * re-evaluates a format's whole range when one of its cells changes, which Excel does only for the cells on screen,
 * so that figure is the scoring and ranking sheets' own cost.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Template } from "../src/domain/template/model";
import { loadStandardTemplate } from "../src/templates";
import { buildPlan, SHEET, workbookLayout } from "../src/workbook/buildPlan";
import { fillEntries } from "../src/workbook/fillEntries";
import { addr, type WorkbookPlan } from "../src/workbook/plan";
import { renderPlanToFile } from "../src/xlsx/renderPlan";
import { largeCluster } from "../test/support/largeCluster";
import type { BenchFigure } from "./domainBench";
import { medianEditMs, timeTyping, type TypingCase } from "./support/loTyping";

export const CONG_AN_TEMPLATE = "ca-quang-tri-cum-347-2025";
const ROUNDS = 15;

/** The first manual leaf: its row on Chấm điểm and its maximum (typed values alternate below it). */
function typedLeaf(t: Template): { index: number; max: number } {
  const L = workbookLayout(t, 1);
  const index = L.nodes.findIndex((c) => c.children.length === 0 && (c.method === null || c.method.type === "manual") && c.max >= 2);
  return { index, max: L.nodes[index]!.max };
}

/** The plan without Chấm điểm's conditional formats. */
function withoutHighlights(plan: WorkbookPlan): WorkbookPlan {
  return { ...plan, sheets: plan.sheets.map((s) => (s.name === SHEET.entry ? { ...s, conditionalFormats: [] } : s)) };
}

async function thiduaCase(t: Template, n: number, dir: string, highlights: boolean): Promise<TypingCase> {
  const { units, entries } = largeCluster(t, n);
  const filled = fillEntries(buildPlan(t, { name: "Cụm Công an", period: "2025", units }), t, units, entries).plan;
  const label = highlights ? "thidua" : "thidua-no-highlights";
  const file = join(dir, `${label}.xlsx`);
  await renderPlanToFile(highlights ? filled : withoutHighlights(filled), file);
  const L = workbookLayout(t, n);
  const leaf = typedLeaf(t);
  return {
    label,
    file,
    sheet: SHEET.entry,
    cell: addr(L.clusterEntryCol(0), L.nodeRow(leaf.index)),
    values: [leaf.max - 1, leaf.max, leaf.max - 2],
    probeSheet: SHEET.ranking,
    probeCell: addr(L.rankingCols.rank, L.rankingRow(0)),
  };
}

/** Units in columns B…, one row per leaf of scores, then SUM and RANK.EQ rows. */
async function minimalCase(t: Template, n: number, dir: string): Promise<TypingCase> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Scores");
  const leaves = t.leaves.length;
  const sumRow = leaves + 2;
  const rankRow = leaves + 3;
  const rnd = (u: number, i: number) => ((u * 7919 + i * 104729) % 11) / 2;
  for (let u = 0; u < n; u++) {
    const col = u + 2;
    ws.getCell(1, col).value = `Unit ${u + 1}`;
    for (let i = 0; i < leaves; i++) ws.getCell(2 + i, col).value = rnd(u, i);
    const c = addr(col, 0).replace(/\d+$/, "");
    ws.getCell(sumRow, col).value = { formula: `SUM(${c}2:${c}${leaves + 1})` };
    ws.getCell(rankRow, col).value = { formula: `_xlfn.RANK.EQ(${c}${sumRow},$B$${sumRow}:$${addr(n + 1, 0).replace(/\d+$/, "")}$${sumRow},0)` };
  }
  const file = join(dir, "minimal.xlsx");
  await wb.xlsx.writeFile(file);
  return { label: "minimal", file, sheet: "Scores", cell: "B2", values: [4, 5, 3], probeSheet: "Scores", probeCell: addr(2, rankRow) };
}

export async function runRankingCostBench(unitCount = Number(process.env.THIDUA_BENCH_UNITS ?? 500)): Promise<BenchFigure[]> {
  const t = loadStandardTemplate(CONG_AN_TEMPLATE);
  const dir = mkdtempSync(join(tmpdir(), "thidua-bench-cost-"));
  try {
    const cases = [await thiduaCase(t, unitCount, dir, true), await thiduaCase(t, unitCount, dir, false), await minimalCase(t, unitCount, dir)];
    const [thidua, bare, minimal] = await timeTyping(cases, ROUNDS);
    const a = medianEditMs(thidua!);
    const c = medianEditMs(bare!);
    const b = medianEditMs(minimal!);
    const name = `LibreOffice one typed score, Công an ${unitCount} units`;
    return [
      { name: `${name}: ThiDua workbook`, value: a, unit: "ms (median)" },
      { name: `${name}: ThiDua workbook without Chấm điểm's red/amber marks`, value: c, unit: "ms (median)" },
      { name: `${name}: minimal workbook (SUM, RANK.EQ)`, value: b, unit: "ms (median)" },
      { name: `${name}: ratio, scoring and ranking sheets`, value: c / Math.max(b, 1), unit: "×", target: "≤ 3×" },
      { name: `${name}: ratio, with the marks (LibreOffice re-evaluates their ranges)`, value: a / Math.max(b, 1), unit: "×" },
      { name: `${name}: full recalculation, ThiDua`, value: thidua!.fullMs, unit: "ms" },
      { name: `${name}: full recalculation, minimal`, value: minimal!.fullMs, unit: "ms" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runRankingCostBench()
    .then((fs) => fs.forEach((f) => console.log(`${f.name}: ${f.value.toFixed(1)} ${f.unit}${f.target ? `  (target ${f.target})` : ""}`)))
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
