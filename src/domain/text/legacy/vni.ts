/**
 * VNI-Windows (the "VNI-" fonts: VNI-Times, VNI-Helve …) to Unicode. A Vietnamese letter is a base letter
 * followed by a mark character, each shown by Windows as a Latin-1 character: "Hoäi" is "Hội" (o + ä =
 * ô with a dot below), "Vieät" is "Việt". A few letters are single characters: ô = ơ, ö = ư, ñ = đ,
 * ì í æ ó ò = ì í ỉ ĩ ị, î = ỵ (capitals the same in upper case). Table: the VNI-Windows code page.
 */

const GRAVE = "\u0300";
const ACUTE = "\u0301";
const TILDE = "\u0303";
const HOOK = "\u0309";
const DOT = "\u0323";
const CIRCUMFLEX = "\u0302";
const BREVE = "\u0306";
const HORN = "\u031B";

/** Mark characters (lower case; the upper-case character means the same) → combining marks. */
export const VNI_MARKS: Readonly<Record<string, string>> = {
  "ù": ACUTE, "ø": GRAVE, "û": HOOK, "õ": TILDE, "ï": DOT,
  "â": CIRCUMFLEX, "á": CIRCUMFLEX + ACUTE, "à": CIRCUMFLEX + GRAVE, "å": CIRCUMFLEX + HOOK, "ã": CIRCUMFLEX + TILDE, "ä": CIRCUMFLEX + DOT,
  "ê": BREVE, "é": BREVE + ACUTE, "è": BREVE + GRAVE, "ú": BREVE + HOOK, "ü": BREVE + TILDE, "ë": BREVE + DOT,
};

/** Single-character letters (lower case) → Unicode, combining form. */
export const VNI_SINGLE: Readonly<Record<string, string>> = {
  "ô": "o" + HORN, "ö": "u" + HORN, "ñ": "đ",
  "ì": "i" + GRAVE, "í": "i" + ACUTE, "æ": "i" + HOOK, "ó": "i" + TILDE, "ò": "i" + DOT, "î": "y" + DOT,
};

const TONES = ACUTE + GRAVE + HOOK + TILDE + DOT;

/** Which marks each base takes: a (â, ă, tones), e and o (ê, ô, tones), ơ ư u y (tones). */
function takes(base: string, mark: string): boolean {
  const b = base.normalize("NFD").toLowerCase();
  if (b === "a") return true;
  if (b === "e" || b === "o") return !mark.includes(BREVE);
  if (b === "o" + HORN || b === "u" + HORN || b === "u" || b === "y") return mark.length === 1 && TONES.includes(mark);
  return false;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

/** The text read as VNI-Windows (NFC). Characters that are not VNI codes are kept as they are. */
export function decodeVni(s: string): string {
  const chars = [...s];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const single = VNI_SINGLE[ch.toLowerCase()];
    const base = single === undefined ? ch : isUpper(ch) ? single.toUpperCase() : single;
    const next = chars[i + 1];
    const mark = next === undefined ? undefined : VNI_MARKS[next.toLowerCase()];
    if (mark !== undefined && /^[aeouyAEOUY]/.test(base) && takes(base, mark)) {
      out += base + mark;
      i++;
    } else {
      out += base;
    }
  }
  return out.normalize("NFC");
}
