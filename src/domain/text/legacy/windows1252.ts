/**
 * The characters Windows code page 1252 shows for bytes 0x80–0x9F (0xA0–0xFF are the same code points
 * as the bytes, Latin-1). Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned: Windows passes them through
 * as U+0081 … (C1 controls). Legacy-font text pasted from Word or read from a file goes through this table.
 */
const HIGH_1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

/** The character Windows-1252 shows for a byte. */
export function charOf1252(byte: number): string {
  return byte >= 0x80 && byte <= 0x9f ? HIGH_1252[byte - 0x80]! : String.fromCharCode(byte);
}

/** Windows-1258 (Vietnamese) differs from 1252 in these bytes (combining tones, Ă Đ Ơ Ư ₫ …). */
const DIFF_1258: Readonly<Record<number, string>> = {
  0xc3: "Ă", 0xcc: "\u0300", 0xd0: "Đ", 0xd2: "\u0309", 0xd5: "Ơ", 0xdd: "Ư", 0xde: "\u0303",
  0xe3: "ă", 0xec: "\u0301", 0xf0: "đ", 0xf2: "\u0323", 0xf5: "ơ", 0xfd: "ư", 0xfe: "₫",
};

/** The byte each character stands for when UTF-8 bytes were shown as Windows-1252, 1258 or Latin-1. */
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) {
  BYTE_OF.set(String.fromCharCode(b), b);
  BYTE_OF.set(charOf1252(b), b);
}
for (const [b, ch] of Object.entries(DIFF_1258)) BYTE_OF.set(ch, Number(b));

/** The byte a character was read from, or null when no single-byte Windows/Latin-1 reading gives it. */
export function byteOf(ch: string): number | null {
  const code = ch.codePointAt(0)!;
  if (code < 0x80) return code;
  return BYTE_OF.get(ch) ?? null;
}
