/** Where everything sits in the workbook: rows, columns and addresses for formulas and tests. */
import type { Criterion, Template } from "../domain/template/model";
import { walk } from "../domain/template/tree";
import { addr } from "./plan";
import { rankOrderColumns, type RankOrderColumns } from "./rankOrderLayout";

/** Row and column positions of everything formulas and tests need. */
export interface WorkbookLayout {
  /** Criteria in tree order (groups included): the rows of Chấm điểm and Điểm. */
  readonly nodes: readonly Criterion[];
  readonly unitCount: number;
  /** Row of nodes[i] on Chấm điểm and Điểm. */
  nodeRow(i: number): number;
  /** Row of nodes[i] on Tiêu chí. */
  criteriaRow(i: number): number;
  /** Chấm điểm: self-score and cluster-score input columns of unit u (0-based). */
  selfEntryCol(u: number): number;
  clusterEntryCol(u: number): number;
  /** Điểm: self points, final entry (cluster else self) and final points columns of unit u. */
  selfPointsCol(u: number): number;
  finalEntryCol(u: number): number;
  finalPointsCol(u: number): number;
  /** Điểm: the cluster's best % per relativeToBest row, self and final. */
  readonly bestSelfCol: number;
  readonly bestFinalCol: number;
  /**
   * Điểm: per relativeToBest leaf (by index in `nodes`), two rows below the summary that copy every unit's self
   * entry (into its self points column) and final entry (into its final points column), so the row's best is
   * MAX over one contiguous range instead of one argument per unit.
   */
  readonly bestInputRows: ReadonlyMap<number, { readonly self: number; readonly final: number }>;
  /** Điểm: the caption row above those rows (null when the template has no relativeToBest leaf). */
  readonly bestInputsTitleRow: number | null;
  /** Điểm: summary rows (per points column). */
  readonly rows: {
    readonly scored: number;
    readonly bonus: number;
    readonly penalty: number;
    readonly total: number;
    readonly ownMax: number;
    readonly failedGates: number;
    /** Gates neither Đạt nor Không đạt (awaiting a decision). */
    readonly pendingGates: number;
  };
  /** Xếp hạng: row of unit u; columns. */
  rankingRow(u: number): number;
  readonly rankingCols: {
    readonly stt: number;
    readonly unit: number;
    readonly selfTotal: number;
    readonly scored: number;
    readonly bonus: number;
    readonly penalty: number;
    readonly total: number;
    /** The ranking value column (= total, or the % column when rankBy is percentOfOwnMax). */
    readonly value: number;
    /** Only when rankBy is percentOfOwnMax. */
    readonly percent: number | null;
    readonly rank: number;
    readonly band: number;
    readonly eligible: number;
    /** Đề nghị khen thưởng: the award proposed (or to vote on), from the per-award columns. */
    readonly award: number;
    /** One per tie-break key, in chain order. */
    readonly tieKeys: readonly number[];
    /** Only with award rules: units that may be proposed sharing this unit's rank, and this unit's place among them (0-based, A–Z). */
    readonly groupSize: number | null;
    readonly groupIndex: number | null;
    /**
     * Per award rule (template order): candidate = members of the unit's rank group still without an award
     * (0 = not a candidate), demand (1 for as many members as that, so sums count places asked for),
     * taken = places the group gets, and the outcome text.
     */
    readonly awards: readonly { readonly candidate: number; readonly demand: number; readonly taken: number; readonly outcome: number }[];
    /** Only when rankBy is percentOfOwnMax: the exact share that ranks (exactShare), what DiemXepHang refers to. */
    readonly exactKey: number | null;
    /**
     * Only when rankBy is percentOfOwnMax: the % as reports show it — rounded to the precision, or with the extra
     * decimals (up to EXTRA_DECIMALS more) that separate it from units showing the same rounded %.
     */
    readonly shownPercent: number | null;
    /** The unit's place in Vietnamese alphabetical order (a constant written at build time). */
    readonly alpha: number;
    /** The unit's line in the rank-ordered block: rank, then alphabetical among equal ranks. */
    readonly position: number;
    /** The sort helpers that make rank and line cheap (see RankOrderColumns). */
    readonly order: RankOrderColumns;
    /** First column of the Xếp loại block (label, min, max, upper bound); the Khen thưởng block is below it. */
    readonly bandsBlock: number;
    /**
     * Last period's total and rank and the places gained (+) or lost (−), right of the Xếp loại block after one empty
     * column: written only when the workbook has Lịch sử, placed where no other column moves (layouts need no flag).
     */
    readonly previous: { readonly total: number; readonly rank: number; readonly change: number };
  };
  /** Xếp hạng: first row of the Khen thưởng block (rule k is on awardsRow + k). */
  readonly awardsRow: number;
  /**
   * Xếp hạng: the block listing units in rank order, below the units' rows (columns A…E); `unitCol` holds the
   * unit on each line (1 = first unit row), read by the other columns and by Tổng hợp; `eligibleSoFarCol` (with
   * award rules) counts the units of lines 1…k that may be proposed, `demandSoFarCols` the places asked for per rule.
   */
  readonly orderedBlock: {
    readonly titleRow: number;
    readonly headerRow: number;
    readonly firstRow: number;
    readonly unitCol: number;
    readonly eligibleSoFarCol: number | null;
    readonly demandSoFarCols: readonly number[];
    /** What the charts draw besides the ordered values: per band with a minimum above 0, its minimum on every line (the threshold line). */
    readonly thresholdCols: readonly { readonly band: number; readonly col: number }[];
    /** Per top-level scored criterion (index in `nodes`), the line's points as a share of its maximum. */
    readonly groupCols: readonly { readonly node: number; readonly col: number }[];
  };
  /** Xếp hạng: per tie-break key, the row (in the bands block's columns) holding its smallest value and its span. */
  tieRangeRow(k: number): number;
}

