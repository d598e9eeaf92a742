/**
 * Makes a file or folder impossible to write, for tests of the refusals: as root, the immutable
 * attribute (chattr +i: opening for writing, renaming over it and creating files in it fail with EPERM,
 * as Windows does for a file Excel holds open); otherwise chmod a-w (EACCES, read-only). Returns the
 * undo, or null when neither works here.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, statSync } from "node:fs";

export type Lock = { readonly kind: "immutable" | "readOnly"; readonly undo: () => void };

export function lockFile(path: string): Lock | null {
  if (process.getuid?.() === 0) {
    const r = spawnSync("chattr", ["+i", path], { encoding: "utf8" });
    if (r.status === 0) return { kind: "immutable", undo: () => void spawnSync("chattr", ["-i", path]) };
    return null; // root ignores chmod: no way to lock here
  }
  const mode = statSync(path).mode & 0o777;
  chmodSync(path, mode & ~0o222);
  return { kind: "readOnly", undo: () => chmodSync(path, mode) };
}
