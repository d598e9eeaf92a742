/**
 * Earlier periods' results imported into a cluster's history (Lịch sử), beside what is typed there already. Shared
 * by `thidua build --history` (nothing typed yet) and the pane's import over a ThiDua workbook. Merging never
 * overwrites what was typed: a period with the same label as a typed one is the same period, and in it a unit that
 * has anything typed keeps its typed result (a differing imported one is reported, not written); only units with
 * nothing typed there are filled. Typed periods always keep their place; imported periods beyond the sheet's room
 * are left out (and reported).
 */
import { identityKey } from "../text/normalize";
import { matchPeriods, type CurrentUnit, type HistoryMatch, type PeriodResults } from "./matchPeriods";
import type { ClusterHistory, PastResult } from "./types";

/** What earlier files bring: their periods (most recent first) and earlier names ("was" is an earlier name of "now"). */
export interface EarlierImport {
  readonly periods: readonly PeriodResults[];
  readonly renamed: readonly { readonly was: string; readonly now: string }[];
}

/** A unit whose typed result in a period differs from the imported one: the typed one is kept. */
export interface KeptTyped {
  readonly period: string;
  readonly unit: string;
  readonly typed: PastResult;
  readonly imported: PastResult;
}

export interface ImportedHistory {
  readonly history: ClusterHistory;
  readonly match: HistoryMatch;
  /** Imported period labels written (new, or filling units of a typed period). */
  readonly filled: readonly string[];
  readonly kept: readonly KeptTyped[];
  /** Imported periods left out for want of room (the typed ones keep theirs). */
  readonly dropped: readonly string[];
}

/** The units with their earlier names: those typed on Lịch sử, then those the earlier files and the user give. */
export function currentUnits(units: readonly string[], typed: ClusterHistory | null, renamed: EarlierImport["renamed"]): CurrentUnit[] {
  return units.map((name, u) => {
    const key = identityKey(name);
    const given = renamed.filter((r) => identityKey(r.now) === key).map((r) => r.was);
    const aliases: string[] = [];
    for (const a of [...(typed?.units[u]?.aliases ?? []), ...given]) if (!aliases.some((b) => identityKey(b) === identityKey(a))) aliases.push(a);
    return { name, aliases };
  });
}

const isYear = (label: string) => /^\d{4}$/.test(label.trim());
const hasResult = (r: PastResult | null | undefined): r is PastResult => !!r && (r.total !== null || r.rank !== null || r.band !== null || r.award !== null);
const same = (a: PastResult, b: PastResult) => a.total === b.total && a.rank === b.rank && (a.band ?? "").trim() === (b.band ?? "").trim() && (a.award ?? "").trim() === (b.award ?? "").trim();

interface Slot {
  readonly label: string;
  readonly typed: number | null;
  readonly imported: number | null;
}

/** The periods of both, most recent first: by year when every label is a year, else the typed ones then the new ones. */
function slotsOf(typed: ClusterHistory | null, imported: ClusterHistory): Slot[] {
  const slots: Slot[] = [];
  const key = (label: string) => identityKey(label);
  typed?.periods.forEach((label, j) => {
    const used = label.trim() !== "" || typed.units.some((u) => hasResult(u.results[j]));
    if (used) slots.push({ label, typed: j, imported: label.trim() === "" ? null : imported.periods.findIndex((p) => key(p) === key(label)) });
  });
  const fixed = slots.map((s) => (s.imported === -1 ? { ...s, imported: null } : s));
  imported.periods.forEach((label, i) => {
    if (!fixed.some((s) => s.imported === i)) fixed.push({ label, typed: null, imported: i });
  });
  return fixed.every((s) => isYear(s.label)) ? fixed.sort((a, b) => Number(b.label) - Number(a.label)) : fixed;
}

/** `earlier` matched to `units` and merged with the `typed` history (null: none); `room` is the sheet's periods. */
export function importEarlier(units: readonly string[], typed: ClusterHistory | null, earlier: EarlierImport, room: number): ImportedHistory {
  const match = matchPeriods(currentUnits(units, typed, earlier.renamed), earlier.periods, room);
  const got = match.history;
  const all = slotsOf(typed, got);
  let free = room - all.filter((s) => s.typed !== null).length;
  const kept = all.filter((s) => s.typed !== null || free-- > 0);
  const dropped = [...earlier.periods.slice(room).map((p) => p.label), ...all.filter((s) => !kept.includes(s)).map((s) => s.label)];
  const keptTyped: KeptTyped[] = [];
  const filled = new Set<string>();
  const results = units.map((unit, u) =>
    kept.map((s) => {
      const t = s.typed === null ? null : (typed?.units[u]?.results[s.typed] ?? null);
      const i = s.imported === null ? null : (got.units[u]?.results[s.imported] ?? null);
      if (hasResult(t)) {
        if (hasResult(i) && !same(t, i)) keptTyped.push({ period: s.label, unit, typed: t, imported: i });
        return t;
      }
      if (hasResult(i)) filled.add(s.label);
      return hasResult(i) ? i : t;
    }),
  );
  const history: ClusterHistory = { periods: kept.map((s) => s.label), units: units.map((_, u) => ({ aliases: got.units[u]?.aliases ?? [], results: results[u]! })) };
  return { history, match, filled: kept.map((s) => s.label).filter((l) => filled.has(l)), kept: keptTyped, dropped };
}
