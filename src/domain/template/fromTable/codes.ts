/**
 * Criterion codes as tables number their rows: "I", "II.", "1", "1.1", "a)", "a.", "b1.", "2.a)", "6a",
 * "TC001", and bullets "-", "+", "•". A code is read into segments (each a number, a Roman numeral, a
 * letter of the Vietnamese list a b c d đ e g h…, or a word prefix such as "TC"), so that the level
 * builder can tell a next sibling ("b" after "a", "2.1" after "1.9") from a first child ("1" under "I").
 */

export type SegmentClass = "N" | "R" | "L" | "W";

/** One way to read a segment: "C" is the letter c (3) or the Roman numeral 100. */
export interface Reading {
  readonly cls: SegmentClass;
  readonly value: number;
}

export interface Segment {
  readonly text: string;
  readonly readings: readonly Reading[];
  readonly upper: boolean;
}

export interface Code {
  /** As typed, trimmed. */
  readonly raw: string;
  /** The code to keep: no spaces, no wrapping "(", no trailing "." ")" ":". */
  readonly display: string;
  /** A bullet (-, +, •…): no number of its own. */
  readonly bullet: string | null;
  readonly segments: readonly Segment[];
  /** Punctuation after the last segment ("." in "I.", ")" in "a)"), part of the numbering style. */
  readonly trailing: string;
  /** Lower-case segments joined with "." ("2.a" for "2.a)", "b.1" for "b1."): what a child's prefix is compared with. */
  readonly key: string;
  /** The key of all segments but the last ("2" for "2.a)"), "" for one segment. */
  readonly prefixKey: string;
}

const BULLET = /^[-+•*–—·○●▪►✓]$/u;
/** Vietnamese lists skip f, j, w, z but letters are accepted anyway; đ comes after d. */
const ALPHABET = "abcdđefghijklmnopqrstuvwxyz";
const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/u;
const TOKEN = /\d+|[A-Za-zĐđ]+/gu;
const MAX_CODE_LENGTH = 15;

