/**
 * Whether two paths name the same file: the same resolved path (compared without case where the file
 * system ignores case), the same real path through symbolic links, or the same device and inode (hard
 * links, a case-insensitive name, a network drive mapped twice). Used so that no output is ever an input.
 */
import { realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";

/** Windows and macOS file systems ignore case by default. */
const CASE_INSENSITIVE = process.platform === "win32" || process.platform === "darwin";

const comparable = (full: string) => (CASE_INSENSITIVE ? full.toLowerCase() : full);

interface Identity {
  readonly real: string;
  readonly dev: bigint;
  readonly ino: bigint;
}

/** The file's real path and device/inode; null when it does not exist (or cannot be looked at). */
function identity(full: string): Identity | null {
  try {
    const s = statSync(full, { bigint: true });
    return { real: comparable(realpathSync.native(full)), dev: s.dev, ino: s.ino };
  } catch {
    return null; // a file that does not exist is only the same as another by its path
  }
}

export function sameFile(a: string, b: string): boolean {
  const fa = resolve(a);
  const fb = resolve(b);
  if (comparable(fa) === comparable(fb)) return true;
  const ia = identity(fa);
  const ib = identity(fb);
  if (ia === null || ib === null) return false;
  if (ia.real === ib.real) return true;
  // Some file systems (FAT, some network shares) report inode 0 for every file: no identity then.
  return ia.ino !== 0n && ia.dev === ib.dev && ia.ino === ib.ino;
}
