/**
 * Totals of one column (self scores, or final = cluster-else-self) for every unit:
 * scored points (each group capped at its maximum), capped bonus, capped penalty,
 * total = scored + bonus − penalty rounded to the template precision.
 */
import { roundTo } from "../round";
import type { Criterion, Template } from "../template/model";
import { isUsable } from "./entryValue";
import { leafPoints } from "./points";
import type { Cell, ScoreSheet } from "./sheet";

export type ColumnName = "self" | "final";

export interface ColumnTotals {
  /** Points per leaf (template leaf order); null where not applicable. */
  readonly items: readonly (number | null)[];
  /** Subtotal of every scored group and leaf by code (capped at its maximum). */
  readonly byCode: ReadonlyMap<string, number>;
  readonly scored: number;
  readonly bonusRaw: number;
  readonly bonus: number;
  readonly penaltyRaw: number;
  readonly penalty: number;
  readonly total: number;
  /** Maximum this unit can score: template total minus not-applicable scored leaves. */
  readonly ownMax: number;
  /** Codes of gate criteria this unit failed. */
  readonly failedGates: readonly string[];
  /** Codes of gate criteria nobody has decided yet (empty, or neither Đạt nor Không đạt): awaiting a decision. */
  readonly pendingGates: readonly string[];
}

/** Highest usable % per relativeToBest leaf in a column (the cluster's leader). */
function bestPerLeaf(sheet: ScoreSheet, column: ColumnName): number[] {
  return sheet.template.leaves.map((leaf, li) => {
    if (leaf.method?.type !== "relativeToBest") return 0;
    let best = 0;
    for (const row of sheet.cells) {
      const v = row[li]![column];
      if (isUsable(leaf, v) && v.value > best) best = v.value;
    }
    return best;
  });
}

export function columnTotals(sheet: ScoreSheet, column: ColumnName): ColumnTotals[] {
  const t = sheet.template;
  const best = bestPerLeaf(sheet, column);
  return sheet.cells.map((row) => unitTotals(t, row, column, best));
}

function unitTotals(t: Template, row: readonly Cell[], column: ColumnName, best: number[]): ColumnTotals {
  const items: (number | null)[] = [];
  const failedGates: string[] = [];
  const pendingGates: string[] = [];
  let naMax = 0;
  t.leaves.forEach((leaf, li) => {
    const v = row[li]![column];
    if (v.kind === "na") {
      items.push(null);
      if (leaf.kind === "scored") naMax += leaf.max;
      return;
    }
    items.push(isUsable(leaf, v) ? leafPoints(leaf, v.value, best[li]!) : 0);
    if (leaf.kind === "gate" && v.kind === "number" && v.value === 0) failedGates.push(leaf.code);
    if (leaf.kind === "gate" && (v.kind === "empty" || v.kind === "invalid")) pendingGates.push(leaf.code);
  });

  // Each node's subtotal is capped at its maximum. A node whose kind differs from its parent's
  // (or a top-level node) starts a pool: scored, bonus or penalty.
  const byCode = new Map<string, number>();
  const pools = { scored: 0, bonus: 0, penalty: 0, gate: 0 };
  let leafCursor = 0;
  const subtotal = (c: Criterion): number => {
    if (c.children.length === 0) {
      const p = items[leafCursor++] ?? 0;
      byCode.set(c.code, p);
      return p;
    }
    let sum = 0;
    for (const ch of c.children) {
      const s = subtotal(ch);
      if (ch.kind === c.kind) sum += s;
      else pools[ch.kind] += s;
    }
    const capped = Math.min(c.max, sum);
    byCode.set(c.code, capped);
    return capped;
  };
  for (const c of t.criteria) pools[c.kind] += subtotal(c);
  const scored = pools.scored;
  const bonusRaw = pools.bonus;
  const penaltyRaw = pools.penalty;
  const bonus = t.bonusCap === null ? bonusRaw : Math.min(t.bonusCap, bonusRaw);
  const penalty = t.penaltyCap === null ? penaltyRaw : Math.min(t.penaltyCap, penaltyRaw);
  return {
    items,
    byCode,
    scored,
    bonusRaw,
    bonus,
    penaltyRaw,
    penalty,
    total: roundTo(scored + bonus - penalty, t.precision),
    ownMax: t.total - naMax,
    failedGates,
    pendingGates,
  };
}
