/** Shared by `thidua handout` and `thidua merge`: opening the cluster workbook and the units' files. */
import type ExcelJS from "exceljs";
import type { HandoutInput } from "../../domain/merge/types";
import { message, type Message } from "../../messages/message";
import type { ClusterRead } from "../../workbook/readBack";
import { readClusterWorkbook } from "../../xlsx/readClusterWorkbook";
import { readHandoutBytes } from "../../xlsx/readHandoutFile";
import { openInput, readWorkbookInput } from "../files/readInput";
import { EXIT_DATA } from "../args";

export type ClusterFile =
  | { readonly ok: true; readonly bytes: Buffer; readonly full: string; readonly workbook: ExcelJS.Workbook; readonly read: ClusterRead }
  | { readonly ok: false; readonly exit: number; readonly error: Message };

/** Reads and checks the cluster workbook (exit 2 for paths, 1 for content; docs/bad-inputs.md). */
export async function loadClusterFile(file: string, cwd: string): Promise<ClusterFile> {
  const book = await readWorkbookInput(file, cwd, "workbook");
  if (!book.ok) return { ok: false, exit: book.exit, error: book.errors[0]! };
  const { bytes, full, workbook } = book.value;
  const loaded = { workbook, read: readClusterWorkbook(workbook) };
  if (!loaded.read.ok) return { ok: false, exit: EXIT_DATA, error: message("handout.cli.clusterUnreadable", { file, detail: loaded.read.error }) };
  const read = loaded.read.value;
  if (read.codeMismatches.length > 0) {
    const cells = read.codeMismatches.slice(0, 5).map((m) => `${m.cell}: ${String(m.found ?? "")} ≠ ${m.expected}`).join("; ");
    return { ok: false, exit: EXIT_DATA, error: message("handout.cli.clusterRowsMoved", { file, cells }) };
  }
  return { ok: true, bytes, full, workbook: loaded.workbook, read };
}

/** One unit's file from disk; a path problem is an unreadable file (reported beside the file, never a crash). */
export async function loadHandoutFile(file: string, cwd: string): Promise<HandoutInput> {
  const opened = openInput(file, cwd, "handout");
  if (!opened.ok) return { file, unreadable: opened.problem };
  return readHandoutBytes(file, opened.bytes);
}
