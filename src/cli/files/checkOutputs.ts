/**
 * Every output of a command is checked before anything is written (and again just before writing):
 * never an input (whatever the flags), a folder that exists, not a folder itself, an existing file only
 * with --force (or when the command updates it on purpose), not read-only, not locked by another program.
 */
import { accessSync, closeSync, constants, openSync } from "node:fs";
import { dirname } from "node:path";
import { message, type Message } from "../../messages/message";
import { sameFile } from "./sameFile";
import { isReadOnlyFile, statOrNull, writeProblem, type FilePath } from "./writeProblem";

/** What may happen to an output that already exists. */
export type Existing =
  /** Replaced only with --force (the default). */
  | "force"
  /** Never replaced (a backup). */
  | "never"
  /** Replaced on purpose: the command updates this file (merge writes into the workbook it read). */
  | "update";

export interface Output extends FilePath {
  readonly existing?: Existing;
}

export interface WritePolicy {
  /** --force: existing outputs (existing: "force") may be replaced. */
  readonly force: boolean;
  /** Every file the command reads: none of them is ever written. */
  readonly inputs: readonly FilePath[];
}

/** Opens an existing file for writing and closes it at once: Windows refuses this while Excel holds it. */
function openProblem(target: FilePath): Message | null {
  try {
    closeSync(openSync(target.full, constants.O_RDWR));
    return null;
  } catch (e) {
    return writeProblem(e, target);
  }
}

/** Whether new files may be created in the folder. */
function folderProblem(o: FilePath): Message | null {
  try {
    accessSync(dirname(o.full), constants.W_OK);
    return null;
  } catch (e) {
    return writeProblem(e, o, "folder");
  }
}

/** The first problem of one output, or null. */
function outputProblem(o: Output, policy: WritePolicy): Message | null {
  const input = policy.inputs.find((i) => sameFile(i.full, o.full));
  if (input !== undefined) return message("files.write.isInput", { file: o.file, input: input.file });
  const dir = statOrNull(dirname(o.full));
  if (dir === null || !dir.isDirectory()) return message("files.write.noFolder", { file: o.file, dir: dirname(o.full) });
  const s = statOrNull(o.full);
  if (s === null) return folderProblem(o);
  if (s.isDirectory()) return message("files.write.isDirectory", { file: o.file });
  const existing = o.existing ?? "force";
  if (existing === "never" || (existing === "force" && !policy.force)) return message("files.write.exists", { file: o.file });
  if (isReadOnlyFile(o.full)) return message("files.write.readOnly", { file: o.file });
  return openProblem(o) ?? folderProblem(o);
}

/**
 * Every problem of the outputs, then that nothing was written (empty when all can be written): checked
 * before any file is written.
 */
export function checkOutputs(outputs: readonly Output[], policy: WritePolicy): Message[] {
  const problems: Message[] = [];
  outputs.forEach((o, i) => {
    if (outputs.slice(0, i).some((p) => sameFile(p.full, o.full))) problems.push(message("files.write.sameOutput", { file: o.file }));
    else {
      const p = outputProblem(o, policy);
      if (p !== null) problems.push(p);
    }
  });
  return problems.length > 0 ? [...problems, message("files.write.nothingChanged")] : [];
}
