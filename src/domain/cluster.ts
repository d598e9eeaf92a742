/**
 * The whole review for a cluster: read the entries, validate them, total, rank with
 * tie-breaks, classify and propose awards. Pure: same input, same result, whatever the unit order.
 */
import { message, type Message } from "../messages/message";
import type { UnitHistory } from "./history/types";
import { allocateAwards, type AwardOutcome } from "./ranking/awards";
import { classify } from "./ranking/classify";
import { explainTies } from "./ranking/explain";
import { exactShare } from "./ranking/exactShare";
import { competitionRanks, orient, type RankKeyed } from "./ranking/rank";
import { roundTo } from "./round";
import type { EntryInput, UnitInput } from "./scoring/input";
import { buildScoreSheet, type ScoreSheet } from "./scoring/sheet";
import { columnTotals, type ColumnTotals } from "./scoring/totals";
import type { Template } from "./template/model";
import { cleanText, compareVietnamese, identityKey } from "./text/normalize";
import type { Finding } from "./validation/finding";
import { validateSheet } from "./validation/validate";

export interface UnitResult {
  readonly name: string;
  readonly key: string;
  /** Self-scored totals (tự chấm). */
  readonly self: ColumnTotals;
  /** Final totals: the cluster's score where it scored, else the self score (cụm chấm). */
  readonly final: ColumnTotals;
  /** The ranking value as shown: the final total, or its % of the unit's own maximum rounded to the template precision. */
  readonly rankValue: number;
  /** What is ranked on: the total, or the exact % of own maximum (exactShare), which may separate equal-looking values. */
  readonly exactValue: number;
  /** Decimals to show the ranking value with: the precision, more where that is what separates this unit from another. */
  readonly shownDecimals: number;
  /** Tie-break key values as shown to people (not oriented), in chain order. */
  readonly tieKeys: readonly number[];
  readonly rank: number;
  readonly band: string | null;
  /** No gate failed. A unit with a gate awaiting a decision (pendingGates) is eligible but not proposed yet. */
  readonly eligible: boolean;
  readonly ineligibleReasons: readonly Message[];
  /** Gates nobody has decided yet (neither Đạt nor Không đạt): no award is proposed until they are. */
  readonly pendingGates: readonly string[];
  readonly tie: Message | null;
  readonly award: AwardOutcome | null;
  /** Results of earlier periods, most recent first (from the unit's input; empty when none was given). */
  readonly history: UnitHistory;
}

export interface ClusterResult {
  readonly template: Template;
  readonly sheet: ScoreSheet;
  readonly findings: readonly Finding[];
  /** In the units' input order. */
  readonly units: readonly UnitResult[];
  /** Indexes into `units`, best first (ties in Vietnamese alphabetical order). */
  readonly order: readonly number[];
}

