/**
 * readDesign and readPastedTable: what the pane's criteria design part reads, never writing anything.
 * - readDesign: the active sheet when it holds a design (its TIÊU CHÍ block), otherwise the sheet named
 *   Thiết kế tiêu chí; built into a template by the same reader as the .xlsx file (src/domain/template/design),
 *   every finding at its cell of that sheet.
 * - readPastedTable: the active sheet's used range (a table pasted from Word or PDF) through importTable
 *   (src/domain/template/fromTable): the proposed template and its findings at their rows.
 */
import { DESIGN_SHEET, noDesignSheet, readDesign as readDesignCells, type CellValue, type DesignFinding } from "../../domain/template/design";
// Not the fromTable index: it also exports gridOfText, whose CSV parser needs Node's Buffer (not in a browser).
import type { ImportFinding } from "../../domain/template/fromTable/findings";
import { importTable } from "../../domain/template/fromTable/importTable";
import { message } from "../../messages/message";
import { addr } from "../../workbook/plan";
import { parseCell } from "../cells";
import type { DesignCheck, SheetFinding, TableProposal } from "./designTypes";
import { runAction, type ActionEnv } from "./env";
import { ActionError } from "./types";

interface UsedValues {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
}

function usedRange(ws: Excel.Worksheet): Excel.Range {
  const r = ws.getUsedRange(true);
  r.load("address,values");
  return r;
}

function valuesOf(sheet: string, r: Excel.Range): UsedValues {
  const topLeft = parseCell(r.address.replace(/^.*!/, "").split(":")[0]!);
  return { sheet, row: topLeft.row, column: topLeft.col, values: r.values as unknown[][] };
}

function cellValue(v: unknown): CellValue {
  return typeof v === "number" || typeof v === "boolean" ? v : typeof v === "string" && v !== "" ? v : null;
}

function designOf(u: UsedValues) {
  const get = (row: number, column: number) => cellValue(u.values[row - u.row]?.[column - u.column]);
  return readDesignCells(get, u.row + u.values.length - 1);
}

const atCell = (sheet: string) => (f: DesignFinding): SheetFinding => ({ severity: f.severity, sheet, cell: addr(f.column, f.row), message: f.message });

/** The active sheet's name and every sheet's name, in one sync. */
async function sheetNames(ctx: Excel.RequestContext): Promise<{ active: string; all: string[] }> {
  const sheets = ctx.workbook.worksheets;
  sheets.load("items/name");
  const activeSheet = sheets.getActiveWorksheet();
  activeSheet.load("name");
  await ctx.sync();
  // Loaded and synced just above; the office-addins rules do not follow getActiveWorksheet() (as in ../readDesignSheet.ts).
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
  return { active: activeSheet.name, all: sheets.items.map((w) => w.name) };
}

export async function readDesign(env: ActionEnv): Promise<DesignCheck> {
  return runAction(env, "readDesign", async (ctx) => {
    const { active, all } = await sheetNames(ctx);
    const named = all.find((n) => n.toLowerCase() === DESIGN_SHEET.toLowerCase());
    const sheets = ctx.workbook.worksheets;
    const activeRange = usedRange(sheets.getItem(active));
    const namedRange = named !== undefined && named !== active ? usedRange(sheets.getItem(named)) : null;
    await ctx.sync();
    const activeRead = designOf(valuesOf(active, activeRange));
    if (activeRead.ok) return checkOf(active, activeRead.result);
    if (namedRange === null || named === undefined) return { sheet: active, template: null, findings: noDesignSheet().map(atCell(active)) };
    const namedRead = designOf(valuesOf(named, namedRange));
    return namedRead.ok ? checkOf(named, namedRead.result) : { sheet: named, template: null, findings: namedRead.findings.map(atCell(named)) };
  });
}

function checkOf(sheet: string, result: { template: DesignCheck["template"]; findings: readonly DesignFinding[] }): DesignCheck {
  return { sheet, template: result.template, findings: result.findings.map(atCell(sheet)) };
}

const asText = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "");

export async function readPastedTable(env: ActionEnv): Promise<TableProposal> {
  return runAction(env, "readPastedTable", async (ctx) => {
    const { active: sheet } = await sheetNames(ctx);
    const range = usedRange(ctx.workbook.worksheets.getItem(sheet));
    await ctx.sync();
    const u = valuesOf(sheet, range);
    const grid = u.values.map((row) => row.map(asText));
    if (grid.every((row) => row.every((c) => c.trim() === ""))) throw new ActionError(message("actions.error.tableEmpty", { sheet }), "invalid");
    const r = importTable(grid, { origin: { row: u.row, column: u.column } });
    const column = r.columns.title ?? u.column;
    const at = (f: ImportFinding): SheetFinding => ({
      severity: f.severity, sheet, cell: f.row === null ? null : addr(f.column ?? column, f.row), message: f.message,
    });
    return { sheet, template: r.template, findings: r.findings.map(at) };
  });
}
