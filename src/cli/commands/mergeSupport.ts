/** Shared by `thidua handout` and `thidua merge`: opening the cluster workbook and the units' files. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type ExcelJS from "exceljs";
import type { HandoutInput } from "../../domain/merge/types";
import { message, type Message } from "../../messages/message";
import type { ClusterRead } from "../../workbook/readBack";
import { readClusterXlsx } from "../../xlsx/readClusterWorkbook";
import { readHandoutBytes, sniffFileKind } from "../../xlsx/readHandoutFile";
import { EXIT_DATA, EXIT_USAGE } from "../args";
import { text } from "../messages";

export type ClusterFile =
  | { readonly ok: true; readonly bytes: Buffer; readonly full: string; readonly workbook: ExcelJS.Workbook; readonly read: ClusterRead }
  | { readonly ok: false; readonly exit: number; readonly error: Message };

/** Reads and checks the cluster workbook (exit 2 for paths, 1 for content). */
export async function loadClusterFile(file: string, cwd: string): Promise<ClusterFile> {
  const full = resolve(cwd, file);
  if (!existsSync(full)) return { ok: false, exit: EXIT_USAGE, error: text("file.notFound", { file, cwd }) };
  if (statSync(full).isDirectory()) return { ok: false, exit: EXIT_USAGE, error: text("file.isDirectory", { file }) };
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (e) {
    return { ok: false, exit: EXIT_USAGE, error: text("file.unreadable", { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) }) };
  }
  const kind = sniffFileKind(bytes);
  if (kind !== "zip") {
    const why = kind === "xls" ? message("handout.read.xls") : kind === "empty" ? message("handout.read.empty") : message("handout.cli.clusterNotXlsx", { file });
    return { ok: false, exit: EXIT_DATA, error: message("handout.cli.clusterUnreadable", { file, detail: why }) };
  }
  let loaded: Awaited<ReturnType<typeof readClusterXlsx>>;
  try {
    loaded = await readClusterXlsx(bytes);
  } catch (e) {
    const detail = message("handout.read.damaged", { detail: e instanceof Error ? e.message : String(e) });
    return { ok: false, exit: EXIT_DATA, error: message("handout.cli.clusterUnreadable", { file, detail }) };
  }
  if (!loaded.read.ok) return { ok: false, exit: EXIT_DATA, error: message("handout.cli.clusterUnreadable", { file, detail: loaded.read.error }) };
  const read = loaded.read.value;
  if (read.codeMismatches.length > 0) {
    const cells = read.codeMismatches.slice(0, 5).map((m) => `${m.cell}: ${String(m.found ?? "")} ≠ ${m.expected}`).join("; ");
    return { ok: false, exit: EXIT_DATA, error: message("handout.cli.clusterRowsMoved", { file, cells }) };
  }
  return { ok: true, bytes, full, workbook: loaded.workbook, read };
}

/** One unit's file from disk; a path problem is an unreadable file (reported, never a crash). */
export async function loadHandoutFile(file: string, cwd: string): Promise<HandoutInput> {
  const full = resolve(cwd, file);
  try {
    if (!existsSync(full)) return { file, unreadable: message("handout.read.notFound") };
    if (statSync(full).isDirectory()) return { file, unreadable: message("handout.read.unreadable", { detail: "EISDIR" }) };
    return await readHandoutBytes(file, readFileSync(full));
  } catch (e) {
    return { file, unreadable: message("handout.read.unreadable", { detail: (e as NodeJS.ErrnoException).code ?? String(e) }) };
  }
}