export function evaluateCluster(template: Template, units: readonly UnitInput[], entries: readonly EntryInput[]): ClusterResult {
  const sheet = buildScoreSheet(template, units, entries);
  const self = columnTotals(sheet, "self");
  const final = columnTotals(sheet, "final");
  const findings = validateSheet(sheet, self, final);
  const p = template.precision;

  const percent = template.rankBy === "percentOfOwnMax";
  const shown = final.map((f) => (percent ? (f.ownMax > 0 ? roundTo((100 * f.total) / f.ownMax, p) : 0) : f.total));
  const keyed: (RankKeyed & { raw: number[] })[] = final.map((f, i) => {
    const raw = template.tieBreak.map((tb) => roundTo(tieKeyValue(tb, f, self[i]!, template), p));
    const value = percent ? exactShare(template, f.total, f.ownMax) : f.total;
    return { value, keys: raw.map((r, k) => orient(template.tieBreak[k]!, r)), raw };
  });
  const ranks = competitionRanks(keyed);
  const unclassifiedByGate = template.gateEffect === "unclassified";
  const bands = final.map((f, i) => (unclassifiedByGate && f.failedGates.length > 0 ? null : classify(template, shown[i]!)));
  const reasons = final.map((f) => f.failedGates.map((code) => message("award.gateFailed", { code })));
  const pending = final.map((f) => (f.failedGates.length > 0 ? [] : f.pendingGates));
  const histories = historiesOf(units, sheet.units);
  const awards = allocateAwards(
    template,
    keyed.map((_, i) => ({ rank: ranks[i]!, value: shown[i]!, band: bands[i]!, eligible: reasons[i]!.length === 0 && pending[i]!.length === 0, history: histories[i]! })),
  );
  const names = sheet.units.map((u) => u.name);
  const ties = explainTies(template, names, keyed, ranks, shown);
  const decimals = shownDecimalsOf(shown, keyed.map((k) => k.value), p);

  const results: UnitResult[] = sheet.units.map((u, i) => ({
    name: u.name,
    key: u.key,
    self: self[i]!,
    final: final[i]!,
    rankValue: shown[i]!,
    exactValue: keyed[i]!.value,
    shownDecimals: decimals[i]!,
    tieKeys: keyed[i]!.raw,
    rank: ranks[i]!,
    band: bands[i]!,
    eligible: reasons[i]!.length === 0,
    ineligibleReasons: reasons[i]!,
    pendingGates: pending[i]!,
    tie: ties[i]!,
    award: awards[i]!,
    history: histories[i]!,
  }));
  const order = results
    .map((_, i) => i)
    .sort((a, b) => ranks[a]! - ranks[b]! || compareVietnamese(results[a]!.name, results[b]!.name));
  return { template, sheet, findings, units: results, order };
}

/** Each distinct unit's history, from the first input row of that unit (as buildScoreSheet keeps its first spelling). */
function historiesOf(units: readonly UnitInput[], distinct: ScoreSheet["units"]): UnitHistory[] {
  const byKey = new Map<string, UnitHistory>();
  for (const u of units) {
    const k = identityKey(cleanText(u.name));
    if (!byKey.has(k)) byKey.set(k, u.history ?? []);
  }
  return distinct.map((u) => byKey.get(u.key) ?? []);
}

/** At most this many decimals beyond the precision are shown to separate two units (the workbook has one column each). */
export const EXTRA_DECIMALS = 4;

/**
 * Per unit: the precision, or — when another unit shows the same rounded value with a different exact
 * value — the fewest decimals (up to precision + EXTRA_DECIMALS) at which no such unit shows the same.
 * The workbook computes the same with COUNTIFS (Xếp hạng, "% hiển thị").
 */
function shownDecimalsOf(shown: readonly number[], exact: readonly number[], precision: number): number[] {
  const byShown = new Map<number, number[]>();
  shown.forEach((v, i) => {
    const group = byShown.get(v);
    if (group) group.push(i);
    else byShown.set(v, [i]);
  });
  const out = shown.map(() => precision);
  const countBy = (group: readonly number[], key: (i: number) => number) => {
    const m = new Map<number, number>();
    for (const i of group) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
    return m;
  };
  for (const group of byShown.values()) {
    const same = countBy(group, (i) => exact[i]!);
    if (same.size < 2) continue;
    const extra = Array.from({ length: EXTRA_DECIMALS }, (_, k) => countBy(group, (i) => roundTo(exact[i]!, precision + 1 + k)));
    for (const i of group) {
      const k = extra.findIndex((counts, k2) => counts.get(roundTo(exact[i]!, precision + 1 + k2)) === same.get(exact[i]!));
      out[i] = precision + 1 + (k < 0 ? EXTRA_DECIMALS - 1 : k);
    }
  }
  return out;
}

function tieKeyValue(tb: Template["tieBreak"][number], f: ColumnTotals, s: ColumnTotals, t: Template): number {
  switch (tb.by) {
    case "criterion": {
      const c = t.byKey.get(identityKey(tb.code));
      return c ? (f.byCode.get(c.code) ?? 0) : 0;
    }
    case "penalty":
      return f.penalty;
    case "bonus":
      return f.bonus;
    case "selfTotal":
      return s.total;
  }
}
