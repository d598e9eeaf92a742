/**
 * File generation for the pane, loaded on demand with dynamic import(): exceljs and docx are large and
 * must not be part of the pane's first bundle (webpack puts each import() in its own chunk).
 */
import type { ClusterSummary } from "../../../export/clusterSummary";
import type { MeetingResult } from "../../../export/meeting";

export async function makeDocx(summary: ClusterSummary): Promise<Uint8Array> {
  const { bienBanDocx } = await import(/* webpackChunkName: "export-docx" */ "../../../export/bienBan");
  return bienBanDocx(summary);
}

export async function makeXlsx(summary: ClusterSummary, precision: number): Promise<Uint8Array> {
  const { summaryXlsx } = await import(/* webpackChunkName: "export-xlsx" */ "../../../export/summaryXlsx");
  return summaryXlsx(summary, precision);
}

/** CSV with the Vietnamese settings (decimal comma, ";"), see docs/export-csv.md. */
export async function makeCsv(summary: ClusterSummary): Promise<string> {
  const { toCsv } = await import(/* webpackChunkName: "export-csv" */ "../../../export/csv");
  return toCsv(summary.table, { decimal: "comma" });
}

/** The meeting schema (zod) is loaded with the generators, not with the pane. */
export async function checkMeeting(input: unknown, source: string): Promise<MeetingResult> {
  const { parseMeeting } = await import(/* webpackChunkName: "export-meeting" */ "../../../export/meeting");
  return parseMeeting(input, source);
}
