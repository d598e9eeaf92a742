/** Reads a user's text file: UTF-8 with or without BOM, with clear messages for the encodings Excel also writes. */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { EXIT_DATA, EXIT_USAGE } from "../args";
import { text, type CliText } from "../messages";

export type Read<T> = { ok: true; value: T } | { ok: false; exit: number; errors: CliText[] };

/** `file` is the path as the user typed it (what messages show); it is resolved against cwd. */
export function readTextFile(file: string, cwd: string): Read<string> {
  const full = resolve(cwd, file);
  let bytes: Buffer;
  try {
    if (statSync(full).isDirectory()) return fail(EXIT_USAGE, text("file.isDirectory", { file }));
    bytes = readFileSync(full);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return fail(EXIT_USAGE, text("file.notFound", { file, cwd }));
    return fail(EXIT_USAGE, text("file.unreadable", { file, detail: code ?? String(e) }));
  }
  return decode(bytes, file);
}

export function decode(bytes: Uint8Array, file: string): Read<string> {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return fail(EXIT_DATA, text("file.utf16", { file }));
  }
  let s: string;
  try {
    s = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail(EXIT_DATA, text("file.notUtf8", { where: `${file}:${firstBadLine(bytes)}` }));
  }
  s = s.replace(/^\uFEFF/, "");
  if (s.trim() === "") return fail(EXIT_DATA, text("file.empty", { file }));
  return { ok: true, value: s };
}

function fail(exit: number, error: CliText): Read<never> {
  return { ok: false, exit, errors: [error] };
}

/** 1-based line of the first byte sequence that is not valid UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}
