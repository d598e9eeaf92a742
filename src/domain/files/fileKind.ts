/**
 * What a file's bytes are, before any parsing: the one place that recognises an .xlsx, an old .xls, a
 * password-protected workbook, a Word document, a zip of files, a text file (and its encoding) or
 * binary data. Used by every command and pane step that reads a user's file. Pure, browser-safe.
 */
import { readZipDirectory } from "./zipDirectory";

export type ZipContent = "xlsx" | "xlsb" | "word" | "powerpoint" | "openDocument" | "zipOfWorkbooks" | "otherZip";
/** An OLE compound file (Office 97-2003): an .xls, a .doc, or an encrypted (password-protected) .xlsx. */
export type CompoundContent = "xls" | "encrypted" | "word" | "other";
export type TextEncoding = "utf8" | "utf16" | "legacy";

export type FileKind =
  | { readonly kind: "empty" }
  | { readonly kind: "zip"; readonly content: ZipContent; readonly unpackedBytes: number | null }
  | { readonly kind: "damagedZip" }
  | { readonly kind: "compound"; readonly content: CompoundContent }
  | { readonly kind: "pdf" }
  | { readonly kind: "text"; readonly encoding: TextEncoding }
  | { readonly kind: "binary" };

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);
/** The first half of the compound file signature is enough (some writers stop there in damaged files). */
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b];
const PDF = [0x25, 0x50, 0x44, 0x46];

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return { kind: "empty" };
  if (startsWith(bytes, COMPOUND)) return { kind: "compound", content: compoundContent(bytes) };
  if (startsWith(bytes, ZIP) && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return zipKind(bytes);
  if (startsWith(bytes, PDF)) return { kind: "pdf" };
  return textKind(bytes);
}

function zipKind(bytes: Uint8Array): FileKind {
  const dir = readZipDirectory(bytes);
  if (!dir) return { kind: "damagedZip" };
  return { kind: "zip", content: zipContent(dir.names), unpackedBytes: dir.unpackedBytes };
}

function zipContent(names: readonly string[]): ZipContent {
  const has = (n: string) => names.some((x) => x.toLowerCase() === n);
  if (has("xl/workbook.xml")) return "xlsx";
  if (has("xl/workbook.bin")) return "xlsb";
  if (has("word/document.xml")) return "word";
  if (has("ppt/presentation.xml")) return "powerpoint";
  if (has("content.xml") && has("meta-inf/manifest.xml")) return "openDocument";
  if (names.some((n) => /\.xls[xm]?$/i.test(n))) return "zipOfWorkbooks";
  return "otherZip";
}

/** A stream name as it is stored in a compound file's directory (UTF-16LE). */
function utf16(name: string): number[] {
  return [...name].flatMap((c) => [c.charCodeAt(0), 0]);
}

function contains(b: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    if (b[i] !== needle[0]) continue;
    for (let j = 1; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function compoundContent(b: Uint8Array): CompoundContent {
  if (contains(b, utf16("EncryptedPackage"))) return "encrypted";
  if (contains(b, utf16("Workbook")) || contains(b, utf16("Book"))) return "xls";
  if (contains(b, utf16("WordDocument"))) return "word";
  return "other";
}

const HEAD = 64 * 1024;

function textKind(bytes: Uint8Array): FileKind {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { kind: "text", encoding: "utf16" };
  const head = bytes.subarray(0, Math.min(bytes.length, HEAD));
  let zeros = 0;
  let oddZeros = 0;
  let control = 0;
  head.forEach((x, i) => {
    if (x === 0) {
      zeros++;
      if (i % 2 === 1) oddZeros++;
    } else if (x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0d && x !== 0x0c && x !== 0x1a) control++;
  });
  // UTF-16 without a BOM: Latin letters leave every other byte zero.
  if (zeros > head.length / 4 && (oddZeros > zeros * 0.9 || oddZeros < zeros * 0.1)) return { kind: "text", encoding: "utf16" };
  if (zeros > 0 || control > head.length / 100) return { kind: "binary" };
  return { kind: "text", encoding: isUtf8(bytes) ? "utf8" : "legacy" };
}

/** The decoder's bad-bytes error: a TypeError, possibly from another realm (so compared by name). */
export function isDecodeError(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "TypeError";
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch (e) {
    // The decoder reports bad bytes with a TypeError; anything else is a real failure.
    if (isDecodeError(e)) return false;
    throw e;
  }
}
