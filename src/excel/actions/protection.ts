/**
 * Sheet protection around the pane's writes: protected sheets are unprotected in a sync of their own
 * before anything is written, so that a sheet protected with a password stops the action with a kind
 * message naming that sheet — and nothing else has changed (sheets unprotected in the same batch are
 * protected again first).
 */
import { message } from "../../messages/message";
import type { ApplyOptions } from "../applyPlan";
import type { BookRead } from "./readBook";
import { ActionError } from "./types";

/** The options applyPlan protects with (format columns/rows allowed). */
export const PROTECT_OPTIONS = { allowFormatColumns: true, allowFormatRows: true } as const;

/** Unprotects `names` (sheets now protected). Returns them, to be protected again with `protectAgain`. */
export async function unprotectSheets(ctx: Excel.RequestContext, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const sheets = ctx.workbook.worksheets;
  for (const n of names) sheets.getItem(n).protection.unprotect();
  try {
    await ctx.sync();
  } catch (e) {
    // Which one refused? The first still protected; protect again those that were unprotected.
    const ws = names.map((n) => {
      const w = sheets.getItem(n);
      w.protection.load("protected");
      return w;
    });
    await ctx.sync();
    const culprit = names.find((_, i) => ws[i]!.protection.protected) ?? names[0]!;
    ws.forEach((w) => {
      if (!w.protection.protected) w.protection.protect(PROTECT_OPTIONS);
    });
    await ctx.sync();
    throw new ActionError(message("actions.error.protected", { sheet: culprit }), "protected", { cause: e });
  }
  return [...names];
}

/** Queues protecting the sheets again (those that still exist). */
export function protectAgain(ctx: Excel.RequestContext, names: readonly string[]): void {
  for (const n of names) ctx.workbook.worksheets.getItem(n).protection.protect(PROTECT_OPTIONS);
}

/**
 * Sends a write batch that ends with protectAgain(unprotected). When it fails part-way the protect calls
 * did not run: the sheets are protected again before the error goes on (both errors if that fails too).
 */
export async function syncWrites(ctx: Excel.RequestContext, unprotected: readonly string[]): Promise<void> {
  try {
    await ctx.sync();
  } catch (e) {
    await reprotectAfter(ctx, e, unprotected);
    throw e;
  }
}

/** After `error`: protects again those of `names` that are unprotected now (2 syncs); throws both errors if that fails. */
export async function reprotectAfter(ctx: Excel.RequestContext, error: unknown, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
  try {
    const ws = names.map((n) => {
      const w = ctx.workbook.worksheets.getItemOrNullObject(n);
      w.protection.load("protected");
      return w;
    });
    await ctx.sync();
    for (const w of ws) if (!w.isNullObject && !w.protection.protected) w.protection.protect(PROTECT_OPTIONS);
    await ctx.sync();
  } catch (e2) {
    throw new AggregateError([error, e2], `the write failed (${String(error)}) and protecting ${names.join(", ")} again failed too (${String(e2)})`);
  }
}

/** What applyPlan needs to know of a read just made (sheets unprotected since count as unprotected), so that it does not read again. */
export function knownState(book: Pick<BookRead, "sheets" | "names" | "charts">, unprotected: readonly string[]): NonNullable<ApplyOptions["known"]> {
  const opened = new Set(unprotected.map((n) => n.toLowerCase()));
  return {
    sheets: book.sheets.map((s) => ({ name: s.name, protected: s.protected && !opened.has(s.name.toLowerCase()) })),
    names: book.names.map((n) => n.name),
    ...(book.charts ? { charts: book.charts } : {}),
  };
}
