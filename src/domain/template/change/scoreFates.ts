/**
 * What becomes of every entered score in a criteria change: kept (same criterion code), moved (to the new
 * code of a renamed criterion) or orphaned (with the reason); never dropped. A kept or moved score that was
 * valid under the old criterion and is not under the new one (re-scaled 10 → 8 with 9 entered, a method
 * changed) is flagged by a finding and kept exactly as typed. Pure.
 */
import { message } from "../../../messages/message";
import type { EntryInput } from "../../scoring/input";
import { readEntry, type RawValue } from "../../scoring/entryValue";
import type { Finding, Location, ScoreColumn } from "../../validation/finding";
import { cleanText, identityKey } from "../../text/normalize";
import type { Criterion } from "../model";
import type { CriteriaChange } from "./criteriaChange";

export type OrphanReason = "criterionRemoved" | "nowGroup" | "unitRemoved";

export type ScoreFate =
  | { readonly status: "kept" | "moved"; readonly entry: EntryInput; readonly old: Criterion; readonly next: Criterion }
  | { readonly status: "orphaned"; readonly entry: EntryInput; readonly old?: Criterion; readonly reason: OrphanReason };

export interface ScoreCarry {
  /** One fate per input entry, in input order. */
  readonly fates: readonly ScoreFate[];
  /** The entries to write into the new workbook: kept and moved ones, under their new criterion code. */
  readonly carried: readonly EntryInput[];
  readonly orphaned: readonly Extract<ScoreFate, { status: "orphaned" }>[];
  /** Carried scores that no longer fit their (changed) criterion. */
  readonly findings: readonly Finding[];
}

/** Where a carried score will be in the new workbook (for the findings); the old cell when not given. */
export type Locate = (entry: EntryInput, column: ScoreColumn) => Location | undefined;

function fateOf(e: EntryInput, change: CriteriaChange, units: ReadonlySet<string>): ScoreFate {
  const c = change.byOldKey.get(identityKey(e.criterion));
  if (c === undefined) return { status: "orphaned", entry: e, reason: "criterionRemoved" };
  if (!c.next) return { status: "orphaned", entry: e, old: c.old!, reason: c.removedAs === "nowGroup" ? "nowGroup" : "criterionRemoved" };
  if (!units.has(identityKey(cleanText(e.unit)))) return { status: "orphaned", entry: e, old: c.old!, reason: "unitRemoved" };
  return { status: c.status === "renamed" ? "moved" : "kept", entry: e, old: c.old!, next: c.next };
}

/** The problems of a value for a leaf, as comparable ids. */
const problemIds = (leaf: Criterion, v: RawValue) => readEntry(leaf, v).problems.map((p) => p.message.id);

/** The finding for one column of a carried score that was fine before and is not now, or null. */
function noLongerFits(f: Extract<ScoreFate, { status: "kept" | "moved" }>, column: ScoreColumn, locate: Locate | undefined): Finding | null {
  const value = f.entry[column];
  if (value === undefined || value === null) return null;
  if (problemIds(f.old, value).length > 0) return null; // already wrong before: Kiểm tra reports it as before
  const now = readEntry(f.next, value).problems;
  if (now.length === 0) return null;
  const where = locate?.(f.entry, column) ?? f.entry.where?.[column];
  const params = {
    value: typeof value === "number" ? value : String(value),
    oldCode: f.old.code,
    oldMax: f.old.max,
    newMax: f.next.max,
    reason: now[0]!.message,
  };
  return {
    code: "change.scoreNoLongerFits",
    severity: now.some((p) => p.severity === "error") ? "error" : "warning",
    unit: f.entry.unit,
    criterion: f.next.code,
    column,
    ...(where ? { where } : {}),
    message: message("change.scoreNoLongerFits", params),
  };
}

/** The fate of every entry; `units` = the unit names of the new workbook. */
export function carryScores(change: CriteriaChange, entries: readonly EntryInput[], units: readonly string[], locate?: Locate): ScoreCarry {
  const unitKeys = new Set(units.map((u) => identityKey(cleanText(u))));
  const fates = entries.map((e) => fateOf(e, change, unitKeys));
  const carried: EntryInput[] = [];
  const orphaned: Extract<ScoreFate, { status: "orphaned" }>[] = [];
  const findings: Finding[] = [];
  for (const f of fates) {
    if (f.status === "orphaned") {
      orphaned.push(f);
      continue;
    }
    carried.push({ ...f.entry, criterion: f.next.code });
    for (const column of ["self", "cluster"] as const) {
      const finding = noLongerFits(f, column, locate);
      if (finding) findings.push(finding);
    }
  }
  return { fates, carried, orphaned, findings };
}
