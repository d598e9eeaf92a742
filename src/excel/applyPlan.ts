/**
 * Writes a WorkbookPlan (src/workbook/plan.ts) into the open workbook with Office.js — the counterpart of
 * src/xlsx/renderPlan.ts (same cells, formats, validation, protection, names).
 *
 * Round trips: 1 sync reads the sheet names, protection states and defined names; then the writes, split
 * by rows into batches of at most maxBatchBytes (2 for 50 units × 150 criteria); the last write batch also
 * loads the protection states back to verify them. Values and formulas go as one 2-D array per block of contiguous rows.
 *
 * Never loses data: when sheets (or defined names) with the plan's names exist, nothing is written and a
 * conflict is returned, unless options.onConflict says "replace" or "keepBoth" (sheets " (2)").
 * Anything above the manifest's ExcelApi 1.8 is feature-detected and reported as a notice when missing.
 */
import { deleteEarlierCharts, drawCharts, earlierChartNames, type ReplacedSheet } from "./charts";
import { isApiSetSupported } from "./apiSupport";
import type { SheetPlan, WorkbookPlan } from "../workbook/plan";
import { mentionsName, renamePlan } from "./cells";
import { OP_BYTES, writeSheet } from "./writeSheet";

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
export type ExcelTarget = Excel.RequestContext | ExcelRunner;

/** Excel on the web rejects request payloads over 5 MB (PayloadTooLarge); the JSON estimate stays well below. */
export const DEFAULT_MAX_BATCH_BYTES = 3_000_000;

export type ConflictChoice = "ask" | "replace" | "keepBoth";

export interface ApplyOptions {
  /** What to do when sheets or names of the plan already exist. Default "ask": write nothing, return the conflict. */
  readonly onConflict?: ConflictChoice;
  /** Largest write batch (approximate JSON bytes) before an extra sync. */
  readonly maxBatchBytes?: number;
  /** Feature detection; default Office.context.requirements.isSetSupported (false when unknown). */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /**
   * The sheets (with their protection now) and workbook-level names, as the caller read them in the same
   * context just before: applyPlan then does not read them again (one round trip less).
   */
  readonly known?: {
    readonly sheets: readonly ExistingSheet[];
    readonly names: readonly string[];
    /** Chart names by lower-case sheet name, for the sheets the plan replaces and draws charts on (else they are read). */
    readonly charts?: ReadonlyMap<string, readonly string[]>;
  };
  /** Bytes the caller already queued in the context (e.g. an undo record): they count toward the first batch. */
  readonly queuedBytes?: number;
}

/** A feature skipped because the host lacks its requirement set: the UI must show UnsupportedApiNotice. */
export interface ApiNotice {
  readonly feature: "print" | "indent" | "calculationSuspend";
  readonly requirement: string;
}

export interface ConflictResult {
  readonly status: "conflict";
  /** Plan sheets that already exist (as named in the workbook). */
  readonly sheets: readonly string[];
  /** Workbook-level defined names of the plan that already exist. */
  readonly names: readonly string[];
  /** The sheet names "keep both" would use. */
  readonly keepBothNames: Readonly<Record<string, string>>;
  readonly syncs: number;
}

export interface AppliedResult {
  readonly status: "applied";
  readonly mode: "new" | "replace" | "keepBoth";
  /** Plan sheet name → name written. */
  readonly sheetNames: Readonly<Record<string, string>>;
  readonly notices: readonly ApiNotice[];
  /** True when some feature was skipped (notices is not empty). */
  readonly degraded: boolean;
  /** Existing sheets that were protected, unprotected for the write and protected again. */
  readonly reprotected: readonly string[];
  /** Sheets whose protection after the write differs from what was intended (should be empty). */
  readonly protectionMismatches: readonly string[];
  /** Texts shortened to Excel's limits (validation titles 32, prompts 255, error messages 225 characters). */
  readonly clipped: readonly string[];
  readonly syncs: number;
  readonly writeBatches: number;
}

export type ApplyResult = ConflictResult | AppliedResult;

/** Runs `f` with a context: the given one, or a new Excel.run. */
export async function withContext<T>(target: ExcelTarget, f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  return typeof target === "function" ? target(f) : f(target);
}

export interface ExistingSheet {
  readonly name: string;
  readonly protected: boolean;
}


