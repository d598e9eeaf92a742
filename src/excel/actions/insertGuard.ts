/**
 * A new insert (no clash, as its preview just read) without a read of its own: the first write batch starts
 * with checks that fail when the workbook is not as the preview saw it, before anything is written. Excel
 * stops a batch at its first failing operation, so a sheet or name of the plan added since, or the pane sheet
 * created or deleted since, stops the insert with nothing written; the insert then reads and decides again.
 *
 * The checks leave nothing behind: a probe sheet (a name no one uses) is renamed to each plan sheet name and
 * back (a rename to a name that exists fails), each plan name is added and deleted at once (adding one that
 * exists fails), and the pane sheet is looked up (missing fails) or probed like a plan sheet. The probe sheet
 * is deleted at the end of the checks; when it is still there after a failure, the checks failed.
 */
import type { ActionEnv } from "./env";
import type { InsertAnalysis } from "./insertPlan";
import { PANE_SHEET } from "./paneSheet";
import { hasSheet } from "./readBook";
import type { InsertRequest } from "./types";

/** What the preview saw that the insert relies on. */
export interface SeenState {
  readonly paneExists: boolean;
}

/** The last preview of each bound set of actions that found nothing in the way, for the insert of the same request. */
const previews = new WeakMap<ActionEnv, { readonly request: InsertRequest; readonly analysis: InsertAnalysis; readonly seen: SeenState }>();

/** Remembers a preview that found no sheet, name or ThiDua workbook in the way (forgets it otherwise). */
export function rememberPreview(env: ActionEnv, request: InsertRequest, analysis: InsertAnalysis): void {
  const clear = analysis.clashes.length === 0 && analysis.clashNames.length === 0 && analysis.entries.length === 0 && analysis.rebuilt === null;
  if (clear) previews.set(env, { request, analysis, seen: { paneExists: hasSheet(analysis.book, PANE_SHEET) !== undefined } });
  else previews.delete(env);
}

/** The preview of this very request, once (a second insert reads again). */
export function takePreview(env: ActionEnv, request: InsertRequest): { readonly analysis: InsertAnalysis; readonly seen: SeenState } | null {
  const p = previews.get(env);
  previews.delete(env);
  return p && p.request === request ? p : null;
}

/** A sheet name no one uses (Excel's 31 characters, none it forbids). */
export function probeName(now: Date): string {
  return `~ThiDua probe ${now.getTime().toString(36)}`;
}

/** Queues the checks; nothing is sent until the caller's next sync. */
export function queueNewInsertChecks(ctx: Excel.RequestContext, probe: string, sheetNames: readonly string[], definedNames: readonly string[], seen: SeenState): void {
  const sheets = ctx.workbook.worksheets;
  const t = sheets.add(probe);
  const mustBeFree = seen.paneExists ? sheetNames : [...sheetNames, PANE_SHEET];
  for (const name of mustBeFree) {
    t.name = name;
    t.name = probe;
  }
  if (seen.paneExists) sheets.getItem(PANE_SHEET).load("name");
  for (const name of definedNames) {
    ctx.workbook.names.add(name, "=0");
    ctx.workbook.names.getItem(name).delete();
  }
  t.delete();
}

/** After a failed batch: true when the checks failed (the probe sheet is still there, now deleted), false when the writes did. */
export async function checksFailed(ctx: Excel.RequestContext, probe: string): Promise<boolean> {
  const t = ctx.workbook.worksheets.getItemOrNullObject(probe);
  t.load("name");
  await ctx.sync();
  // Loaded and synced just above; the office-addins rule does not count load("name") as loading isNullObject.
  // eslint-disable-next-line office-addins/call-sync-before-read
  if (t.isNullObject) return false;
  t.delete();
  await ctx.sync();
  return true;
}
