/**
 * Reading a user's input file for any command (docs/bad-inputs.md): one classification of what can go
 * wrong — not found, a folder, no permission, locked, too large, empty, the wrong kind of file (sniffed
 * by src/domain/files), damaged — each with a plain message naming the file and the fix. Exit 2 when the
 * file cannot be opened (path, permission, lock), 1 when it was read but cannot be used.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type ExcelJS from "exceljs";
import { sniffFile } from "../../domain/files/fileKind";
import { MAX_FILE_BYTES, type InputRole } from "../../domain/files/limits";
import { atFile, damagedWorkbook, decodeTextFile, tooLarge, workbookProblem, type TextRole, type WorkbookRole } from "../../domain/files/problems";
import { message, type Message } from "../../messages/message";
import { EXIT_DATA, EXIT_USAGE } from "../args";

export type Read<T> = { ok: true; value: T } | { ok: false; exit: number; errors: Message[] };

const fail = (exit: number, error: Message): Read<never> => ({ ok: false, exit, errors: [error] });

/** Why the system refused to open the file, in words (never the bare error code). */
function openFailure(code: string | undefined, cwd: string): Message {
  if (code === "ENOENT" || code === "ENOTDIR" || code === "ENAMETOOLONG") return message("files.read.notFound", { cwd });
  if (code === "EISDIR") return message("files.read.isFolder");
  if (code === "EACCES" || code === "EPERM") return message("files.read.noPermission");
  if (code === "EBUSY" || code === "ETXTBSY") return message("files.read.locked");
  return message("files.read.failed");
}

export type Opened = { ok: true; bytes: Buffer } | { ok: false; exit: number; problem: Message };

function readAtMost(full: string, limit: number): Buffer {
  const fd = openSync(full, "r");
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (let n = -1; n !== 0 && total < limit; total += n) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, limit - total));
      n = readSync(fd, chunk, 0, chunk.length, null);
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/** The bytes of `file`, or the problem alone (no file name: for lists that show the file beside it). */
export function openInput(file: string, cwd: string, role: InputRole): Opened {
  const full = resolve(cwd, file);
  try {
    const stat = statSync(full);
    if (stat.isDirectory()) return { ok: false, exit: EXIT_USAGE, problem: message("files.read.isFolder") };
    const big = tooLarge(stat.size, role);
    if (big) return { ok: false, exit: EXIT_DATA, problem: big };
    if (stat.isFile()) return { ok: true, bytes: readFileSync(full) };
    // A pipe or device (/dev/stdin, /dev/zero) has no size: read at most one byte past the limit.
    const bytes = readAtMost(full, MAX_FILE_BYTES[role] + 1);
    const endless = tooLarge(bytes.length, role);
    return endless ? { ok: false, exit: EXIT_DATA, problem: endless } : { ok: true, bytes };
  } catch (e) {
    return { ok: false, exit: EXIT_USAGE, problem: openFailure((e as NodeJS.ErrnoException).code, cwd) };
  }
}

/** The bytes of `file` (as typed, resolved against cwd), refused before reading when it is too large for its role. */
export function readInputBytes(file: string, cwd: string, role: InputRole): Read<Buffer> {
  const opened = openInput(file, cwd, role);
  return opened.ok ? { ok: true, value: opened.bytes } : fail(opened.exit, atFile(file, opened.problem));
}

/** A CSV, unit list or .json: UTF-8 text, or a message saying what the file is instead. */
export function readTextInput(file: string, cwd: string, role: TextRole): Read<string> {
  const bytes = readInputBytes(file, cwd, role);
  if (!bytes.ok) return bytes;
  if (bytes.value.length === 0) return fail(EXIT_DATA, atFile(file, message("files.read.empty")));
  const decoded = decodeTextFile(bytes.value, role);
  return decoded.ok ? { ok: true, value: decoded.text } : fail(EXIT_DATA, atFile(file, decoded.problem));
}

export interface LoadedWorkbook {
  readonly bytes: Buffer;
  readonly full: string;
  readonly workbook: ExcelJS.Workbook;
}

/** An .xlsx loaded with exceljs; any other kind of file, or a damaged one, is refused with what it is and the fix. */
export async function readWorkbookInput(file: string, cwd: string, role: WorkbookRole): Promise<Read<LoadedWorkbook>> {
  const bytes = readInputBytes(file, cwd, role);
  if (!bytes.ok) return bytes;
  const problem = workbookProblem(sniffFile(bytes.value), role);
  if (problem) return fail(EXIT_DATA, atFile(file, problem));
  const workbook = new (loadExcelJs().Workbook)();
  try {
    await workbook.xlsx.load(bytes.value as unknown as ArrayBuffer);
  } catch {
    // exceljs/jszip text ("Corrupted zip…", "invalid distance…") would tell the user nothing: the kind is the message.
    return fail(EXIT_DATA, atFile(file, damagedWorkbook(role)));
  }
  return { ok: true, value: { bytes: bytes.value, full: resolve(cwd, file), workbook } };
}

/** exceljs is loaded only when a workbook is read, so commands that read text files start fast (src/cli/cli.ts). */
function loadExcelJs(): typeof import("exceljs") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS on purpose, as in src/cli/cli.ts
  return require("exceljs") as typeof import("exceljs");
}
