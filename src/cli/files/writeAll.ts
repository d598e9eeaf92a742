/**
 * Writes a command's output files all or nothing (docs/export.md, "Files"):
 *  1. every target is checked first (./checkOutputs.ts): nothing is written when any is refused;
 *  2. every file is written to a temporary file beside its target and flushed to disk;
 *  3. a file the command updates on purpose must still hold the bytes it read (else nothing is written);
 *  4. only then are the temporary files renamed over their targets, one by one. When a rename fails,
 *     the files already renamed are put back as they were (old content, or removed when new).
 * A failure names the file and says why in plain words, then that no file was written.
 * Kill points for tests (./killPoint.ts), i = 1-based position in `writes`: "temp:i:half" (half of the
 * temporary file written), "temp:i" (written and flushed), "rename:i" (renamed over its target).
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, unlinkSync } from "node:fs";
import { dirname } from "node:path";
import { message, type Message } from "../../messages/message";
import { checkOutputs, type Output, type WritePolicy } from "./checkOutputs";
import { killPoint } from "./killPoint";
import { removeStaleTemps, removeTemp, tempPathFor, writeFlushed } from "./tempFiles";
import { statOrNull, writeProblem } from "./writeProblem";

export type { Existing, Output, WritePolicy } from "./checkOutputs";
export { checkOutputs } from "./checkOutputs";

export interface FileWrite extends Output {
  readonly data: Uint8Array | string;
  /** With existing: "update": the bytes the command read; the file is written only if it still holds them. */
  readonly expected?: Uint8Array;
}

type Staged = { readonly write: FileWrite; readonly temp: string; readonly old: Buffer | null };

const NOTHING_CHANGED = message("files.write.nothingChanged");

/** Writes every file or none; returns the problems (empty when everything was written). */
export function writeAllOrNothing(writes: readonly FileWrite[], policy: WritePolicy): Message[] {
  const refused = checkOutputs(writes, policy);
  if (refused.length > 0) return refused;
  for (const dir of new Set(writes.map((w) => dirname(w.full)))) removeStaleTemps(dir);
  const staged: Staged[] = [];
  const discard = () => staged.forEach((s) => removeTemp(s.temp));
  for (const [i, w] of writes.entries()) {
    const temp = tempPathFor(w.full);
    let stage: "file" | "folder" = "file"; // reading the target, then creating the temporary file in its folder
    try {
      const old = readOld(w);
      staged.push({ write: w, temp, old });
      stage = "folder";
      writeFlushed(temp, w.data, `temp:${i + 1}`);
    } catch (e) {
      removeTemp(temp);
      discard();
      return [e instanceof ChangedMeanwhile ? message("files.write.changedMeanwhile", { file: w.file }) : writeProblem(e, w, stage), NOTHING_CHANGED];
    }
    killPoint(`temp:${i + 1}`);
  }
  return renameAll(staged, discard);
}

class ChangedMeanwhile extends Error {}

/** The target's current bytes (to restore them if a later rename fails); null when it does not exist. */
function readOld(w: FileWrite): Buffer | null {
  let old: Buffer;
  try {
    old = readFileSync(w.full);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    if (w.expected !== undefined) throw new ChangedMeanwhile(); // the file it updates is gone
    return null;
  }
  if (w.expected !== undefined && !old.equals(w.expected)) throw new ChangedMeanwhile();
  return old;
}

function renameAll(staged: readonly Staged[], discard: () => void): Message[] {
  for (const [i, s] of staged.entries()) {
    try {
      // A backup's name was free when checked; a file that appeared since is never replaced.
      if (s.write.existing === "never" && statOrNull(s.write.full) !== null) throw Object.assign(new Error("exists"), { code: "EEXIST" });
      renameSync(s.temp, s.write.full);
    } catch (e) {
      const problem = writeProblem(e, s.write);
      const notRestored = restore(staged.slice(0, i));
      discard();
      return [problem, ...notRestored, ...(notRestored.length === 0 ? [NOTHING_CHANGED] : [])];
    }
    killPoint(`rename:${i + 1}`);
  }
  for (const dir of new Set(staged.map((s) => dirname(s.write.full)))) flushFolder(dir);
  return [];
}

/** Puts the already renamed targets back as they were; the messages of those that could not be. */
function restore(done: readonly Staged[]): Message[] {
  const failed: Message[] = [];
  for (const s of [...done].reverse()) {
    try {
      if (s.old === null) unlinkSync(s.write.full);
      else {
        const temp = tempPathFor(s.write.full);
        writeFlushed(temp, s.old, "restore");
        renameSync(temp, s.write.full);
      }
    } catch {
      failed.push(message("files.write.notRestored", { file: s.write.file }));
    }
  }
  return failed;
}

/** Flushes the folder's entries (the renames) to disk; Windows cannot open a folder, and needs no flush. */
function flushFolder(dir: string): void {
  if (process.platform === "win32") return;
  let fd: number | null = null;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // The files are already in place and complete; a folder that cannot be flushed (some network
    // file systems) only means the rename may reach the disk a moment later.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
