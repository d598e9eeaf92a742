/**
 * The Lịch sử import's file work, loaded on demand (exceljs is not part of the pane's first load): a chosen file's
 * earlier results (src/export/earlierResults.ts), and the files with the user's mapping as one import.
 */
import type { EarlierImport } from "../../../domain/history/importEarlier";
import { tooLarge } from "../../../domain/files/problems";
import type { EarlierFile, EarlierFileRead } from "../../../export/earlierResults";
import { loadOrActionError } from "../../../excel/actions/loadChunk";
import { message } from "../../../messages/message";
import { readFileBytes } from "../selfScoring/readHandoutFiles";

const reader = () => loadOrActionError(() => import(/* webpackChunkName: "history-reader" */ "../../../export/earlierResults"));

/** A file too large or unreadable is a failed read naming the problem, never a thrown error. */
export async function readEarlierResultsFile(file: File): Promise<EarlierFileRead> {
  const big = tooLarge(file.size, "workbook");
  if (big) return { ok: false, errors: [big] };
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch (e) {
    console.error(`ThiDua: could not read ${file.name}`, e);
    return { ok: false, errors: [message("files.read.failed")] };
  }
  return (await reader()).readEarlierFile(file.name, bytes);
}

/** The files' periods (most recent first) and earlier names, then the user's: earlier name → unit now (blank: not mapped). */
export async function importOf(files: readonly EarlierFile[], mapping: Readonly<Record<string, string>>): Promise<EarlierImport> {
  const renamed = Object.entries(mapping).flatMap(([was, now]) => (now === "" ? [] : [{ was, now }]));
  return (await reader()).earlierImport(files, renamed);
}
