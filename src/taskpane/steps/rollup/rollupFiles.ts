/**
 * The roll-up step's file work, loaded on demand: a chosen file's results (readClusterResults, with exceljs) and
 * the downloads (the consolidated .xlsx and CSV, the board's .docx report). None is part of the pane's first load.
 */
import type { ClusterResultsRead } from "../../../export/readClusterResults";
import type { Rollup } from "../../../domain/rollup/types";
import type { ToneStyle } from "../../../domain/text/toneStyle";
import { tooLarge } from "../../../domain/files/problems";
import { loadOrActionError } from "../../../excel/actions/loadChunk";
import { restyled } from "../../../export/toneStyle";
import { message } from "../../../messages/message";
import { readFileBytes } from "../selfScoring/readHandoutFiles";

/** A file too large or unreadable is a failed read naming the problem, never a thrown error. */
export async function readResultsFile(file: File): Promise<ClusterResultsRead> {
  const big = tooLarge(file.size, "workbook");
  if (big) return { ok: false, errors: [big] };
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch (e) {
    console.error(`ThiDua: could not read ${file.name}`, e);
    return { ok: false, errors: [message("files.read.failed")] };
  }
  const { readClusterResults } = await loadOrActionError(() => import(/* webpackChunkName: "rollup-reader" */ "../../../export/readClusterResults"));
  return readClusterResults(file.name, bytes);
}

export async function makeRollupXlsx(r: Rollup, style: ToneStyle): Promise<Uint8Array> {
  const { rollupXlsx } = await loadOrActionError(() => import(/* webpackChunkName: "rollup-xlsx" */ "../../../export/rollupXlsx"));
  return rollupXlsx(r, style);
}

export async function makeRollupDocx(r: Rollup, style: ToneStyle): Promise<Uint8Array> {
  const { rollupDocx } = await loadOrActionError(() => import(/* webpackChunkName: "rollup-docx" */ "../../../export/rollupDocx"));
  return rollupDocx(r, style);
}

/** CSV with the Vietnamese settings (decimal comma, ";"), like the cluster summary's; every text in one tone-mark style. */
export async function makeRollupCsv(r: Rollup, style: ToneStyle): Promise<string> {
  const [{ toCsv }, { rollupRows }] = await Promise.all([import(/* webpackChunkName: "export-csv" */ "../../../export/csv"), import(/* webpackChunkName: "rollup-table" */ "../../../export/rollupTable")]);
  return toCsv(restyled(rollupRows(r), style), { decimal: "comma" });
}
