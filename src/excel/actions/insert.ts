/**
 * insert: writes the template workbook with applyPlan. Nothing is overwritten silently: with clashing
 * sheets or names and no choice it rejects ("clash"). Over a ThiDua workbook the entered scores are carried
 * to the new criteria; those whose criterion is gone go to the visible orphan sheet it creates (never dropped);
 * "replace" is refused when scores of units no longer listed would lose their place, and so is a rename list
 * with problems. Before writing, the undo record keeps the replaced sheets' values and formulas, the
 * replaced names and the list of sheets/names the insert creates. Right after a preview that found nothing in
 * the way, the insert does not read again: its first write batch starts with checks that the workbook is still
 * as previewed, which stop the batch before anything is written otherwise (insertGuard.ts).
 */
import { message } from "../../messages/message";
import { applyPlan } from "../applyPlan";
import { runAction, type ActionEnv } from "./env";
import { checksFailed, probeName, queueNewInsertChecks, takePreview, type SeenState } from "./insertGuard";
import { analyseInsert, type InsertAnalysis } from "./insertPlan";
import { clearPaneColumn, PANE_SHEET, UNDO_COLUMN } from "./paneSheet";
import { knownState, protectAgain, reprotectAfter, unprotectSheets } from "./protection";
import { hasSheet } from "./readBook";
import { firstEntryAddress } from "../../workbook/layout";
import { SHEET } from "../../workbook/names";
import { watchedInputsOf, watchedScoresOf } from "./undoCompare";
import { recordCurrentSet } from "./thiduaSet";
import { rangeFromGrid, recordUndo, type UndoRecord } from "./undoJournal";
import { ActionError, type ClashChoice, type InsertRequest, type WriteResult } from "./types";

/** Per replaced sheet, the plan's charts it had none of (read with the insert's analysis): what undo deletes. */
function chartsDrawnOn(a: InsertAnalysis, replaced: readonly { readonly name: string }[]): { sheet: string; names: string[] }[] {
  return replaced.flatMap((r) => {
    const planned = a.plan.sheets.find((s) => hasSheet(a.book, s.name)?.name === r.name)?.charts ?? [];
    const before = a.book.charts?.get(r.name.toLowerCase()) ?? [];
    const names = planned.map((c) => c.name).filter((n) => !before.includes(n));
    return names.length > 0 ? [{ sheet: r.name, names }] : [];
  });
}

/** The checks of an insert as previewed failed: nothing was written; read and decide again. */
class NotAsPreviewed extends Error {}

export async function insert(env: ActionEnv, request: InsertRequest, choice?: ClashChoice): Promise<WriteResult> {
  return runAction(env, "insert", async (ctx) => {
    // Right after a preview that found nothing in the way: no read of its own, guarded by checks (insertGuard.ts).
    const previewed = choice ? null : takePreview(env, request);
    if (previewed) {
      try {
        return await write(ctx, env, request, previewed.analysis, "new", { probe: probeName(env.now()), seen: previewed.seen });
      } catch (e) {
        if (!(e instanceof NotAsPreviewed)) throw e;
      }
    }
    const a = await analyseInsert(ctx, request, choice === "replace", env.now().toISOString());
    const renameProblem = a.rebuilt?.change.problems[0];
    if (renameProblem) throw new ActionError(renameProblem, "invalid");
    const clash = a.clashes.length > 0 || a.clashNames.length > 0;
    if (clash && !choice) {
      const sheets = [...a.clashes.map((c) => c.name), ...a.clashNames.map((n) => n.name)].join(", ");
      throw new ActionError(message("actions.error.clash", { sheets }), "clash");
    }
    const mode = !clash ? "new" : choice!;
    // Scores of units no longer in the list: most often a typo in the list, so replace is refused (keep both keeps them).
    const unitGone = a.rebuilt?.carry.orphaned.filter((o) => o.reason === "unitRemoved") ?? [];
    if (mode === "replace" && unitGone.length > 0) {
      const o = unitGone[0]!.entry;
      throw new ActionError(message("actions.error.orphans", { count: unitGone.length, first: `${o.unit} – ${o.criterion}` }), "invalid");
    }
    return write(ctx, env, request, a, mode, null);
  });
}

