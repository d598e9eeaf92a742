/**
 * Temporary files beside a target: ".<name>.<pid>-<random>.thidua-tmp". Never mistaken for a workbook
 * or a backup (another extension), written completely and flushed to disk before they are renamed.
 * A run that was killed leaves at most such files; the next run that writes into the same folder
 * removes those whose process is gone.
 */
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, openSync, readdirSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { killPoint } from "./killPoint";

const TEMP = /^\..*\.(\d+)-[0-9a-f]+\.thidua-tmp$/s;

export function tempPathFor(full: string): string {
  const name = basename(full).slice(0, 80);
  return join(dirname(full), `.${name}.${process.pid}-${randomBytes(4).toString("hex")}.thidua-tmp`);
}

/** Creates `path` (never an existing file), writes all of `data` and flushes it to disk. */
export function writeFlushed(path: string, data: Uint8Array | string, point: string): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const fd = openSync(path, "wx");
  try {
    const half = Math.floor(bytes.length / 2);
    writeAllBytes(fd, bytes.subarray(0, half));
    killPoint(`${point}:half`);
    writeAllBytes(fd, bytes.subarray(half));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeAllBytes(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // alive, but another user's
  }
}

/** Removes the temporary files a killed run left in `dir` (not those of a run still going on). */
export function removeStaleTemps(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return; // the folder is checked (and reported) by checkOutputs
  }
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || Number(m[1]) === process.pid || processAlive(Number(m[1]))) continue;
    try {
      unlinkSync(join(dir, name));
    } catch {
      // Left for a later run: it is never read, and its name is never taken for a workbook or a backup.
    }
  }
}

/** Removes a temporary file of this run; true when it is gone. */
export function removeTemp(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ENOENT";
  }
}
