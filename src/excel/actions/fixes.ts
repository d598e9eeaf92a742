/**
 * applyFixes: writes only the confirmed cells — a value, or a restored formula (which may sit on a locked
 * cell: protected sheets are unprotected and protected again, like applyPlan). One undo record for all.
 * Syncs: 1 read (sheet list + what each cell holds now), 1 unprotect when needed, 1 write.
 */
import type { RawValue } from "../../domain/scoring/entryValue";
import { message } from "../../messages/message";
import { boxAddress, parseCell } from "../cells";
import { officeCode } from "./errors";
import { runAction, type ActionEnv } from "./env";
import { PANE_SHEET } from "./paneSheet";
import { protectAgain, syncWrites, unprotectSheets } from "./protection";
import { hasSheet, readBook, type SheetInfo } from "./readBook";
import { cellInputOf, cellsRecord, recordUndo, type UndoRange } from "./undoJournal";
import { ActionError, type CellFix, type WriteResult } from "./types";

export async function applyFixes(env: ActionEnv, fixes: readonly CellFix[]): Promise<WriteResult> {
  return runAction(env, "applyFixes", async (ctx) => {
    if (fixes.length === 0) return { summary: message("actions.fixes.none"), cellsWritten: 0, notices: [], undoable: false };
    // The last fix for a cell wins; each cell is written once.
    const byCell = new Map<string, CellFix & { readonly address: string }>();
    for (const f of fixes) {
      let address: string;
      try {
        const p = parseCell(f.cell);
        address = boxAddress({ r0: p.row, c0: p.col, r1: p.row, c1: p.col });
      } catch (e) {
        throw new ActionError(message("actions.error.badCell", { cell: f.cell }), "invalid", { cause: e });
      }
      byCell.set(`${f.sheet.toLowerCase()}!${address}`, { ...f, address });
    }
    const list = [...byCell.values()];
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/visibility,items/protection/protected");
    const ranges = list.map((f) => sheets.getItem(f.sheet).getRange(f.address).load("formulas"));
    try {
      await ctx.sync();
    } catch (e) {
      if (officeCode(e) !== "ItemNotFound") throw e;
      const book = await readBook(ctx, {});
      const missing = list.find((f) => !hasSheet(book, f.sheet));
      if (missing) throw new ActionError(message("actions.error.sheetMissing", { sheet: missing.sheet }), "invalid", { cause: e });
      throw e;
    }
    const info = sheets.items.map((w): SheetInfo => ({ name: w.name, visibility: w.visibility, protected: w.protection.protected }));
    const book = { sheets: info };
    // What each cell held, and what the fix writes: undo puts the former back only while the cell still holds the latter.
    const restore: UndoRange[] = list.map((f, i) => ({
      sheet: f.sheet,
      address: f.address,
      formulas: [[cellContent((ranges[i]!.formulas as RawValue[][])[0]?.[0])]],
      wrote: [[f.formula ?? cellContent(f.value)]],
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.criterion ? { criterion: f.criterion } : {}),
    }));
    const targets = [...new Set(list.map((f) => hasSheet(book, f.sheet)!.name))];
    const unprotected = await unprotectSheets(ctx, targets.filter((n) => hasSheet(book, n)!.protected));
    await recordUndo(ctx, hasSheet(book, PANE_SHEET) !== undefined, cellsRecord(message("actions.undo.label.fixes", { count: list.length }), env.now().toISOString(), list.length, restore));
    for (const f of list) {
      const input = f.formula !== undefined ? f.formula : f.value !== undefined ? cellInputOf(f.value) : null;
      if (input === null) continue;
      sheets.getItem(f.sheet).getRange(f.address).formulas = [[input]];
    }
    protectAgain(ctx, unprotected);
    await syncWrites(ctx, unprotected);
    return { summary: message("actions.fixes.done", { count: list.length }), cellsWritten: list.length, notices: [], undoable: true };
  });
}

function cellContent(v: RawValue): string | number | boolean {
  return v === null || v === undefined ? "" : v;
}
