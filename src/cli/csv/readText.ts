/**
 * Reads a user's text file (CSV, unit list, template or meeting .json): UTF-8 with or without BOM.
 * Everything else — not found, a folder, too large, UTF-16, Windows-1258/TCVN3, an .xlsx or binary
 * given instead — is refused with one plain message (src/cli/files/readInput.ts, docs/bad-inputs.md).
 */
import { atFile, decodeTextFile, type TextRole } from "../../domain/files/problems";
import { EXIT_DATA } from "../args";
import { readTextInput, type Read } from "../files/readInput";

export type { Read } from "../files/readInput";

/** `file` is the path as the user typed it (what messages show); it is resolved against cwd. */
export function readTextFile(file: string, cwd: string, role: TextRole = "csv"): Read<string> {
  return readTextInput(file, cwd, role);
}

/** Bytes already read (e.g. from stdin or a test) → text, with the same messages. */
export function decode(bytes: Uint8Array, file: string, role: TextRole = "csv"): Read<string> {
  const decoded = decodeTextFile(bytes, role);
  return decoded.ok ? { ok: true, value: decoded.text } : { ok: false, exit: EXIT_DATA, errors: [atFile(file, decoded.problem)] };
}
