/**
 * Excel on the web's limits, measured on the pane's real action path: createExcelActions over the in-memory
 * Excel (src/excel/fake), as the pane calls it — insert with its preview, Kiểm tra, rank, replace (insert over
 * the workbook with every score typed), undo, self-scores — at 50×150, 50×300 and 200×300 (units × criteria).
 * Prints round trips, largest request and largest response per action with the targets beside them.
 * Figures only, never timed assertions.
 */
import { createExcelActions, type ExcelActions, type InsertRequest } from "../src/excel/actions";
import { FakeExcel } from "../src/excel/fake";
import { syntheticTemplate, unitNames } from "../test/support/excel-fake/fixtures";
import { measure, typeEveryScore, type ActionCost } from "../test/support/excel-fake/measure";
import type { BenchFigure } from "./domainBench";

/** Excel on the web refuses a request or response over 5 MB; the target keeps a margin. */
const LIMIT_TARGET = "≤ 4 MB";

interface Size {
  readonly units: number;
  readonly groups: number;
  readonly perGroup: number;
}
const SIZES: readonly Size[] = [
  { units: 50, groups: 10, perGroup: 15 },
  { units: 50, groups: 20, perGroup: 15 },
  { units: 200, groups: 20, perGroup: 15 },
];

/** Round-trip targets by action, at 50×150 only (the figures). */
const SYNC_TARGETS: Readonly<Record<string, string>> = { "insert + preview": "≤ 3", "Kiểm tra": "≤ 2" };

export interface ActionFigures extends ActionCost {
  readonly action: string;
}

async function measured(fake: FakeExcel, action: string, f: () => Promise<unknown>): Promise<ActionFigures> {
  return { action, ...(await measure(fake, f)) };
}

/** One merged self-score file: every leaf criterion of the first unit, through readMergeCluster and applySelfScores. */
async function mergeOneFile(actions: ExcelActions): Promise<void> {
  const cluster = await actions.readMergeCluster();
  const leaves = cluster.template.leaves.filter((l) => typeof l.max === "number" && l.kind !== "bonus" && l.kind !== "penalty");
  const changes = leaves.map((l, leafIndex) => ({
    unit: cluster.units[0]!, unitIndex: 0, criterion: l.code, leafIndex, where: cluster.selfCell(0, l.code), old: 1, value: 2,
    source: { sheet: "Tự chấm", cell: `F${6 + leafIndex}` }, overwrite: true,
  }));
  const log = [{ at: "2026-03-01T08:00:00.000Z", fileId: "bench-file-1", unit: cluster.units[0]!, file: "Tự chấm - 01.xlsx", valuesHash: "bench", cells: changes.length }];
  await actions.applySelfScores(changes, log);
}

/** The pane's actions in the order a clerk meets them, on a fresh host. */
export async function runActions(size: Size): Promise<ActionFigures[]> {
  const fake = new FakeExcel();
  fake.state.addSheet("Sheet1");
  const actions = createExcelActions(fake.run, { isSetSupported: fake.isSetSupported });
  const request: InsertRequest = { template: syntheticTemplate(size.groups, size.perGroup), cluster: "Cụm thi đua", period: "2025", units: unitNames(size.units) };
  const out: ActionFigures[] = [];
  out.push(await measured(fake, "insert + preview", async () => {
    await actions.previewInsert(request);
    await actions.insert(request);
  }));
  typeEveryScore(fake);
  out.push(await measured(fake, "Kiểm tra", () => actions.validate()));
  out.push(await measured(fake, "rank", () => actions.rank()));
  out.push(await measured(fake, "replace + preview", async () => {
    await actions.previewInsert(request);
    await actions.insert(request, "replace");
  }));
  out.push(await measured(fake, "undo", async () => {
    await actions.lastUndo();
    await actions.undoLast();
  }));
  out.push(await measured(fake, "self-scores (one file)", () => mergeOneFile(actions)));
  return out;
}

function figuresOf(size: Size, results: readonly ActionFigures[]): BenchFigure[] {
  const label = `${size.units}×${size.groups * size.perGroup}`;
  const big = size.units >= 200;
  return results.flatMap((r) => [
    { name: `excel actions ${label} ${r.action}: round trips`, value: r.syncs, unit: "syncs", ...(label === "50×150" && SYNC_TARGETS[r.action] ? { target: SYNC_TARGETS[r.action] } : {}) },
    { name: `excel actions ${label} ${r.action}: largest request`, value: r.largestRequest / 1e6, unit: "MB", ...(big ? { target: LIMIT_TARGET } : {}) },
    { name: `excel actions ${label} ${r.action}: largest response`, value: r.largestResponse / 1e6, unit: "MB", ...(big ? { target: LIMIT_TARGET } : {}) },
  ]);
}

export async function runActionsBench(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const size of SIZES) figures.push(...figuresOf(size, await runActions(size)));
  return figures;
}
