/**
 * Pane-owned highlights: one Custom conditional format per marked cell, whose always-true rule formula
 * =ISTEXT("ThiDua:error") (or :warning) marks it as ours. The marked cells are remembered in column B of
 * the hidden pane sheet; clearing loads the conditional formats on those cells and deletes only ours, so
 * the user's own formatting and conditional formats are never touched.
 *
 * Members (ExcelApi 1.6, within the 1.8 baseline): Range.conditionalFormats, ConditionalFormatCollection.add
 * and .load (items id/type), ConditionalFormat.custom.rule.formula, ConditionalFormat.delete. The rule
 * formula is loaded per Custom item because loading it through the collection fails when a conditional
 * format of another type is in the range (office-js#2180).
 * Syncs: 1 read, 1 load of the formats on marked cells, 1 load of their rules (when any), 1 unprotect
 * (only for protected sheets), 1 write.
 */
import { message } from "../../messages/message";
import { boxAddress, parseCell } from "../cells";
import { runAction, type ActionEnv } from "./env";
import { decodeBody, decodeHeader, encodeColumn, MARKS_COLUMN, PANE_SHEET, writePaneColumn, clearPaneColumn } from "./paneSheet";
import { protectAgain, syncWrites, unprotectSheets } from "./protection";
import { hasSheet, readBook, type BookRead } from "./readBook";
import { ActionError } from "./types";

export type MarkSeverity = "error" | "warning";
export interface Mark {
  readonly sheet: string;
  readonly cell: string;
  readonly severity: MarkSeverity;
}

const MARK_FORMULA: Record<MarkSeverity, string> = { error: '=ISTEXT("ThiDua:error")', warning: '=ISTEXT("ThiDua:warning")' };
const STYLE: Record<MarkSeverity, { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
};

/** True for the rule formula of a pane mark (whatever spacing or case Excel gives back). */
export function isPaneMark(formula: unknown): boolean {
  return typeof formula === "string" && /^=ISTEXT\("ThiDua:(error|warning)"\)$/i.test(formula.replace(/\s+/g, ""));
}

export function marksOf(book: BookRead): Mark[] {
  const col = book.pane?.columns[1] ?? [];
  if (!decodeHeader(col)) return [];
  return decodeBody<Mark[]>(col);
}

export async function showHighlights(env: ActionEnv, cells: readonly Mark[]): Promise<void> {
  return runAction(env, "showHighlights", (ctx) => replaceMarks(ctx, cells));
}

export async function clearHighlights(env: ActionEnv): Promise<void> {
  return runAction(env, "clearHighlights", (ctx) => replaceMarks(ctx, []));
}

async function replaceMarks(ctx: Excel.RequestContext, wanted: readonly Mark[]): Promise<void> {
  // One mark per cell; an error wins over a warning.
  const next = new Map<string, Mark>();
  for (const m of wanted) {
    let address: string;
    try {
      const p = parseCell(m.cell);
      address = boxAddress({ r0: p.row, c0: p.col, r1: p.row, c1: p.col });
    } catch (e) {
      throw new ActionError(message("actions.error.badCell", { cell: m.cell }), "invalid", { cause: e });
    }
    const key = `${m.sheet.toLowerCase()}!${address}`;
    if (next.get(key)?.severity !== "error") next.set(key, { sheet: m.sheet, cell: address, severity: m.severity });
  }
  const book = await readBook(ctx, { pane: true });
  for (const m of next.values()) if (!hasSheet(book, m.sheet)) throw new ActionError(message("actions.error.sheetMissing", { sheet: m.sheet }), "invalid");
  const paneExists = hasSheet(book, PANE_SHEET) !== undefined;
  const old = marksOf(book).filter((m) => hasSheet(book, m.sheet));
  if (old.length === 0 && next.size === 0) return;

  // Our conditional formats on the previously marked cells.
  const sheets = ctx.workbook.worksheets;
  const loaded = old.map((m) => {
    const cfs = sheets.getItem(m.sheet).getRange(m.cell).conditionalFormats;
    cfs.load("items/id,items/type");
    return { m, cfs };
  });
  if (loaded.length > 0) await ctx.sync();
  const custom = loaded.flatMap(({ m, cfs }) => cfs.items.filter((cf) => cf.type === "Custom").map((cf) => ({ m, cf })));
  for (const { cf } of custom) cf.custom.rule.load("formula");
  if (custom.length > 0) await ctx.sync();
  const ours = custom.filter(({ cf }) => isPaneMark(cf.custom.rule.formula));

  const touched = [...new Set([...ours.map((o) => o.m.sheet), ...[...next.values()].map((m) => m.sheet)].map((n) => hasSheet(book, n)!.name))];
  const unprotected = await unprotectSheets(ctx, touched.filter((n) => hasSheet(book, n)!.protected));
  // Each item is deleted once, even when two remembered cells overlap.
  const deleted = new Set<string>();
  for (const { cf } of ours) {
    if (deleted.has(cf.id)) continue;
    deleted.add(cf.id);
    cf.delete();
  }
  for (const m of next.values()) {
    const f = sheets.getItem(m.sheet).getRange(m.cell).conditionalFormats.add("Custom");
    f.custom.rule.formula = MARK_FORMULA[m.severity];
    f.custom.format.fill.color = STYLE[m.severity].fill;
    f.custom.format.font.color = STYLE[m.severity].font;
  }
  if (next.size > 0) await writePaneColumn(ctx, paneExists, MARKS_COLUMN, encodeColumn({ v: 1 }, [...next.values()]));
  else clearPaneColumn(ctx, paneExists, MARKS_COLUMN);
  protectAgain(ctx, unprotected);
  await syncWrites(ctx, unprotected);
}
