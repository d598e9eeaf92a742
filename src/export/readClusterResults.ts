/**
 * One cluster's results from a file's bytes (docs/rollup.md, "Inputs"): a ThiDua scoring workbook (.xlsx with
 * _ThiDua: read through the workbook contract, then recomputed with the domain's evaluateCluster), a summary
 * .xlsx (thidua export --xlsx) or a summary CSV (thidua export --csv). No file system: the caller reads the bytes
 * (the CLI with src/cli/files/readInput.ts). Used by `thidua rollup`, and to import a previous period's results.
 */
import ExcelJS from "exceljs";
import { countBySeverity, evaluateCluster } from "../domain";
import { sniffFile } from "../domain/files/fileKind";
import { atFile, decodeTextFile, workbookProblem } from "../domain/files/problems";
import { templateHash } from "../domain/merge/templateHash";
import { roundTo } from "../domain/round";
import type { ClusterResults, UnitResults } from "../domain/rollup/types";
import { message, type Message } from "../messages/message";
import { unitAwardLabel } from "../workbook/names";
import { unitInputsOf, type ClusterRead } from "../workbook/readBack";
import { readClusterWorkbook } from "../xlsx/readClusterWorkbook";
import { readSummaryCsv } from "./readSummaryCsv";
import { unitsFromSummaryRows } from "./resultsTable";
import { readSummaryXlsx } from "./readSummaryXlsx";

export type { ClusterResults, UnitResults } from "../domain/rollup/types";

export type ClusterResultsRead =
  | {
      readonly ok: true;
      readonly value: ClusterResults;
      /** Score errors of a workbook (its results are provisional). */
      readonly scoreErrors: number;
      /** A ThiDua workbook's own read (its units and Lịch sử), so a caller needs no second parse; absent for an export. */
      readonly cluster?: ClusterRead;
    }
  | { readonly ok: false; readonly errors: readonly Message[] };

/** "cum-1/Cụm 3.csv" → "Cụm 3": the name without folder and extension (no node:path: the pane reads files too). */
export function fileStem(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

const failed = (file: string, problems: readonly Message[]): ClusterResultsRead => ({ ok: false, errors: problems.map((p) => atFile(file, p)) });

/** The results of the cluster in `bytes`; `file` names it in messages (and, for a CSV, gives the cluster's name). */
export async function readClusterResults(file: string, bytes: Uint8Array): Promise<ClusterResultsRead> {
  const kind = sniffFile(bytes);
  if (kind.kind === "text") return fromCsv(file, bytes);
  const problem = workbookProblem(kind, "workbook");
  if (problem) return failed(file, [problem]);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return failed(file, [message("files.read.wb.damaged", { fix: message("files.read.fix.reopen") })]);
  }
  return workbook.getWorksheet("_ThiDua") ? fromWorkbook(file, workbook) : fromSummaryXlsx(file, workbook);
}

function fromCsv(file: string, bytes: Uint8Array): ClusterResultsRead {
  const decoded = decodeTextFile(bytes, "csv");
  if (!decoded.ok) return failed(file, [decoded.problem]);
  let rows;
  try {
    rows = readSummaryCsv(decoded.text);
  } catch {
    return failed(file, [message("rollup.read.notResults")]);
  }
  const table = unitsFromSummaryRows(rows, (i) => message("rollup.read.csvLine", { line: i + 1 }));
  if (!table.ok) return failed(file, table.errors);
  const clusterName = fileStem(file);
  return { ok: true, scoreErrors: 0, value: { file, source: "summaryCsv", clusterName, period: null, template: { id: null, title: null, hash: null }, units: table.units } };
}

function fromSummaryXlsx(file: string, workbook: ExcelJS.Workbook): ClusterResultsRead {
  const summary = readSummaryXlsx(workbook);
  if (!summary) return failed(file, [message("rollup.read.notResults")]);
  const table = unitsFromSummaryRows(summary.rows, (i) => message("rollup.read.sheetRow", { sheet: summary.sheet, row: summary.headerRow + i }));
  if (!table.ok) return failed(file, table.errors);
  const clusterName = summary.clusterName || fileStem(file);
  return { ok: true, scoreErrors: 0, value: { file, source: "summaryXlsx", clusterName, period: summary.period || null, template: { id: null, title: null, hash: null }, units: table.units } };
}

function fromWorkbook(file: string, workbook: ExcelJS.Workbook): ClusterResultsRead {
  const read = readClusterWorkbook(workbook);
  if (!read.ok) return failed(file, [read.error]);
  const mismatches = read.value.codeMismatches;
  if (mismatches.length > 0) return { ok: false, errors: mismatches.map((m) => message("export.cli.codeMismatch", { file, cell: m.cell, expected: m.expected, found: String(m.found ?? "") })) };
  return { ok: true, ...resultsOfWorkbook(file, read.value), cluster: read.value };
}

/** A scoring workbook's results as the domain computes them from the scores entered (never the cached cells). */
export function resultsOfWorkbook(file: string, read: ClusterRead): { value: ClusterResults; scoreErrors: number } {
  const { template } = read.meta;
  // With each unit's earlier periods (Lịch sử), so rules that look back propose what the workbook proposes.
  const result = evaluateCluster(template, unitInputsOf(read), read.entries);
  const percent = template.rankBy === "percentOfOwnMax";
  const units = result.order.map((i): UnitResults => {
    const u = result.units[i]!;
    const status = u.pendingGates.length > 0 ? "pending" : u.award === null ? "none" : u.award.status === "proposed" ? "proposed" : "vote";
    return {
      name: u.name.normalize("NFC"),
      total: roundTo(u.final.total, template.precision),
      percent: percent ? roundTo(u.exactValue, u.shownDecimals) : null,
      rank: u.rank,
      band: u.band === null || u.band === "" ? null : u.band,
      awardLabel: unitAwardLabel(u),
      award: status === "proposed" || status === "vote" ? u.award!.title : null,
      awardStatus: status,
    };
  });
  const meta = read.meta;
  const value: ClusterResults = { file, source: "workbook", clusterName: meta.clusterName, period: meta.period || null, template: { id: meta.templateId, title: template.title, hash: templateHash(template) }, units };
  return { value, scoreErrors: countBySeverity(result.findings).error };
}
