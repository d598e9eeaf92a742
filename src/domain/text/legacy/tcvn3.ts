/**
 * TCVN3 (TCVN 5712:1993, the ".Vn" fonts of the ABC package: .VnTime, .VnArial, .VnTimeH …) to Unicode.
 * Text typed in those fonts is stored as single bytes that Windows shows as Latin-1/Windows-1252
 * characters: "Hßa B×nh" is "Hòa Bình". The lower-case letters, Ă Â Ê Ô Ơ Ư Đ and ă â ê ô ơ ư đ are at
 * the same bytes in every TCVN3 table (VN3, the ".Vn" fonts); the capitals with a tone mark come from the
 * full table (VN1). Table: TCVN 5712:1993, as published by the standard (checked against glibc's
 * TCVN5712-1 converter).
 */
import { charOf1252 } from "./windows1252";

/** Byte → Unicode letter (NFC), for every one of the 134 Vietnamese letters that are not plain ASCII. */
export const TCVN3_BYTES: Readonly<Record<number, string>> = {
  0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự", 0x13: "Ỳ", 0x14: "Ỷ", 0x15: "Ỹ", 0x16: "Ý", 0x17: "Ỵ",
  0x80: "À", 0x81: "Ả", 0x82: "Ã", 0x83: "Á", 0x84: "Ạ", 0x85: "Ặ", 0x86: "Ậ", 0x87: "È", 0x88: "Ẻ", 0x89: "Ẽ", 0x8a: "É", 0x8b: "Ẹ",
  0x8c: "Ệ", 0x8d: "Ì", 0x8e: "Ỉ", 0x8f: "Ĩ", 0x90: "Í", 0x91: "Ị", 0x92: "Ò", 0x93: "Ỏ", 0x94: "Õ", 0x95: "Ó", 0x96: "Ọ", 0x97: "Ộ",
  0x98: "Ờ", 0x99: "Ở", 0x9a: "Ỡ", 0x9b: "Ớ", 0x9c: "Ợ", 0x9d: "Ù", 0x9e: "Ủ", 0x9f: "Ũ",
  0xa1: "Ă", 0xa2: "Â", 0xa3: "Ê", 0xa4: "Ô", 0xa5: "Ơ", 0xa6: "Ư", 0xa7: "Đ", 0xa8: "ă", 0xa9: "â", 0xaa: "ê", 0xab: "ô", 0xac: "ơ",
  0xad: "ư", 0xae: "đ", 0xaf: "Ằ", 0xb5: "à", 0xb6: "ả", 0xb7: "ã", 0xb8: "á", 0xb9: "ạ", 0xba: "Ẳ", 0xbb: "ằ", 0xbc: "ẳ", 0xbd: "ẵ",
  0xbe: "ắ", 0xbf: "Ẵ", 0xc0: "Ắ", 0xc1: "Ầ", 0xc2: "Ẩ", 0xc3: "Ẫ", 0xc4: "Ấ", 0xc5: "Ề", 0xc6: "ặ", 0xc7: "ầ", 0xc8: "ẩ", 0xc9: "ẫ",
  0xca: "ấ", 0xcb: "ậ", 0xcc: "è", 0xcd: "Ể", 0xce: "ẻ", 0xcf: "ẽ", 0xd0: "é", 0xd1: "ẹ", 0xd2: "ề", 0xd3: "ể", 0xd4: "ễ", 0xd5: "ế",
  0xd6: "ệ", 0xd7: "ì", 0xd8: "ỉ", 0xd9: "Ễ", 0xda: "Ế", 0xdb: "Ồ", 0xdc: "ĩ", 0xdd: "í", 0xde: "ị", 0xdf: "ò", 0xe0: "Ổ", 0xe1: "ỏ",
  0xe2: "õ", 0xe3: "ó", 0xe4: "ọ", 0xe5: "ồ", 0xe6: "ổ", 0xe7: "ỗ", 0xe8: "ố", 0xe9: "ộ", 0xea: "ờ", 0xeb: "ở", 0xec: "ỡ", 0xed: "ớ",
  0xee: "ợ", 0xef: "ù", 0xf0: "Ỗ", 0xf1: "ủ", 0xf2: "ũ", 0xf3: "ú", 0xf4: "ụ", 0xf5: "ừ", 0xf6: "ử", 0xf7: "ữ", 0xf8: "ứ", 0xf9: "ự",
  0xfa: "ỳ", 0xfb: "ỷ", 0xfc: "ỹ", 0xfd: "ý", 0xfe: "ỵ", 0xff: "Ố",
};

/** Bytes 0x80–0x9F that Windows shows as ordinary punctuation (‘ ’ “ ” – — … • „ ‚): letters only inside a word. */
const COMMON_PUNCTUATION = "‘’“”–—…•„‚";
const PUNCTUATION_LIKE = new Map<string, string>();
/** Every other legacy character → its letter, as Windows-1252 shows it and as the raw Latin-1/C0/C1 code. */
const LETTER_LIKE = new Map<string, string>();
for (const [byte, letter] of Object.entries(TCVN3_BYTES).map(([b, l]) => [Number(b), l] as const)) {
  LETTER_LIKE.set(String.fromCharCode(byte), letter);
  const shown = charOf1252(byte);
  (COMMON_PUNCTUATION.includes(shown) ? PUNCTUATION_LIKE : LETTER_LIKE).set(shown, letter);
}

const isLetter = (ch: string | undefined) => ch !== undefined && (/\p{L}/u.test(ch) || LETTER_LIKE.has(ch));

/**
 * The text read as TCVN3. Lower-case codes inside a word typed all in capitals become capitals: the
 * ".VnTimeH" fonts show every code as a capital, so "HßA B×NH" is "HÒA BÌNH".
 */
export function decodeTcvn3(s: string): string {
  const chars = [...s];
  const out = chars.map((ch, i) => {
    const letter = LETTER_LIKE.get(ch);
    if (letter !== undefined) return { ch: letter, decoded: true };
    const inWord = isLetter(chars[i - 1]) || isLetter(chars[i + 1]);
    const punct = inWord ? PUNCTUATION_LIKE.get(ch) : undefined;
    return punct !== undefined ? { ch: punct, decoded: true } : { ch, decoded: false };
  });
  return capitaliseCapsWords(out).normalize("NFC");
}

/** In a word whose own letters (two or more: "Hå" is "Hồ") are all capitals, the decoded letters become capitals too. */
function capitaliseCapsWords(chars: readonly { ch: string; decoded: boolean }[]): string {
  const words: { ch: string; decoded: boolean }[][] = [[]];
  for (const c of chars) {
    if (/\p{L}/u.test(c.ch)) words[words.length - 1]!.push(c);
    else words.push([c], []);
  }
  return words
    .map((w) => {
      const own = w.filter((c) => !c.decoded && /\p{L}/u.test(c.ch));
      const caps = own.length > 1 && own.every((c) => c.ch === c.ch.toLocaleUpperCase("vi") && c.ch !== c.ch.toLocaleLowerCase("vi"));
      return w.map((c) => (caps && c.decoded ? c.ch.toLocaleUpperCase("vi") : c.ch)).join("");
    })
    .join("");
}
