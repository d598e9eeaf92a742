/**
 * A minimal but well-formed OLE compound file (CFB v3, 512-byte sectors), the container Office uses for
 * .xls/.doc files and for password-protected (encrypted) .xlsx files: streams "EncryptionInfo" and
 * "EncryptedPackage" in a real encrypted workbook. Test support only (no library writes encrypted .xlsx).
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END = 0xfffffffe;
const FATSECT = 0xfffffffd;

export interface Stream {
  readonly name: string;
  readonly size: number;
}

/** Streams of at least 4096 bytes each (no mini stream), filled with pseudo-random bytes. */
export function compoundFile(streams: readonly Stream[]): Uint8Array {
  const sectorsOf = (s: Stream) => Math.ceil(s.size / SECTOR);
  const dataSectors = streams.reduce((n, s) => n + sectorsOf(s), 0);
  const total = 2 + dataSectors; // FAT, directory, data
  const out = new Uint8Array(SECTOR * (1 + total));
  const view = new DataView(out.buffer);
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  header.forEach((b, i) => (out[i] = b));
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, END, true);
  view.setUint32(0x44, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + 4 * i, i === 0 ? 0 : FREE, true);
  const sector = (n: number) => SECTOR * (1 + n);
  const fat = Array.from({ length: SECTOR / 4 }, () => FREE);
  fat[0] = FATSECT;
  fat[1] = END;
  let next = 2;
  const starts = streams.map((s) => {
    const start = next;
    for (let k = 0; k < sectorsOf(s); k++, next++) fat[next] = k === sectorsOf(s) - 1 ? END : next + 1;
    return start;
  });
  fat.forEach((v, i) => view.setUint32(sector(0) + 4 * i, v, true));
  const entry = (i: number, name: string, type: number, start: number, size: number, child: number, right: number) => {
    const at = sector(1) + 128 * i;
    [...name].forEach((c, k) => view.setUint16(at + 2 * k, c.charCodeAt(0), true));
    view.setUint16(at + 64, 2 * (name.length + 1), true);
    out[at + 66] = type;
    out[at + 67] = 1;
    view.setUint32(at + 68, FREE, true);
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  entry(0, "Root Entry", 5, END, 0, streams.length > 0 ? 1 : FREE, FREE);
  streams.forEach((s, i) => entry(i + 1, s.name, 2, starts[i]!, s.size, FREE, i + 1 < streams.length ? i + 2 : FREE));
  let seed = 12345;
  for (let p = sector(2); p < out.length; p++) out[p] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

/** What a password-protected .xlsx looks like from outside. */
export const encryptedWorkbook = () =>
  compoundFile([
    { name: "EncryptionInfo", size: 4096 },
    { name: "EncryptedPackage", size: 8192 },
  ]);
