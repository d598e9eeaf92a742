/**
 * Results that know what they were computed from: the fingerprint of the cells a result reads (from the
 * read the action already did, no extra round trip), a one-read check of the current fingerprints, and
 * Excel's change events as the trigger to check.
 */
import { FingerprintBuilder } from "../../domain/freshness/fingerprint";
import { SHEET } from "../../workbook/names";
import { runAction, type ActionEnv } from "./env";
import { hasSheet, type BookRead } from "./readBook";
import { metaOf } from "./thiduaRead";
import { readThiDuaBook } from "./thiduaSet";
import type { ChangeKind, ChangeWatch, FingerprintScope, ResultSource } from "./types";

/** The plan sheets each scope reads. */
export const SCOPE_SHEETS: Readonly<Record<FingerprintScope, readonly string[]>> = {
  check: [SHEET.meta, SHEET.units, SHEET.entry, SHEET.points],
  ranking: [SHEET.meta, SHEET.units, SHEET.entry],
};

/** The fingerprint of a scope's sheets in a read (their names, used ranges, values and formulas). */
export function fingerprintIn(book: BookRead, scope: FingerprintScope): string {
  const b = new FingerprintBuilder();
  for (const plan of SCOPE_SHEETS[scope]) {
    const info = hasSheet(book, plan);
    const g = book.grids.get(plan.toLowerCase());
    b.add(info?.name ?? null).add(g ? `${g.r0},${g.c0}` : null);
    if (g) b.addGrid(g.values).addGrid(g.formulas);
  }
  return b.digest();
}

/** What a result computed from `book` was computed from. */
export function sourceOf(book: BookRead, scope: FingerprintScope): ResultSource {
  const meta = metaOf(book);
  return {
    scope,
    fingerprint: fingerprintIn(book, scope),
    sheets: SCOPE_SHEETS[scope].map((s) => hasSheet(book, s)?.name).filter((n): n is string => n !== undefined),
    cluster: meta.ok ? meta.value.clusterName : "",
    period: meta.ok ? meta.value.period : "",
  };
}

export async function fingerprints(env: ActionEnv, scopes: readonly FingerprintScope[]): Promise<Partial<Record<FingerprintScope, string | null>>> {
  return runAction(env, "fingerprints", async (ctx) => {
    const sheets = [...new Set(scopes.flatMap((s) => SCOPE_SHEETS[s]))];
    const book = await readThiDuaBook(ctx, { grids: sheets });
    const thidua = metaOf(book).ok;
    return Object.fromEntries(scopes.map((s) => [s, thidua ? fingerprintIn(book, s) : null]));
  });
}

/**
 * Registers change handlers: WorksheetCollection.onChanged (ExcelApi 1.9, every sheet) when the host has
 * it, else Worksheet.onChanged on each sheet (1.7); WorksheetCollection.onAdded/onDeleted (1.7) always.
 * Below 1.7 (or when registering fails) there are no events: kind "none".
 */
export async function watchChanges(env: ActionEnv, onChange: (what: ChangeKind) => void): Promise<ChangeWatch> {
  if (!env.isSetSupported("ExcelApi", "1.7")) return { kind: "none", stop: async () => {} };
  const whole = env.isSetSupported("ExcelApi", "1.9");
  return runAction(env, "watchChanges", async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    const cells = async () => onChange("cells");
    const structure = async () => onChange("sheets");
    const results: OfficeExtension.EventHandlerResult<unknown>[] = [sheets.onAdded.add(structure), sheets.onDeleted.add(structure)];
    if (whole) results.push(sheets.onChanged.add(cells));
    else {
      sheets.load("items/name");
      await ctx.sync();
      for (const ws of sheets.items) results.push(ws.onChanged.add(cells));
    }
    await ctx.sync();
    return {
      kind: whole ? "workbook" : "sheets",
      // Handlers are removed through the context that added them: Excel.run(context, batch) where Office.js is loaded.
      stop: async () => {
        const remove = async (c: Excel.RequestContext) => {
          for (const r of results) r.remove();
          await c.sync();
        };
        const run = (globalThis as { Excel?: { run?: unknown } }).Excel?.run;
        if (typeof run === "function") await (run as (c: Excel.RequestContext, b: typeof remove) => Promise<void>)(ctx, remove);
        else await remove(ctx);
      },
    };
  });
}