/** The first suffix " (k)" (k ≥ 2) free for every sheet of the plan; names kept within 31 characters. */
export function keepBothNames(planSheets: readonly string[], existing: readonly string[]): Map<string, string> {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  for (let k = 2; ; k++) {
    const m = new Map<string, string>();
    for (const s of planSheets) {
      const suffix = ` (${k})`;
      m.set(s, s.slice(0, 31 - suffix.length) + suffix);
    }
    if ([...m.values()].every((n) => !taken.has(n.toLowerCase()))) return m;
  }
}

export async function applyPlan(target: ExcelTarget, plan: WorkbookPlan, options: ApplyOptions = {}): Promise<ApplyResult> {
  return withContext(target, (ctx) => applyPlanIn(ctx, plan, options));
}

async function applyPlanIn(ctx: Excel.RequestContext, plan: WorkbookPlan, options: ApplyOptions): Promise<ApplyResult> {
  const supported = options.isSetSupported ?? isApiSetSupported;
  const maxBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await ctx.sync();
  };

  // ---- 1. read the state (unless the caller just did) --------------------------------------------
  const sheets = ctx.workbook.worksheets;
  const names = ctx.workbook.names;
  let existing: readonly ExistingSheet[];
  let existingNames: Set<string>;
  if (options.known) {
    existing = options.known.sheets;
    existingNames = new Set(options.known.names.map((n) => n.toLowerCase()));
  } else {
    sheets.load("items/name,items/protection/protected");
    names.load("items/name");
    await sync();
    existing = sheets.items.map((w) => ({ name: w.name, protected: w.protection.protected }));
    existingNames = new Set(names.items.map((n) => n.name.toLowerCase()));
  }
  const existingByKey = new Map(existing.map((e) => [e.name.toLowerCase(), e]));
  const clashSheets = plan.sheets.map((s) => existingByKey.get(s.name.toLowerCase())).filter((e): e is ExistingSheet => e !== undefined);
  const clashNames = plan.definedNames.filter((d) => existingNames.has(d.name.toLowerCase())).map((d) => d.name);
  const both = keepBothNames(
    plan.sheets.map((s) => s.name),
    existing.map((e) => e.name),
  );
  const conflict = clashSheets.length > 0 || clashNames.length > 0;
  const choice = options.onConflict ?? "ask";
  if (conflict && choice === "ask") {
    return { status: "conflict", sheets: clashSheets.map((e) => e.name), names: clashNames, keepBothNames: Object.fromEntries(both), syncs };
  }
  const mode: AppliedResult["mode"] = !conflict ? "new" : choice === "keepBoth" ? "keepBoth" : "replace";
  const renames = mode === "keepBoth" ? both : new Map<string, string>();
  const target = renamePlan(plan, renames);

  // ---- 2. write -------------------------------------------------------------------------------
  const notices: ApiNotice[] = [];
  const clipped: string[] = [];
  const has = (v: string) => supported("ExcelApi", v);
  const canSuspend = has("1.6"); // suspendApiCalculationUntilNextSync: ExcelApi 1.6 (within the 1.8 baseline)
  if (!canSuspend) notices.push({ feature: "calculationSuspend", requirement: "ExcelApi 1.6" });
  const canIndent = has("1.9");
  const canPrint = canIndent; // pageLayout: ExcelApi 1.9
  const usesIndent = plan.sheets.some((s) => [...s.cells.values()].some((c) => c.indent));
  if (!canIndent && usesIndent) notices.push({ feature: "indent", requirement: "ExcelApi 1.9" });
  if (!canPrint && plan.sheets.some((s) => s.print)) notices.push({ feature: "print", requirement: "ExcelApi 1.9" });

  let pending = options.queuedBytes ?? 0;
  let writeBatches = 0;
  const spend = async (bytes: number) => {
    if (pending > 0 && pending + bytes > maxBytes) {
      await sync();
      writeBatches++;
      pending = 0;
      if (canSuspend) ctx.application.suspendApiCalculationUntilNextSync();
    }
    pending += bytes;
  };

  const replaced = mode === "replace" ? target.sheets.flatMap((sp) => replacedSheet(sp, existingByKey)) : [];
  const earlierCharts = await earlierChartNames(sheets, replaced, options.known?.charts, sync);

  const reprotected: string[] = [];
  const expectProtected = new Map<string, boolean>();
  let check: (readonly [string, Excel.Worksheet])[] = [];
  if (canSuspend) ctx.application.suspendApiCalculationUntilNextSync();
  try {
    // Unprotect first, before anything is cleared: a sheet protected with a password fails here and the
    // batch stops before any existing content was touched.
    for (const sp of target.sheets) {
      const old = existingByKey.get(sp.name.toLowerCase());
      if (old?.protected) sheets.getItem(old.name).protection.unprotect();
    }
    for (const sp of target.sheets) {
      const old = existingByKey.get(sp.name.toLowerCase());
      let ws: Excel.Worksheet;
      if (old) {
        // "replace": clear the existing sheet in place (references from other sheets keep working).
        ws = sheets.getItem(old.name);
        const all = ws.getRange();
        all.conditionalFormats.clearAll();
        all.dataValidation.clear();
        all.unmerge();
        all.clear("All");
        deleteEarlierCharts(ws, earlierCharts.get(old.name), sp.charts ?? []);
        expectProtected.set(sp.name, old.protected);
        if (old.protected) reprotected.push(old.name);
      } else {
        ws = sheets.add(sp.name);
        expectProtected.set(sp.name, sp.protection.protect);
      }
      await writeSheet(ws, sp, { canIndent, canPrint, spend, clipped, maxBytes });
      if (sp.charts) {
        await spend(OP_BYTES * 12 * sp.charts.reduce((k, c) => k + c.series.length, 0));
        drawCharts(ctx, ws, sp.charts);
      }
      ws.visibility = sp.hidden ? "Hidden" : "Visible";
    }
    // Names: workbook-level; with "keep both" the originals stay, so the copies get sheet-level names on
    // every sheet whose formulas use them (a sheet-level name wins over the workbook one there).
    for (const d of target.definedNames) {
      if (mode === "keepBoth") {
        for (const sp of target.sheets) {
          if (sheetUsesName(sp, d.name)) sheets.getItem(sp.name).names.add(d.name, `=${d.ref}`, d.comment);
        }
      } else {
        if (existingNames.has(d.name.toLowerCase())) names.getItem(d.name).delete();
        names.add(d.name, `=${d.ref}`, d.comment);
      }
      await spend(200);
    }
    // Protection last (after the names), then verification in the same batch: the loads run after the protect calls.
    for (const sp of target.sheets) if (expectProtected.get(sp.name)) sheets.getItem(sp.name).protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    check = target.sheets.map((sp) => {
      const ws = sheets.getItem(sp.name);
      ws.protection.load("protected");
      return [sp.name, ws] as const;
    });
    await sync();
    writeBatches++;
  } catch (e) {
    await restoreProtection(ctx, existing.filter((x) => x.protected).map((x) => x.name));
    throw e;
  }
  const protectionMismatches = check.filter(([n, ws]) => ws.protection.protected !== (expectProtected.get(n) ?? false)).map(([n]) => n);

  return {
    status: "applied",
    mode,
    sheetNames: Object.fromEntries(plan.sheets.map((s) => [s.name, renames.get(s.name) ?? s.name])),
    notices,
    degraded: notices.length > 0,
    reprotected,
    protectionMismatches,
    clipped,
    syncs,
    writeBatches,
  };
}