export type { RankOrderColumns } from "./rankOrderLayout";

export const FIRST_NODE_ROW = 3;

export function workbookLayout(t: Template, unitCount: number): WorkbookLayout {
  const nodes = [...walk(t.criteria)];
  const n = unitCount;
  const summary0 = FIRST_NODE_ROW + nodes.length + 1;
  const percent = t.rankBy === "percentOfOwnMax";
  const value = percent ? 8 : 7;
  const rank = value + 1;
  const tieKeys = t.tieBreak.map((_, k) => rank + 4 + k);
  const groupStart = rank + 4 + tieKeys.length;
  const hasAwards = t.awards.length > 0;
  const awardsStart = groupStart + (hasAwards ? 2 : 0);
  const awards = t.awards.map((_, k) => ({ candidate: awardsStart + 4 * k, demand: awardsStart + 4 * k + 1, taken: awardsStart + 4 * k + 2, outcome: awardsStart + 4 * k + 3 }));
  const alpha = awardsStart + 4 * awards.length;
  const { order, next } = rankOrderColumns(t, n, alpha + 2);
  const share0 = next;
  const bandsBlock = share0 + (percent ? 3 : 1);
  const relativeLeaves = nodes.flatMap((c, i) => (c.children.length === 0 && c.method?.type === "relativeToBest" ? [i] : []));
  const bestInputsTitleRow = relativeLeaves.length > 0 ? summary0 + 8 : null;
  const bestInputRows = new Map(relativeLeaves.map((i, k) => [i, { self: summary0 + 9 + 2 * k, final: summary0 + 10 + 2 * k }]));
  const chartCol0 = 8 + t.awards.length;
  const thresholdCols = t.bands.flatMap((b, band) => (b.min > 0 ? [band] : [])).map((band, k) => ({ band, col: chartCol0 + k }));
  const topGroups = nodes.flatMap((c, node) => (t.criteria.includes(c) && c.kind === "scored" && c.max > 0 ? [node] : []));
  const groupCols = topGroups.map((node, k) => ({ node, col: chartCol0 + thresholdCols.length + k }));
  return {
    nodes,
    unitCount: n,
    nodeRow: (i) => FIRST_NODE_ROW + i,
    criteriaRow: (i) => 2 + i,
    selfEntryCol: (u) => 4 + 2 * u,
    clusterEntryCol: (u) => 5 + 2 * u,
    selfPointsCol: (u) => 4 + 3 * u,
    finalEntryCol: (u) => 5 + 3 * u,
    finalPointsCol: (u) => 6 + 3 * u,
    bestSelfCol: 4 + 3 * n,
    bestFinalCol: 5 + 3 * n,
    bestInputRows,
    bestInputsTitleRow,
    rows: {
      scored: summary0,
      bonus: summary0 + 1,
      penalty: summary0 + 2,
      total: summary0 + 3,
      ownMax: summary0 + 4,
      failedGates: summary0 + 5,
      pendingGates: summary0 + 6,
    },
    rankingRow: (u) => 2 + u,
    rankingCols: {
      stt: 1,
      unit: 2,
      selfTotal: 3,
      scored: 4,
      bonus: 5,
      penalty: 6,
      total: 7,
      value,
      percent: percent ? 8 : null,
      rank,
      band: rank + 1,
      eligible: rank + 2,
      award: rank + 3,
      tieKeys,
      groupSize: hasAwards ? groupStart : null,
      groupIndex: hasAwards ? groupStart + 1 : null,
      awards,
      exactKey: percent ? share0 : null,
      shownPercent: percent ? share0 + 1 : null,
      alpha,
      position: alpha + 1,
      order,
      bandsBlock,
      previous: { total: bandsBlock + 5, rank: bandsBlock + 6, change: bandsBlock + 7 },
    },
    awardsRow: t.bands.length + 4,
    orderedBlock: {
      titleRow: n + 3,
      headerRow: n + 4,
      firstRow: n + 5,
      unitCol: 6,
      eligibleSoFarCol: hasAwards ? 7 : null,
      demandSoFarCols: t.awards.map((_, k) => 8 + k),
      thresholdCols,
      groupCols,
    },
    tieRangeRow: (k) => t.bands.length + t.awards.length + 6 + k,
  };
}

/** The first score cell of the entry sheet (first unit's Tự chấm on the first leaf criterion), e.g. "D4". */
export function firstEntryAddress(t: Template, unitCount: number): string {
  const L = workbookLayout(t, unitCount);
  const leaf = L.nodes.findIndex((c) => c.children.length === 0);
  return addr(L.selfEntryCol(0), L.nodeRow(Math.max(0, leaf)));
}