export function romanValue(s: string): number | null {
  const up = s.toUpperCase();
  if (up === "" || !ROMAN.test(up) || (s !== up && s !== s.toLowerCase())) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < up.length; i++) {
    const v = values[up[i]!]!;
    const next = i + 1 < up.length ? values[up[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

function readingsOf(token: string): Reading[] | null {
  if (/^\d+$/u.test(token)) return [{ cls: "N", value: Number(token) }];
  const lower = token.toLowerCase();
  const roman = romanValue(token);
  if (token.length === 1) {
    const letter: Reading = { cls: "L", value: ALPHABET.indexOf(lower) + 1 };
    return roman === null ? [letter] : [letter, { cls: "R", value: roman }];
  }
  if (roman !== null) return [{ cls: "R", value: roman }];
  return token.length <= 5 ? [{ cls: "W", value: 0 }] : null;
}

/** A label word before a number: "Phần I", "Mục 2", "Tiêu chuẩn 1", "Chương II". */
const LABEL = /^(?:phần|mục|chương|tiêu chuẩn|tiêu chí|nhóm|điều)\s+/iu;

/** Reads a code cell; null when the text is not a code (too long, words, no letters or digits). */
export function parseCode(input: string): Code | null {
  const label = LABEL.exec(input.normalize("NFC").trim());
  if (label) return parseCode(input.normalize("NFC").trim().slice(label[0].length));
  const raw = input.normalize("NFC").trim();
  if (raw === "" || raw.length > MAX_CODE_LENGTH) return null;
  if (BULLET.test(raw)) return { raw, display: raw, bullet: raw, segments: [], trailing: "", key: raw, prefixKey: "" };
  const compact = raw.replace(/\s*([.)\-/:])\s*/gu, "$1").replace(/^\(/u, "");
  if (/\s/u.test(compact)) return null;
  const trailing = /[.):/]*$/u.exec(compact)![0];
  const body = compact.slice(0, compact.length - trailing.length);
  if (body === "" || /[^A-Za-zĐđ\d./\-)]/u.test(body)) return null;
  const tokens = body.match(TOKEN) ?? [];
  if (tokens.length === 0 || tokens.length > 5) return null;
  const segments: Segment[] = [];
  for (const [i, token] of tokens.entries()) {
    const readings = readingsOf(token);
    if (readings === null) return null;
    if (readings[0]!.cls === "W" && (i > 0 || tokens.length === 1)) return null;
    segments.push({ text: token, readings, upper: token !== token.toLowerCase() });
  }
  const keys = segments.map((s) => s.text.toLowerCase().replace(/^0+(?=\d)/u, ""));
  return { raw, display: body, bullet: null, segments, trailing, key: keys.join("."), prefixKey: keys.slice(0, -1).join(".") };
}

/**
 * A code at the start of a title: "1. Công tác…", "a) Tổ chức…", "II- Xây dựng…", "- Gửi báo cáo…" (the
 * rest is the title); or after a label, "Tiêu chuẩn 1: Thực hiện…", "Phần II. …" (the title stays whole).
 */
export function splitLeadingCode(title: string): { code: Code; rest: string } | null {
  const t = title.normalize("NFC").trim();
  const labelled = /^(?:phần|mục|chương|tiêu chuẩn|tiêu chí|nhóm)\s+([IVXLCivxlc]+|\d+|[A-Za-z])\s*[:.\-–]\s*(?=\S)/iu.exec(t);
  if (labelled) return { code: parseCode(labelled[1]!)!, rest: t };
  const bullet = /^([-+•*–—·○●▪►✓])\s*(?=[^\s\d])/u.exec(t);
  if (bullet) return { code: parseCode(bullet[1]!)!, rest: t.slice(bullet[0].length).trim() };
  const dotted = /^(\d+(?:\.\d+)+)\s+(?=\S)/u.exec(t);
  if (dotted) return { code: parseCode(dotted[1]!)!, rest: t.slice(dotted[0].length).trim() };
  const m = /^\(?([A-Za-zĐđ]{0,5}\d+(?:(?:[.\-/] ?)?(?:\d+|[A-Za-zĐđ]))*|[A-Za-zĐđ]|[IVXLCivxlc]{1,7}(?:[.\-/]\d+)*)([.):]|\/(?=\s)|\s*[-–]\s)\s*(?=\S)/u.exec(t);
  if (!m) return null;
  const code = parseCode(m[1]! + (m[2]!.trim() === "-" || m[2]!.trim() === "–" ? "" : m[2]!.trim()));
  return code ? { code, rest: t.slice(m[0].length).trim() } : null;
}

function compatible(a: Segment, b: Segment): [Reading, Reading][] {
  const pairs: [Reading, Reading][] = [];
  for (const ra of a.readings) for (const rb of b.readings) if (ra.cls === rb.cls) pairs.push([ra, rb]);
  return pairs;
}

const sameText = (a: Segment, b: Segment) => a.text.toLowerCase().replace(/^0+(?=\d)/u, "") === b.text.toLowerCase().replace(/^0+(?=\d)/u, "");
const isFirst = (s: Segment) => s.readings.some((r) => r.value === 1 && r.cls !== "W");

/** Whether `cur` is the next code after `prev` in one list ("b" after "a", "2.1" after "1.9", "-" after "-"). */
export function follows(prev: Code, cur: Code): boolean {
  if (prev.bullet !== null || cur.bullet !== null) return prev.bullet === cur.bullet;
  if (prev.segments.length !== cur.segments.length) return false;
  for (let i = 0; i < cur.segments.length; i++) {
    const p = prev.segments[i]!;
    const c = cur.segments[i]!;
    if (sameText(p, c) && i < cur.segments.length - 1) continue;
    const steps = compatible(p, c).some(([rp, rc]) => rc.cls !== "W" && rc.value - rp.value >= 1 && rc.value - rp.value <= 3);
    return steps && cur.segments.slice(i + 1).every(isFirst);
  }
  return false;
}

/** Same numbering style: same classes, letter case and trailing punctuation ("a)" and "b)", not "B."). */
export function sameStyle(a: Code, b: Code): boolean {
  if (a.bullet !== null || b.bullet !== null) return a.bullet === b.bullet;
  if (a.trailing !== b.trailing || a.segments.length !== b.segments.length) return false;
  return a.segments.every((s, i) => {
    const o = b.segments[i]!;
    return s.upper === o.upper && compatible(s, o).length > 0 && (s.readings[0]!.cls !== "W" || sameText(s, o));
  });
}
