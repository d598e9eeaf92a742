/**
 * The award columns of one Xếp hạng row: allocateAwards (src/domain/ranking/awards.ts) in closed form.
 *
 * Units sharing a rank that may be proposed (Đủ điều kiện = Có) form a group of G units; each unit also
 * has its place among them (A–Z, 0-based). For rule k the group still has m = G − (places it took in
 * rules 1…k−1) members without an award (the "candidate" column: m, or 0 when the unit does not qualify).
 * The first m members of the group each ask for one place (demand 1), so the places asked for by the
 * groups ranked strictly better are the running total of demand over lines 1…rank−1 of the ranked list (those
 * lines hold exactly the units ranked better); the group takes MIN(m, MAX(0, quota − that)). Taking all m is a
 * proposal (or, for members not chosen in a vote above, "for those not chosen above"); taking fewer is a vote for
 * that many places. Group size and place come from the running count of units that may be proposed, over the
 * group's lines (rank … rank + units sharing it − 1; A–Z within the group): O(1) per unit, no pass over the column.
 */
import type { Template } from "../domain/template/model";
import { num, str } from "./formulas";
import type { WorkbookLayout } from "./layout";
import { AWARD_GATE_PENDING, AWARD_NOT_CHOSEN, AWARD_PROPOSED, ELIGIBLE_PENDING, ELIGIBLE_YES, HISTORY_SHEET } from "./names";
import { historyLayout } from "./historyLayout";
import { addr, columnLetter, sheetRef } from "./plan";
import { wb } from "./text";

export interface AwardRow {
  readonly r: number;
  /** The unit (0-based, Đơn vị order): its row on Lịch sử. */
  readonly u: number;
  /** The ranking value as shown (minScore and bands are compared with it). */
  readonly value: string;
  /** Absolute cell of rule k's quota. */
  quotaRef(k: number): string;
}

/** [column, formula, numFmt] of the group, per-award and award columns of one row. */
export function awardCells(t: Template, L: WorkbookLayout, row: AwardRow): [number, string, string | undefined][] {
  const C = L.rankingCols;
  const { r } = row;
  const at = (col: number) => addr(col, r);
  const eligible = at(C.eligible);
  const out: [number, string, string | undefined][] = [];
  const { groupSize, groupIndex } = C;
  const O = L.orderedBlock;
  if (groupSize !== null && groupIndex !== null && O.eligibleSoFarCol !== null) {
    const R0 = at(C.rank);
    const eligibleBy = (line: string) => soFar(L, O.eligibleSoFarCol!, line);
    const before = eligibleBy(`${R0}-1`);
    const split = recordSplit(t, L, row);
    out.push([groupSize, `IF(${eligible}=${str(ELIGIBLE_YES)},${split ? split.groupSize : `${eligibleBy(`${R0}+${at(C.order.sameRank)}-1`)}-${before}`},0)`, "0"]);
    out.push([groupIndex, split ? split.groupIndex : `${eligibleBy(`${at(C.position)}-1`)}-${before}`, "0"]);
    const G = at(groupSize);
    t.awards.forEach((a, k) => {
      const cols = C.awards[k]!;
      const conds = [`${eligible}=${str(ELIGIBLE_YES)}`];
      if (a.minScore !== undefined) conds.push(`${row.value}>=${num(a.minScore)}`);
      if (a.bands) conds.push(a.bands.length === 1 ? `${at(C.band)}=${str(a.bands[0]!)}` : `OR(${a.bands.map((b) => `${at(C.band)}=${str(b)}`).join(",")})`);
      if (split && a.previous) conds.push(split.meets(k));
      const takenBefore = C.awards.slice(0, k).map((o) => `-${at(o.taken)}`).join("");
      const cand = at(cols.candidate);
      const taken = at(cols.taken);
      out.push([cols.candidate, `IF(${conds.length > 1 ? `AND(${conds.join(",")})` : conds[0]},${G}${takenBefore},0)`, "0"]);
      out.push([cols.demand, `IF(${at(groupIndex)}<${cand},1,0)`, "0"]);
      const better = soFar(L, O.demandSoFarCols[k]!, `${R0}-1`);
      const asked = split ? `(${better}+${split.askedAtSameRank(cols.demand)})` : better;
      out.push([cols.taken, `IF(${cand}=0,0,MIN(${cand},MAX(0,${row.quotaRef(k)}-${asked})))`, "0"]);
      const vote = `${str(wb("label.voteLeftPrefix"))}&${taken}&${str(wb("label.voteLeftSuffix"))}`;
      out.push([cols.outcome, `IF(${taken}=0,"",IF(${taken}=${cand},IF(${cand}=${G},${str(AWARD_PROPOSED)},${str(AWARD_NOT_CHOSEN)}),${vote}))`, undefined]);
    });
  }
  out.push([C.award, `IF(${eligible}=${str(ELIGIBLE_PENDING)},${str(AWARD_GATE_PENDING)},${awardChain(t, C, r)})`, undefined]);
  return out;
}

