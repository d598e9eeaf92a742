/**
 * UTF-8 text that was read as Windows-1252, Windows-1258 or Latin-1 ("Há»™i" is "Hội"): each character
 * goes back to the byte it was read from, and the bytes are read again as UTF-8.
 */
import { byteOf } from "./windows1252";

/** Strict UTF-8 decoding (no overlong forms, no surrogates); null when the bytes are not UTF-8. */
function decodeUtf8(bytes: readonly number[]): string | null {
  let out = "";
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0 || i + extra >= bytes.length) return null;
    let code = extra === 0 ? b : b & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return null;
      code = (code << 6) | (c & 0x3f);
    }
    const min = [0, 0x80, 0x800, 0x10000][extra]!;
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    out += String.fromCodePoint(code);
    i += extra + 1;
  }
  return out;
}

/** The text with its UTF-8 bytes read again, or null when it is not UTF-8 shown as single bytes. */
export function decodeMojibake(s: string): string | null {
  const bytes: number[] = [];
  for (const ch of s) {
    const b = byteOf(ch);
    if (b === null) return null;
    bytes.push(b);
  }
  if (bytes.every((b) => b < 0x80)) return null;
  const text = decodeUtf8(bytes);
  return text === null ? null : text.normalize("NFC");
}
