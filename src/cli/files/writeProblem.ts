/**
 * The one translation of a failed write (an errno from Node's fs) into a plain message in the user's
 * language: what is wrong with which file and what to do. Never the bare code ("EPERM", "EBUSY").
 * Used by every command that writes (export, build, demo, handout, merge) through ./writeAll.ts.
 */
import { statSync, type Stats } from "node:fs";
import { dirname } from "node:path";
import { message, type Message } from "../../messages/message";

/** A target as the user typed it (for messages) and resolved. */
export interface FilePath {
  readonly file: string;
  readonly full: string;
}

/** The file's status, or null when it does not exist (or cannot be looked at: reported where it is opened). */
export function statOrNull(full: string): Stats | null {
  try {
    return statSync(full);
  } catch {
    return null;
  }
}

/** True when the file exists and nobody may write it (Windows' read-only attribute, or chmod a-w). */
export function isReadOnlyFile(full: string): boolean {
  const s = statOrNull(full);
  return s !== null && s.isFile() && (s.mode & 0o222) === 0;
}

/**
 * The message for an error thrown while checking or writing `target`; `where` = "folder" when the error
 * came from the folder (creating the temporary file beside the target), so a refusal names the folder.
 */
export function writeProblem(error: unknown, target: FilePath, where: "file" | "folder" = "file"): Message {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const file = target.file;
  const dir = dirname(target.full);
  switch (code) {
    case "EACCES":
    case "EPERM":
      if (where === "folder") return message("files.write.folderNotWritable", { file, dir });
      // Windows says EPERM/EACCES both for a read-only file and for one Excel holds open.
      if (isReadOnlyFile(target.full)) return message("files.write.readOnly", { file });
      return statOrNull(target.full) !== null ? message("files.write.locked", { file }) : message("files.write.folderNotWritable", { file, dir });
    case "EBUSY":
    case "ETXTBSY":
      return message("files.write.locked", { file });
    case "EROFS":
      return message("files.write.readOnlyDisk", { file });
    case "ENOSPC":
    case "EDQUOT":
      return message("files.write.diskFull", { file });
    case "ENAMETOOLONG":
      return message("files.write.nameTooLong", { file });
    case "ENOENT":
    case "ENOTDIR":
      return message("files.write.noFolder", { file, dir });
    case "EISDIR":
      return message("files.write.isDirectory", { file });
    case "EEXIST":
      return message("files.write.exists", { file });
    default:
      return message("files.write.failed", { file });
  }
}