/**
 * With rules that look back, a rank group is also one record (Lịch sử's Thành tích column, lookBackRecord):
 * group size and place count the units sharing rank and record; the places asked at the same rank by a better
 * record come before. COUNTIFS/SUMIFS over the units' rows: only workbooks whose template looks back pay for them.
 */
function recordSplit(t: Template, L: WorkbookLayout, row: AwardRow) {
  const H = historyLayout(t, L.unitCount);
  if (H.cols.record === null || L.unitCount === 0) return null;
  const C = L.rankingCols;
  const hs = sheetRef(HISTORY_SHEET);
  const rows = (col: number) => `$${columnLetter(col)}$${L.rankingRow(0)}:$${columnLetter(col)}$${L.rankingRow(L.unitCount - 1)}`;
  const records = `${hs}$${columnLetter(H.cols.record)}$${H.row(0)}:$${columnLetter(H.cols.record)}$${H.row(L.unitCount - 1)}`;
  const rank = addr(C.rank, row.r);
  const record = `${hs}${addr(H.cols.record, H.row(row.u))}`;
  const same = `${rows(C.rank)},${rank},${rows(C.eligible)},${str(ELIGIBLE_YES)},${records},${record}`;
  return {
    groupSize: `COUNTIFS(${same})`,
    groupIndex: `COUNTIFS(${same},${rows(C.alpha)},"<"&${addr(C.alpha, row.r)})`,
    meets: (k: number) => `${hs}${addr(H.cols.lookBack[k]!, H.row(row.u))}=${str(ELIGIBLE_YES)}`,
    askedAtSameRank: (demandCol: number) => `SUMIFS(${rows(demandCol)},${rows(C.rank)},${rank},${records},">"&${record})`,
  };
}

/** A running total of the ranked list's lines up to `line` (a formula, 0 = none): INDEX into its column. */
function soFar(L: WorkbookLayout, col: number, line: string): string {
  const first = L.orderedBlock.firstRow;
  const c = columnLetter(col);
  return `IF(${line}<1,0,INDEX($${c}$${first}:$${c}$${first + L.unitCount - 1},${line}))`;
}

/** The award column: each rule's outcome in turn, the later ones after "; nếu không: " (what those not chosen get). */
function awardChain(t: Template, C: WorkbookLayout["rankingCols"], r: number): string {
  if (t.awards.length === 0) return '""';
  const outcome = (k: number) => addr(C.awards[k]!.outcome, r);
  const parts = t.awards.map((a, k) => {
    const o = outcome(k);
    const earlier = Array.from({ length: k }, (_, j) => `${outcome(j)}=""`);
    const sep = k === 0 ? "" : `IF(${earlier.length > 1 ? `AND(${earlier.join(",")})` : earlier[0]},"",${str(wb("label.otherwise"))})&`;
    const title = `IF(OR(${o}=${str(AWARD_PROPOSED)},${o}=${str(AWARD_NOT_CHOSEN)}),${str(a.title)},${str(`${a.title} – `)}&${o})`;
    return `IF(${o}="","",${sep}${title})`;
  });
  return parts.join("&");
}
