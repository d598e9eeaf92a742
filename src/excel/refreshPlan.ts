/**
 * Rebuilds the workbook after the criteria changed, keeping every entered score: the grid is read with the
 * previous template's layout, the entries are matched to the new plan by criterion code and normalised
 * unit name (identityKey, via fillEntries), and entries without a place are reported — never dropped
 * silently. By default nothing is written while orphans exist (onOrphans "abort"); "write" rebuilds anyway
 * and returns them so the UI can show or export them.
 */
import type { EntryInput } from "../domain/scoring/input";
import type { Template } from "../domain/template/model";
import { buildPlan, workbookLayout, type ClusterInfo } from "../workbook/buildPlan";
import { fillEntries } from "../workbook/fillEntries";
import { applyPlan, withContext, type AppliedResult, type ApplyOptions, type ExcelTarget } from "./applyPlan";
import { readGrid, type OverwrittenFormula } from "./readGrid";

export interface RefreshArgs {
  /** The template the workbook was built with (from _ThiDua). */
  readonly previous: Template;
  /** Number of units in the workbook as built (default: cluster.units.length). */
  readonly previousUnitCount?: number;
  /** The changed template. */
  readonly template: Template;
  readonly cluster: ClusterInfo;
}

export interface RefreshOptions extends Omit<ApplyOptions, "onConflict"> {
  readonly onOrphans?: "abort" | "write";
  /** Sheet names as written (after "keep both"). */
  readonly sheetNames?: Readonly<Record<string, string>>;
}

export interface RefreshResult {
  /** "renamedSheets": the workbook's sheets were written under other names ("keep both"); not supported yet, nothing read or written. */
  readonly status: "refreshed" | "orphans" | "renamedSheets";
  /** Entries read from the workbook. */
  readonly entries: readonly EntryInput[];
  /** Entries placed in the new workbook. */
  readonly kept: number;
  /** Entries whose criterion (or unit) is not in the new plan, with their old cells. */
  readonly orphans: readonly EntryInput[];
  /** Formulas that had been typed over (the rebuild restores them). */
  readonly overwritten: readonly OverwrittenFormula[];
  readonly applied: AppliedResult | null;
  readonly syncs: number;
}

export async function refreshPlan(target: ExcelTarget, args: RefreshArgs, options: RefreshOptions = {}): Promise<RefreshResult> {
  if (Object.entries(options.sheetNames ?? {}).some(([a, b]) => a !== b)) {
    // Rewriting suffixed copies in place needs sheet-level names replaced too; refuse rather than risk
    // replacing the other copy (which carries the plan's own names).
    return { status: "renamedSheets", entries: [], kept: 0, orphans: [], overwritten: [], applied: null, syncs: 0 };
  }
  return withContext(target, async (ctx) => {
    const oldLayout = workbookLayout(args.previous, args.previousUnitCount ?? args.cluster.units.length);
    const read = await readGrid(ctx, oldLayout, options.sheetNames ? { sheetNames: options.sheetNames } : {});
    const plan = buildPlan(args.template, args.cluster);
    const filled = fillEntries(plan, args.template, args.cluster.units, read.entries);
    const base = {
      entries: read.entries,
      kept: read.entries.length - filled.unmatched.length,
      orphans: filled.unmatched,
      overwritten: read.overwritten,
    };
    if (filled.unmatched.length > 0 && (options.onOrphans ?? "abort") === "abort") {
      return { status: "orphans", ...base, applied: null, syncs: read.syncs };
    }
    const { onOrphans: _o, sheetNames: _s, ...applyOptions } = options;
    void _o;
    void _s;
    // The rebuilt sheets replace ours in place (sheets written under other names are not renamed back).
    const applied = await applyPlan(ctx, filled.plan, { ...applyOptions, onConflict: "replace" });
    if (applied.status !== "applied") throw new Error("refreshPlan: unexpected conflict with onConflict=replace");
    return { status: "refreshed", ...base, applied, syncs: read.syncs + applied.syncs };
  });
}
