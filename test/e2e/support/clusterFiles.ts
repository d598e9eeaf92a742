/**
 * A cluster's result files as ThiDua makes them, for the pane's file pickers (Lịch sử import, Tổng hợp khối):
 * a scoring workbook as `thidua build --scores` writes it (buildPlan, fillEntries, renderPlan) and a summary CSV
 * as `thidua export --csv` writes it (clusterSummary, toCsv with the decimal comma). The scores are full marks
 * but for I.1, so each unit's total is I.1 + 80 and the tests compute the expected results with the domain's
 * evaluateCluster from the same entries.
 */
import { evaluateCluster, type ClusterResult } from "../../../src/domain/cluster";
import type { EntryInput } from "../../../src/domain/scoring/input";
import type { Template } from "../../../src/domain/template/model";
import { clusterSummary } from "../../../src/export/clusterSummary";
import { toCsv } from "../../../src/export/csv";
import { buildPlan } from "../../../src/workbook/buildPlan";
import { fillEntries } from "../../../src/workbook/fillEntries";
import { renderPlan } from "../../../src/xlsx/renderPlan";
import type { FilledHandout } from "./handoutFile";

/** A file for setInputFiles. */
export type ChosenFile = FilledHandout;

export interface ClusterScores {
  readonly name: string;
  readonly period: string;
  /** Unit → its I.1 score (0–20), in the cluster's unit order. */
  readonly i1: Readonly<Record<string, number>>;
}

const PASS = "Đạt";
/** blank-100's other criteria at full marks (III.2 counts late reports: 0), its gate passed. */
const FULL: readonly [string, number | string][] = [["I.2", 20], ["I.3", 20], ["II.1", 15], ["II.2", PASS], ["III.1", PASS], ["III.2", 0], ["DK.1", PASS]];

export function clusterEntries(c: ClusterScores): EntryInput[] {
  return Object.entries(c.i1).flatMap(([unit, i1]) => [{ unit, criterion: "I.1", cluster: i1 }, ...FULL.map(([criterion, cluster]) => ({ unit, criterion, cluster }))]);
}

/** What the domain makes of the cluster's scores: the results the files should carry. */
export function clusterResult(template: Template, c: ClusterScores): ClusterResult {
  return evaluateCluster(template, Object.keys(c.i1).map((name) => ({ name })), clusterEntries(c));
}

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The cluster's scoring workbook, scores filled in, as `thidua build --scores` writes it. */
export async function clusterWorkbookFile(template: Template, c: ClusterScores, fileName: string): Promise<ChosenFile> {
  const units = Object.keys(c.i1);
  const { plan, unmatched } = fillEntries(buildPlan(template, { name: c.name, period: c.period, units }), template, units, clusterEntries(c));
  if (unmatched.length > 0) throw new Error(`${fileName}: entries without a cell: ${JSON.stringify(unmatched)}`);
  return { name: fileName, mimeType: XLSX_MIME, buffer: Buffer.from(await renderPlan(plan)) };
}

/** The cluster's summary as `thidua export --csv` writes it (a CSV names its cluster and period by its file name). */
export function summaryCsvFile(template: Template, c: ClusterScores, fileName: string): ChosenFile {
  const summary = clusterSummary(clusterResult(template, c), { clusterName: c.name, period: c.period });
  return { name: fileName, mimeType: "text/csv", buffer: Buffer.from(toCsv(summary.table, { decimal: "comma" }), "utf8") };
}