/** Writes the insert decided from `a`; with `guard`, the first batch starts with the checks that the workbook is as previewed. */
async function write(ctx: Excel.RequestContext, env: ActionEnv, request: InsertRequest, a: InsertAnalysis, mode: ClashChoice | "new", guard: { readonly probe: string; readonly seen: SeenState } | null): Promise<WriteResult> {
  const replaced = mode === "replace" ? a.clashes : [];
  const replacedKeys = new Set(replaced.map((r) => r.name.toLowerCase()));
  const created = a.plan.sheets.map((s) => (mode === "keepBoth" ? a.keepBoth.get(s.name)! : s.name)).filter((n) => !replacedKeys.has(n.toLowerCase()));
  const cells = a.plan.sheets.reduce((s, sh) => s + sh.cells.size, 0);
  const entryName = mode === "keepBoth" ? (a.keepBoth.get(SHEET.entry) ?? SHEET.entry) : SHEET.entry;
  const record: UndoRecord = {
    // Importing earlier results rebuilds through the insert: the undo offer names the import.
    label: message(request.earlier ? "history.import.undoLabel" : "actions.undo.label.insert"),
    at: env.now().toISOString(),
    cells,
    created,
    restore: replaced.map((r) => {
      const g = a.book.grids.get(r.name.toLowerCase());
      if (!g) throw new Error(`insert: the contents of sheet "${r.name}" were not read`);
      return rangeFromGrid(g, true);
    }),
    visibility: replaced.map((r) => ({ sheet: r.name, visibility: r.visibility })),
    createdNames: mode === "keepBoth" ? [] : a.plan.definedNames.map((d) => d.name).filter((n) => !a.clashNames.some((c) => c.name.toLowerCase() === n.toLowerCase())),
    replacedNames: mode === "replace" ? a.clashNames : [],
    formatsLost: replaced.map((r) => r.name),
    chartsDrawn: chartsDrawnOn(a, replaced),
    // Scores typed later into the Chấm điểm sheet this insert writes (created or replaced): undo counts and copies them.
    watched: [watchedScoresOf(a.plan.sheets.find((s) => s.name === SHEET.entry)!, request.template, request.units, entryName)],
    watchedInputs: a.plan.sheets
      .filter((s) => s.name !== SHEET.entry)
      .map((s) => watchedInputsOf(s, mode === "keepBoth" ? (a.keepBoth.get(s.name) ?? s.name) : s.name))
      .filter((w) => w.cells.length > 0),
  };
  const unprotected = await unprotectSheets(ctx, replaced.filter((r) => r.protected).map((r) => r.name));
  if (guard) queueNewInsertChecks(ctx, guard.probe, a.plan.sheets.map((s) => s.name), a.plan.definedNames.map((d) => d.name), guard.seen);
  const paneExists = guard ? guard.seen.paneExists : hasSheet(a.book, PANE_SHEET) !== undefined;
  const queuedBytes = await recordUndo(ctx, paneExists, record); // goes out with applyPlan's first sync
  // Every read from now on uses the sheets this insert writes (thiduaSet.ts); a failed insert leaves a record of a set that does not exist, which reads ignore.
  recordCurrentSet(ctx, mode === "keepBoth" ? a.keepBoth.get(SHEET.meta)!.slice(SHEET.meta.length) : "");
  let applied;
  try {
    applied = await applyPlan(ctx, a.plan, { onConflict: mode === "new" ? "ask" : mode, isSetSupported: env.isSetSupported, known: knownState(a.book, unprotected), queuedBytes });
    if (applied.status !== "applied") {
      // Someone added the sheets between our read and applyPlan's: nothing was written, drop the record.
      clearPaneColumn(ctx, true, UNDO_COLUMN);
      await ctx.sync();
      throw new ActionError(message("actions.error.clash", { sheets: [...applied.sheets, ...applied.names].join(", ") }), "clash");
    }
    if (unprotected.length > 0) {
      protectAgain(ctx, unprotected);
      await ctx.sync();
    }
  } catch (e) {
    if (guard && (await checksFailed(ctx, guard.probe))) throw new NotAsPreviewed();
    await reprotectAfter(ctx, e, unprotected);
    throw e;
  }
  const params = { created: created.length, replaced: replaced.length, cells, kept: a.carry.kept + a.carry.moved };
  const orphanSheet = a.rebuilt?.orphanSheet;
  const orphans = orphanSheet ? { orphaned: a.carry.orphaned.length, sheet: mode === "keepBoth" ? a.keepBoth.get(orphanSheet)! : orphanSheet } : null;
  return {
    summary: orphans ? message("change.insert.done", { ...params, ...orphans }) : a.entries.length > 0 ? message("actions.insert.doneKept", params) : message("actions.insert.done", params),
    cellsWritten: cells,
    notices: applied.notices,
    undoable: true,
    next: { sheet: entryName, cell: firstEntryAddress(request.template, request.units.length) },
  };
}
