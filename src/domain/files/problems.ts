/**
 * One message per kind of bad file (docs/bad-inputs.md): what the bytes are instead of what was expected,
 * and how to fix it. The messages hold the problem only; callers put the file in front ("files.read.at")
 * or show it next to the file (the merge preview). Pure, browser-safe.
 */
import { message, type Message } from "../../messages/message";
import { isDecodeError, sniffFile, type FileKind } from "./fileKind";
import { MAX_FILE_BYTES, MAX_UNPACKED_BYTES, megabytes, type InputRole } from "./limits";

export type WorkbookRole = Extract<InputRole, "workbook" | "handout">;
export type TextRole = Exclude<InputRole, WorkbookRole>;

/** The file with its problem, e.g. "Hà Giang.xlsx: the file is saved as Excel 97-2003 (.xls)…". */
export function atFile(file: string, problem: Message): Message {
  return message("files.read.at", { file, problem });
}

/** Too big to read at all (before anything is read into memory). */
export function tooLarge(bytes: number, role: InputRole): Message | null {
  const limit = MAX_FILE_BYTES[role];
  if (bytes <= limit) return null;
  return message("files.read.tooLarge", { size: megabytes(bytes), limit: megabytes(limit), what: message(`files.read.what.${role}`) });
}

export function damagedWorkbook(role: WorkbookRole): Message {
  return message("files.read.wb.damaged", { fix: message(role === "handout" ? "files.read.fix.askUnit" : "files.read.fix.reopen") });
}

/** Why bytes expected to be an .xlsx cannot be one; null when they look like an .xlsx (then load it). */
export function workbookProblem(kind: FileKind, role: WorkbookRole): Message | null {
  switch (kind.kind) {
    case "empty":
      return message("files.read.wb.empty");
    case "damagedZip":
      return damagedWorkbook(role);
    case "pdf":
      return message("files.read.wb.pdf");
    case "binary":
      return message("files.read.wb.binary");
    case "text":
      return message("files.read.wb.text");
    case "compound":
      // An unrecognised compound file is most likely an old workbook: the .xls advice fits it.
      return message(kind.content === "encrypted" ? "files.read.wb.encrypted" : kind.content === "word" ? "files.read.wb.word" : "files.read.wb.xls");
    case "zip":
      if (kind.content !== "xlsx") return message(`files.read.wb.${kind.content}`);
      if (kind.unpackedBytes !== null && kind.unpackedBytes > MAX_UNPACKED_BYTES) return message("files.read.wb.tooBigUnpacked", { limit: megabytes(MAX_UNPACKED_BYTES) });
      return null;
  }
}

export type Decoded = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: Message };

const OTHER_KIND: Partial<Record<string, string>> = { word: "Word", powerpoint: "PowerPoint", openDocument: "LibreOffice/OpenOffice", pdf: "PDF" };

/** The text of a CSV, unit list or .json file: UTF-8 with or without BOM; anything else says what it is and how to fix it. */
export function decodeTextFile(bytes: Uint8Array, role: TextRole): Decoded {
  const fix = message(role === "csv" || role === "units" ? "files.read.fix.csv" : "files.read.fix.json");
  const fail = (problem: Message): Decoded => ({ ok: false, problem });
  const kind = sniffFile(bytes);
  switch (kind.kind) {
    case "empty":
      return fail(message("files.read.text.blank"));
    case "zip":
      if (kind.content === "xlsx" || kind.content === "xlsb") return fail(message("files.read.text.isWorkbook", { fix }));
      return fail(message("files.read.text.isOther", { kind: OTHER_KIND[kind.content] ?? "zip" }));
    case "damagedZip":
      return fail(message("files.read.text.isOther", { kind: "zip" }));
    case "compound":
      return fail(kind.content === "xls" ? message("files.read.text.isXls", { fix }) : message("files.read.text.isOther", { kind: kind.content === "word" ? "Word" : "Office 97-2003" }));
    case "pdf":
      return fail(message("files.read.text.isOther", { kind: "PDF" }));
    case "binary":
      return fail(message("files.read.text.binary", { fix }));
    case "text":
      if (kind.encoding === "utf16") return fail(message("files.read.text.utf16", { fix }));
      if (kind.encoding === "legacy") return fail(message("files.read.text.notUtf8", { line: firstBadLine(bytes), fix }));
  }
  const text = new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
  if (text.trim() === "") return fail(message("files.read.text.blank"));
  return { ok: true, text };
}

/** 1-based line of the first byte sequence that is not valid UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i !== bytes.length && bytes[i] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch (e) {
      if (isDecodeError(e)) return line;
      throw e;
    }
    line++;
    start = i + 1;
  }
  return line;
}
