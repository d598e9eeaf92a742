/**
 * rank: keeps the Xếp hạng tab whole, then evaluates the cluster for the pane. When the tab is missing or
 * some of its formulas were typed over it is written again from the plan (with its defined names),
 * undoably; otherwise nothing is written. Syncs: 1 read (+ 1 unprotect and applyPlan's syncs when writing).
 */
import { evaluateCluster } from "../../domain/cluster";
import { message } from "../../messages/message";
import type { Template } from "../../domain/template/model";
import { buildPlan, SHEET, workbookLayout } from "../../workbook/buildPlan";
import { addr, columnLetter, sheetRef, type SheetPlan, type WorkbookPlan } from "../../workbook/plan";
import { applyPlan } from "../applyPlan";
import { runAction, type ActionEnv } from "./env";
import { formulaPlan, overwrittenOn } from "./overwritten";
import { PANE_SHEET } from "./paneSheet";
import { knownState, protectAgain, reprotectAfter, syncWrites, unprotectSheets } from "./protection";
import { SCOPE_SHEETS, sourceOf } from "./freshness";
import { cellOf, hasSheet, type BookRead } from "./readBook";
import { withHistorySheet } from "./thiduaRead";
import { readThiDuaBook, sheetNameIn } from "./thiduaSet";
import { rangeFromGrid, recordUndo } from "./undoJournal";
import { requireCluster, unitInputs } from "./validate";
import { ActionError, type RankingReport, type WriteResult } from "./types";

export async function rank(env: ActionEnv): Promise<RankingReport> {
  return runAction(env, "rank", async (ctx) => {
    const book = await withHistorySheet(ctx, await readThiDuaBook(ctx, { grids: [...SCOPE_SHEETS.ranking, SHEET.ranking], names: true }));
    const read = requireCluster(book);
    const t = read.meta.template;
    const result = evaluateCluster(t, unitInputs(read, book), read.entries);
    const source = sourceOf(book, "ranking");
    const existing = hasSheet(book, SHEET.ranking);
    const expected = asBuilt(formulaPlan(t, read.meta.unitCount, read.history).sheets.find((s) => s.name === SHEET.ranking)!, book, t, read.meta.unitCount);
    const broken = !existing || overwrittenOn(expected, book).length > 0;
    if (!broken) {
      const write: WriteResult = { summary: message("actions.rank.upToDate", { sheet: existing.name }), cellsWritten: 0, notices: [], undoable: false };
      return { source, result, sheet: existing.name, write };
    }
    // The plan's names and the Xếp hạng sheet belong to the first set; a "keep both" set is rebuilt by inserting again.
    if (book.aliases) throw new ActionError(message("fresh.rankOtherSet", { sheet: sheetNameIn(book, SHEET.ranking) }), "invalid");
    let full: WorkbookPlan;
    try {
      full = buildPlan(t, { name: read.meta.clusterName, period: read.meta.period, units: read.units, ...(read.history ? { history: read.history } : {}) });
    } catch (e) {
      throw new ActionError(message("actions.error.badUnits", { detail: e instanceof Error ? e.message : String(e) }), "invalid", { cause: e });
    }
    const sheet = full.sheets.find((s) => s.name === SHEET.ranking)!;
    const sub: WorkbookPlan = { sheets: [sheet], definedNames: full.definedNames.filter((d) => d.ref.includes(sheetRef(SHEET.ranking))) };
    const subNames = new Set(sub.definedNames.map((d) => d.name.toLowerCase()));
    const clashNames = book.names.filter((n) => subNames.has(n.name.toLowerCase()));
    const grid = existing ? book.grids.get(existing.name.toLowerCase()) : undefined;
    const unprotected = await unprotectSheets(ctx, existing?.protected ? [existing.name] : []);
    const queuedBytes = await recordUndo(ctx, hasSheet(book, PANE_SHEET) !== undefined, {
      label: message("actions.undo.label.rank"),
      at: env.now().toISOString(),
      cells: sheet.cells.size,
      created: existing ? [] : [SHEET.ranking],
      restore: grid ? [rangeFromGrid(grid, true)] : [],
      visibility: existing ? [{ sheet: existing.name, visibility: existing.visibility }] : [],
      createdNames: sub.definedNames.map((d) => d.name).filter((n) => !clashNames.some((c) => c.name.toLowerCase() === n.toLowerCase())),
      replacedNames: clashNames,
      formatsLost: existing ? [existing.name] : [],
    });
    let applied;
    try {
      applied = await applyPlan(ctx, sub, { onConflict: "replace", isSetSupported: env.isSetSupported, known: knownState(book, unprotected), queuedBytes });
    } catch (e) {
      await reprotectAfter(ctx, e, unprotected);
      throw e;
    }
    if (applied.status !== "applied") throw new Error("rank: applyPlan reported a conflict with onConflict=replace");
    if (unprotected.length > 0) {
      protectAgain(ctx, unprotected);
      await syncWrites(ctx, unprotected);
    }
    const params = { sheet: SHEET.ranking, cells: sheet.cells.size };
    const write: WriteResult = {
      summary: existing ? message("actions.rank.restored", params) : message("actions.rank.created", params),
      cellsWritten: sheet.cells.size,
      notices: applied.notices,
      undoable: true,
    };
    return { source, result, sheet: SHEET.ranking, write };
  });
}

/**
 * Xếp hạng as the workbook was built: one built before the sheet had last period's columns (nothing headed where
 * they go) is whole without them; rewriting it for another reason adds them.
 */
function asBuilt(expected: SheetPlan, book: BookRead, t: Template, unitCount: number): SheetPlan {
  const P = workbookLayout(t, unitCount).rankingCols.previous;
  if (!expected.cells.has(addr(P.total, 1)) || cellOf(book.grids.get(expected.name.toLowerCase()), 1, P.total) !== "") return expected;
  const columns = new Set([P.total, P.rank, P.change].map(columnLetter));
  return { ...expected, cells: new Map([...expected.cells].filter(([a]) => !columns.has(a.replace(/\d+$/, "")))) };
}
