/**
 * Puts earlier periods' results beside this period's units. A unit is the same unit when its name, or one of
 * the earlier names recorded for it (renamed units, mapped once and kept on Lịch sử), has the same identity
 * key (identityKey: "Hoà"/"Hòa", NFC/NFD, case and spaces do not matter). A unit with no result in a period
 * (it joined later) gets null there; earlier results that match no unit are listed, with a near name if any.
 */
import { identityKey, looseKey } from "../text/normalize";
import type { ClusterHistory, PastResult } from "./types";

/** One earlier period's results, e.g. read from that year's ThiDua workbook or export. */
export interface PeriodResults {
  readonly label: string;
  readonly units: readonly ({ readonly name: string } & PastResult)[];
}

export interface CurrentUnit {
  readonly name: string;
  /** Names the unit had in earlier periods. */
  readonly aliases?: readonly string[];
}

export interface UnmatchedResult {
  readonly period: string;
  readonly name: string;
  /** This period's unit whose name is close (same letters without diacritics), to record as its earlier name. */
  readonly near: string | null;
}

export interface HistoryMatch {
  readonly history: ClusterHistory;
  readonly unmatched: readonly UnmatchedResult[];
  /** Current units that matched an earlier period through an earlier name (not their own). */
  readonly renamed: readonly { readonly unit: string; readonly period: string; readonly was: string }[];
}

/** `periods` most recent first; at most `slots` of them are kept (the Lịch sử sheet's room). */
export function matchPeriods(units: readonly CurrentUnit[], periods: readonly PeriodResults[], slots: number): HistoryMatch {
  const kept = periods.slice(0, slots);
  const unmatched: UnmatchedResult[] = [];
  const renamed: { unit: string; period: string; was: string }[] = [];
  const results = units.map(() => [] as (PastResult | null)[]);
  for (const p of kept) {
    const byKey = new Map(p.units.map((r) => [identityKey(r.name), r] as const));
    const used = new Set<string>();
    units.forEach((u, i) => {
      const names = [u.name, ...(u.aliases ?? [])];
      const hit = names.map((n) => identityKey(n)).find((k) => byKey.has(k) && !used.has(k));
      if (hit === undefined) return void results[i]!.push(null);
      used.add(hit);
      const r = byKey.get(hit)!;
      if (hit !== identityKey(u.name)) renamed.push({ unit: u.name, period: p.label, was: r.name });
      results[i]!.push({ total: r.total, rank: r.rank, band: r.band, award: r.award });
    });
    for (const [k, r] of byKey) if (!used.has(k)) unmatched.push({ period: p.label, name: r.name, near: nearUnit(units, r.name) });
  }
  return { history: { periods: kept.map((p) => p.label), units: units.map((u, i) => ({ aliases: u.aliases ?? [], results: results[i]! })) }, unmatched, renamed };
}

function nearUnit(units: readonly CurrentUnit[], name: string): string | null {
  const k = looseKey(name);
  return units.find((u) => looseKey(u.name) === k)?.name ?? null;
}
