/**
 * Reads the central directory of a zip archive (an .xlsx, .docx, .ods… is a zip) without unpacking
 * anything: the entry names say what kind of document it is, the sizes how big it gets once unpacked,
 * and a missing or inconsistent directory means the file is truncated or damaged. Pure, browser-safe.
 */

export interface ZipDirectory {
  readonly names: readonly string[];
  /** Sum of the entries' unpacked sizes, in bytes (null when the archive uses zip64 sizes). */
  readonly unpackedBytes: number | null;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function findEndRecord(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = b.length - EOCD_SIZE; at >= lowest; at--) if (u32(b, at) === EOCD_SIGNATURE) return at;
  return -1;
}

/** The directory, or null when the archive is truncated or its directory does not hold together. */
export function readZipDirectory(b: Uint8Array): ZipDirectory | null {
  if (b.length < EOCD_SIZE) return null;
  const end = findEndRecord(b);
  if (end < 0) return null;
  const count = u16(b, end + 10);
  const size = u32(b, end + 12);
  const offset = u32(b, end + 16);
  if (offset === 0xffffffff || count === 0xffff) return { names: [], unpackedBytes: null };
  if (offset + size > end) return null;
  const names: string[] = [];
  let unpacked = 0;
  const decoder = new TextDecoder("utf-8");
  for (let p = offset, i = 0; i < count; i++) {
    if (p + 46 > end || u32(b, p) !== CENTRAL_SIGNATURE) return null;
    const nameLength = u16(b, p + 28);
    const local = u32(b, p + 42);
    if (local + 30 > offset || u32(b, local) !== LOCAL_SIGNATURE) return null;
    if (local + 30 + u32(b, p + 20) > offset) return null;
    unpacked += u32(b, p + 24);
    names.push(decoder.decode(b.subarray(p + 46, p + 46 + nameLength)));
    p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
  }
  return { names, unpackedBytes: unpacked };
}
