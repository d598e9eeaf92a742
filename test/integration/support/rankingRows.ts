/**
 * Shared by the LibreOffice workbook tests: a scoring case, the Xếp hạng rows the domain predicts,
 * and the rows read back from a recalculated workbook, in the same shape so they compare with toEqual.
 */
import { evaluateCluster } from "../../../src/domain/cluster";
import type { ClusterHistory } from "../../../src/domain/history/types";
import { roundTo } from "../../../src/domain/round";
import type { EntryInput } from "../../../src/domain/scoring/input";
import type { Template } from "../../../src/domain/template/model";
import { eligibilityLabel, SHEET, UNCLASSIFIED, unitAwardLabel, workbookLayout } from "../../../src/workbook/buildPlan";
import { addr } from "../../../src/workbook/plan";
import type { WorkbookValues } from "../../support/libreoffice";


export interface WorkbookCase {
  readonly name: string;
  readonly template: Template;
  /** Unit names as typed in the cluster list (may be NFD, padded…). */
  readonly units: readonly string[];
  readonly entries: readonly EntryInput[];
  /** Results of earlier periods (the Lịch sử sheet), units in the same order. */
  readonly history?: ClusterHistory;
  file?: string;
}

export interface RankingRow {
  unit: unknown;
  self: unknown;
  scored: unknown;
  bonus: unknown;
  penalty: unknown;
  total: unknown;
  value: unknown;
  /** % of own maximum as reports show it (more decimals where they separate units); null when ranking by total. */
  shown: unknown;
  rank: unknown;
  band: unknown;
  eligible: unknown;
  award: unknown;
}

/**
 * Unrounded sums (scored, bonus, penalty) carry binary noise in any engine: both sides are cut to
 * precision + 6 decimals. The rounded cells (self total, total, value) must be exact.
 */
const close = (x: unknown, p: number) => (typeof x === "number" ? Number(x.toFixed(p + 6)) : x);

export function expectedRankingRows(c: WorkbookCase): RankingRow[] {
  const p = c.template.precision;
  const res = evaluateCluster(c.template, c.units.map((name, u) => ({ name, history: c.history?.units[u]?.results ?? [] })), c.entries);
  return res.units.map((u) => ({
    unit: u.name,
    self: u.self.total,
    scored: close(u.final.scored, p),
    bonus: close(u.final.bonus, p),
    penalty: close(u.final.penalty, p),
    total: u.final.total,
    value: u.rankValue,
    shown: c.template.rankBy === "percentOfOwnMax" ? roundTo(u.exactValue, u.shownDecimals) : null,
    rank: u.rank,
    band: u.band ?? UNCLASSIFIED,
    eligible: eligibilityLabel(u),
    award: unitAwardLabel(u),
  }));
}

export function actualRankingRows(v: WorkbookValues, c: WorkbookCase): RankingRow[] {
  const L = workbookLayout(c.template, c.units.length);
  const C = L.rankingCols;
  const p = c.template.precision;
  return c.units.map((_, u) => {
    const r = L.rankingRow(u);
    const at = (col: number) => v.cell(SHEET.ranking, addr(col, r));
    return {
      unit: at(C.unit),
      self: at(C.selfTotal),
      scored: close(at(C.scored), p),
      bonus: close(at(C.bonus), p),
      penalty: close(at(C.penalty), p),
      total: at(C.total),
      value: at(C.value),
      shown: C.shownPercent !== null ? at(C.shownPercent) : null,
      rank: at(C.rank),
      band: at(C.band),
      eligible: at(C.eligible),
      award: at(C.award),
    };
  });
}