/** The existing sheet a plan sheet replaces, with the charts the plan draws on it (none when the sheet is new). */
function replacedSheet(sp: SheetPlan, existingByKey: ReadonlyMap<string, ExistingSheet>): ReplacedSheet[] {
  const old = existingByKey.get(sp.name.toLowerCase());
  return old ? [{ existing: old.name, charts: sp.charts ?? [] }] : [];
}

/** After a failed write: protect again every sheet that was protected before and is not now. */
async function restoreProtection(ctx: Excel.RequestContext, wereProtected: readonly string[]): Promise<void> {
  if (wereProtected.length === 0) return;
  try {
    const list = wereProtected.map((n) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(n);
      ws.load("name");
      ws.protection.load("protected");
      return ws;
    });
    await ctx.sync();
    for (const ws of list) if (!ws.isNullObject && !ws.protection.protected) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    await ctx.sync();
  } catch {
    // The original error is what the caller needs; a failed restore leaves the sheet unprotected.
  }
}

function sheetUsesName(sp: SheetPlan, name: string): boolean {
  for (const c of sp.cells.values()) if ("formula" in c && mentionsName(c.formula, name)) return true;
  if (sp.dataValidations.some((d) => d.rule.type === "custom" && mentionsName(d.rule.formula, name))) return true;
  return sp.conditionalFormats.some((c) => mentionsName(c.formula, name));
}
