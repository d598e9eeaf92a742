/**
 * The chosen files as the merge reads them (bytes → readHandoutBytes); a file that cannot be read is reported,
 * not thrown. The reader (and exceljs with it) is loaded on demand, when the first file is read: opening
 * the step does not download it. A failed download rejects with the ActionError ("office") the pane shows
 * for any code that could not be loaded (src/excel/actions/loadChunk.ts).
 */
import type { HandoutInput } from "../../../domain/merge/types";
import { loadOrActionError } from "../../../excel/actions/loadChunk";
import { tooLarge } from "../../../domain/files/problems";
import { message } from "../../../messages/message";

export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

export async function readHandoutFile(file: File): Promise<HandoutInput> {
  // Too large for a self-scoring file: refused before reading it into memory (docs/bad-inputs.md).
  const big = tooLarge(file.size, "handout");
  if (big) return { file: file.name, unreadable: big };
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(file);
  } catch (e) {
    console.error(`ThiDua: could not read ${file.name}`, e);
    return { file: file.name, unreadable: message("files.read.failed") };
  }
  const { readHandoutBytes } = await loadOrActionError(() => import(/* webpackChunkName: "handout-reader" */ "../../../xlsx/readHandoutFile"));
  return readHandoutBytes(file.name, bytes);
}
