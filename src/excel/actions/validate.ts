/**
 * validate: one read of what Kiểm tra needs (freshness.ts SCOPE_READS: the entered scores, and Điểm's formulas
 * by blocks of rows so that no response passes Excel on the web's limit), then the domain:
 * entries → evaluateCluster → findings (with their sheet/cell), fixes from findings that carry one, and
 * formulas typed over (each with a restore fix). Cell text stays text ("8,5" gives the text-number finding).
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import type { UnitInput } from "../../domain/scoring/input";
import { evaluateCluster } from "../../domain/cluster";
import { message } from "../../messages/message";
import { SHEET } from "../../workbook/buildPlan";
import { addr } from "../../workbook/plan";
import { unitInputsOf } from "../../workbook/readBack";
import { parseCell } from "../cells";
import { runAction, type ActionEnv } from "./env";
import { locateMissing } from "./locateMissing";
import { formulaPlan, overwrittenFormulas } from "./overwritten";
import { SCOPE_SHEETS, scopeRequest, sourceOf } from "./freshness";
import { cellOf, type BookRead } from "./readBook";
import { withHistorySheet } from "./thiduaRead";
import { readThiDuaBook, sheetNameIn } from "./thiduaSet";
import { clusterOf } from "./thiduaRead";
import { ActionError, type CellFix, type ValidationReport } from "./types";
import type { ClusterRead } from "../../workbook/readBack";

export const VALIDATE_SHEETS: readonly string[] = SCOPE_SHEETS.check;

/** The cluster read, or a "not a ThiDua workbook" error saying why. */
export function requireCluster(book: BookRead): ClusterRead {
  const read = clusterOf(book);
  if (!read.ok) throw new ActionError(message("actions.error.notThiDua", { detail: read.error }), "notThiDua");
  return read.value;
}

/** The units with their cells on the read's Đơn vị sheet (the current set's, e.g. "Đơn vị (2)"). */
export function unitInputs(read: ClusterRead, book: BookRead): UnitInput[] {
  const sheet = sheetNameIn(book, SHEET.units);
  return unitInputsOf(read, (u) => ({ sheet, cell: addr(2, 2 + u) }));
}

const shown = (v: RawValue): string | number | boolean | null => (v === undefined ? null : v);

export function validationReport(book: BookRead): ValidationReport {
  const read = requireCluster(book);
  const evaluated = evaluateCluster(read.meta.template, unitInputs(read, book), read.entries);
  const result = { ...evaluated, findings: locateMissing(evaluated.findings, read.meta.template, read.units, sheetNameIn(book, SHEET.entry)) };
  const overwritten = overwrittenFormulas(formulaPlan(read.meta.template, read.meta.unitCount), book, [SHEET.entry, SHEET.points]);
  const fixes: CellFix[] = [];
  const seen = new Set<string>();
  for (const f of result.findings) {
    const w = f.where;
    if (!f.fix || !w?.sheet || !w.cell) continue;
    const key = `${w.sheet}!${w.cell}`.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    fixes.push({
      sheet: w.sheet, cell: w.cell, current: shown(cellAt(book, w.sheet, w.cell)), value: f.fix.value, message: f.fix.message,
      ...(f.unit ? { unit: f.unit } : {}), ...(f.criterion ? { criterion: f.criterion } : {}), keepsValue: f.fix.keepsValue === true,
    });
  }
  for (const o of overwritten) {
    const key = `${o.sheet}!${o.cell}`.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    fixes.push({ sheet: o.sheet, cell: o.cell, current: shown(o.found), formula: o.formula, message: message("actions.fix.restoreFormula", { formula: o.formula }) });
  }
  return {
    source: sourceOf(book, "check"),
    findings: result.findings,
    overwritten,
    fixes,
    result,
    codeMismatches: read.codeMismatches.map((m) => ({ cell: m.cell, expected: m.expected, found: shown(m.found) })),
  };
}

function cellAt(book: BookRead, sheet: string, cell: string): RawValue {
  const p = parseCell(cell);
  return cellOf(book.grids.get(sheet.toLowerCase()), p.row, p.col);
}

export async function validate(env: ActionEnv): Promise<ValidationReport> {
  return runAction(env, "validate", async (ctx) => validationReport(await withHistorySheet(ctx, await readThiDuaBook(ctx, scopeRequest(["check"])))));
}
