/**
 * The text of a chosen template file: UTF-8, within the size limit. Anything else (an .xlsx or .docx
 * chosen by mistake, UTF-16, Windows-1258, binary, empty, too large) comes back as the one plain message
 * the command line also gives (src/domain/files, docs/bad-inputs.md), never the browser's error.
 */
import { decodeTextFile, tooLarge, type Decoded } from "../../../domain/files/problems";
import { message } from "../../../messages/message";
import { readFileBytes } from "../selfScoring/readHandoutFiles";

export async function readTemplateFile(file: Blob): Promise<Decoded> {
  const big = tooLarge(file.size, "template");
  if (big) return { ok: false, problem: big };
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch (error) {
    console.error("ThiDua: could not read the template file", error);
    return { ok: false, problem: message("files.read.failed") };
  }
  return decodeTextFile(bytes, "template");
}
