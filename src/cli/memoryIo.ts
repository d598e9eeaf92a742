/** An in-memory CliIo for tests: collects stdout/stderr, cwd = the repository root by default. */
import { resolve } from "node:path";
import type { CliIo } from "./args";

export interface MemoryIo extends CliIo {
  out(): string;
  err(): string;
}

export function memoryIo(options: { cwd?: string; env?: Record<string, string | undefined> } = {}): MemoryIo {
  let stdout = "";
  let stderr = "";
  return {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd: options.cwd ?? resolve(__dirname, "..", ".."),
    env: options.env ?? {},
    out: () => stdout,
    err: () => stderr,
  };
}

/** The data rows of the printed ranking table, as trimmed cells. */
export function rankingRows(stdout: string): string[][] {
  return stdout
    .split("\n")
    .filter((l) => /^\s*\d+ \| /.test(l))
    .map((l) => `${l} `.split(" | ").map((c) => c.trim()));
}
