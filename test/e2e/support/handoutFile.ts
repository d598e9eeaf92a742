/**
 * A unit's self-scoring file (handout) as `thidua handout` makes it, filled in as the unit would: built
 * with the same plan and exceljs renderer as the CLI, then the Tự chấm cells set and saved. For the
 * browser flow's Tự chấm step (uploaded with setInputFiles: a file chooser is the system's, not the page's).
 */
import type { Template } from "../../../src/domain/template/model";
import { walk } from "../../../src/domain/template/tree";
import { buildHandoutPlan } from "../../../src/workbook/handout/buildHandoutPlan";
import { handoutFileName } from "../../../src/workbook/handout/fileName";
import { HANDOUT_COL, HANDOUT_FIRST_ROW, HANDOUT_SHEET } from "../../../src/workbook/handout/handoutLayout";
import { planToWorkbook } from "../../../src/xlsx/renderPlan";

export interface FilledHandout {
  readonly name: string;
  readonly mimeType: string;
  readonly buffer: Buffer;
}

export async function filledHandout(
  template: Template,
  cluster: { readonly name: string; readonly period: string },
  unit: string,
  selfScores: Readonly<Record<string, number | string>>,
): Promise<FilledHandout> {
  const plan = buildHandoutPlan({ template, clusterName: cluster.name, period: cluster.period, unit, fileId: `e2e-${unit}`, generatedAt: "2026-11-23T08:00:00.000Z" });
  const wb = await planToWorkbook(plan);
  const ws = wb.getWorksheet(HANDOUT_SHEET.main);
  if (!ws) throw new Error(`handout without its sheet ${HANDOUT_SHEET.main}`);
  const codes = [...walk(template.criteria)].map((c) => c.code);
  for (const [code, value] of Object.entries(selfScores)) {
    const i = codes.indexOf(code);
    if (i < 0) throw new Error(`no criterion ${code} in the handout`);
    ws.getCell(HANDOUT_FIRST_ROW + i, HANDOUT_COL.self).value = value;
  }
  return {
    name: handoutFileName(unit, 0, 1),
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(await wb.xlsx.writeBuffer()),
  };
}
