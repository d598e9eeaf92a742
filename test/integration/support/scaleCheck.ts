/**
 * The large-cluster check shared by test/integration/workbook-scale.test.ts (300 units) and bench/scale.ts
 * (1,000 units): the Công an workbook with every unit scored, recalculated by LibreOffice in one soffice run,
 * must have no error cell (LibreOffice's own "Err:5xx" included) and the domain's totals, shares and ranks.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadStandardTemplate } from "../../../src/templates";
import { buildPlan } from "../../../src/workbook/buildPlan";
import { fillEntries } from "../../../src/workbook/fillEntries";
import { renderPlanToFile } from "../../../src/xlsx/renderPlan";
import { largeCluster } from "../../support/largeCluster";
import { isCellError, readValues, recalculateXlsxDetailed } from "../../support/libreoffice";
import { actualRankingRows, expectedRankingRows, type RankingRow, type WorkbookCase } from "./rankingRows";

export const CONG_AN_TEMPLATE = "ca-quang-tri-cum-347-2025";

export interface ScaleCheck {
  readonly unitCount: number;
  /** "Sheet!A1: value" of every error cell. */
  readonly errors: readonly string[];
  readonly expected: readonly RankingRow[];
  readonly actual: readonly RankingRow[];
  /** Units whose row differs from the domain's. */
  readonly mismatches: number;
  readonly sofficeMs: number;
}

export async function checkLargeWorkbook(unitCount: number, seed = 7): Promise<ScaleCheck> {
  const template = loadStandardTemplate(CONG_AN_TEMPLATE);
  const { units, entries } = largeCluster(template, unitCount, seed);
  const c: WorkbookCase = { name: `Công an ${unitCount}`, template, units, entries };
  const dir = mkdtempSync(join(tmpdir(), "thidua-scale-"));
  try {
    const plan = fillEntries(buildPlan(template, { name: "Cụm thi đua Công an", period: "2025", units }), template, units, entries).plan;
    const file = join(dir, "cong-an.xlsx");
    await renderPlanToFile(plan, file);
    const run = await recalculateXlsxDetailed([file], { outDir: join(dir, "out"), timeoutMs: 900_000 });
    const values = await readValues(run.outputs.get(file)!);
    const errors = values
      .cells()
      .filter((x) => isCellError(x.value) || (typeof x.value === "string" && /^Err:\d+$/.test(x.value)))
      .map((x) => `${x.sheet}!${x.address}: ${String(x.value)}`);
    const expected = expectedRankingRows(c);
    const actual = actualRankingRows(values, c);
    const mismatches = expected.filter((row, u) => JSON.stringify(row) !== JSON.stringify(actual[u])).length;
    return { unitCount, errors, expected, actual, mismatches, sofficeMs: run.sofficeMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
