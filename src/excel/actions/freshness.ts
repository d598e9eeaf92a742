/**
 * Results that know what they were computed from: the fingerprint of the cells a result reads (from the
 * read the action already did, no extra round trip), a one-read check of the current fingerprints, and
 * Excel's change events as the trigger to check.
 */
import { FingerprintBuilder } from "../../domain/freshness/fingerprint";
import { HISTORY_SHEET, SHEET } from "../../workbook/names";
import { runAction, type ActionEnv } from "./env";
import { planSizer } from "./planSizer";
import { hasSheet, type BookRead, type BookRequest } from "./readBook";
import type { GridProp } from "./readRows";
import { metaOf, withHistorySheet } from "./thiduaRead";
import { readThiDuaBook } from "./thiduaSet";
import type { ChangeKind, ChangeWatch, FingerprintScope, ResultSource } from "./types";

/** One sheet a scope reads: what it needs of it, and whether it is large enough to be read by rows (readRows.ts). */
interface ScopeSheet {
  readonly sheet: string;
  readonly props: readonly GridProp[];
  readonly byRows: boolean;
}

const BOTH: readonly GridProp[] = ["values", "formulas"];

/**
 * What each scope reads. Kiểm tra needs the entered scores (Chấm điểm) and, of Điểm, only whether its formulas
 * are still formulas: Điểm's values follow from the rest, so its formulas alone are read, by rows.
 */
export const SCOPE_READS: Readonly<Record<FingerprintScope, readonly ScopeSheet[]>> = {
  check: [
    { sheet: SHEET.meta, props: BOTH, byRows: false },
    { sheet: SHEET.units, props: BOTH, byRows: false },
    { sheet: SHEET.entry, props: BOTH, byRows: true },
    { sheet: SHEET.points, props: ["formulas"], byRows: true },
  ],
  ranking: [
    { sheet: SHEET.meta, props: BOTH, byRows: false },
    { sheet: SHEET.units, props: BOTH, byRows: false },
    { sheet: SHEET.entry, props: BOTH, byRows: false },
  ],
};

/**
 * Sheets a scope also reads when the workbook has them, asked for once the sheet list is known (one more sync, only
 * then): Lịch sử, whose typed earlier periods change the awards that look back — the ranking's, and those of the
 * evaluation Kiểm tra hands to Xuất. Its formulas only: the values they compute follow from the rest (and change
 * when Xếp hạng is rebuilt).
 */
const HISTORY_READ: ScopeSheet = { sheet: HISTORY_SHEET, props: ["formulas"], byRows: false };
const SCOPE_OPTIONAL: Readonly<Record<FingerprintScope, readonly ScopeSheet[]>> = { check: [HISTORY_READ], ranking: [HISTORY_READ] };

const scopeReads = (scope: FingerprintScope) => [...SCOPE_READS[scope], ...SCOPE_OPTIONAL[scope]];

/** The plan sheets each scope reads (always). */
export const SCOPE_SHEETS: Readonly<Record<FingerprintScope, readonly string[]>> = {
  check: SCOPE_READS.check.map((s) => s.sheet),
  ranking: SCOPE_READS.ranking.map((s) => s.sheet),
};

/** The read of some scopes: a sheet is read by rows when any scope says so, with every property one of them needs. */
export function scopeRequest(scopes: readonly FingerprintScope[]): BookRequest {
  const wanted = new Map<string, ScopeSheet>();
  for (const s of scopes.flatMap((x) => SCOPE_READS[x])) {
    const was = wanted.get(s.sheet);
    wanted.set(s.sheet, was ? { sheet: s.sheet, props: BOTH.filter((p) => was.props.includes(p) || s.props.includes(p)), byRows: was.byRows || s.byRows } : s);
  }
  const all = [...wanted.values()];
  return { grids: all.filter((s) => !s.byRows).map((s) => s.sheet), rows: all.filter((s) => s.byRows).map((s) => ({ sheet: s.sheet, props: s.props })), sizer: planSizer };
}

/** The fingerprint of a scope's sheets in a read (their names, used ranges, and the values or formulas the scope reads). */
export function fingerprintIn(book: BookRead, scope: FingerprintScope): string {
  const b = new FingerprintBuilder();
  for (const { sheet, props } of scopeReads(scope)) {
    const info = hasSheet(book, sheet);
    const g = book.grids.get(sheet.toLowerCase());
    b.add(info?.name ?? null).add(g ? `${g.r0},${g.c0}` : null);
    if (g) b.addGrid(props.includes("values") ? g.values : []).addGrid(props.includes("formulas") ? g.formulas : []);
  }
  return b.digest();
}

/** What a result computed from `book` was computed from. */
export function sourceOf(book: BookRead, scope: FingerprintScope): ResultSource {
  const meta = metaOf(book);
  return {
    scope,
    fingerprint: fingerprintIn(book, scope),
    sheets: scopeReads(scope).map((s) => hasSheet(book, s.sheet)?.name).filter((n): n is string => n !== undefined),
    cluster: meta.ok ? meta.value.clusterName : "",
    period: meta.ok ? meta.value.period : "",
  };
}

export async function fingerprints(env: ActionEnv, scopes: readonly FingerprintScope[]): Promise<Partial<Record<FingerprintScope, string | null>>> {
  return runAction(env, "fingerprints", async (ctx) => {
    const first = await readThiDuaBook(ctx, scopeRequest(scopes));
    const book = scopes.some((x) => SCOPE_OPTIONAL[x].length > 0) ? await withHistorySheet(ctx, first) : first;
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
