/**
 * Cells of a pasted table: points as people write them ("10", "0,5", "1.5", "10 điểm", "(3 đ)", "+0,5",
 * "−2"), the indentation of a title (leading spaces), and a fold of Vietnamese text without diacritics for
 * matching words in headers and rule texts (numbers and punctuation kept).
 */
import { parseLocaleNumber } from "../../text/numbers";
import { stripInvisible } from "../../text/invisible";

export type PointsCell =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number; readonly sign: "+" | "-" | null; readonly ambiguous: boolean }
  | { readonly kind: "invalid"; readonly text: string };

const POINTS = /^\(?\s*([+\-\u2212]?)\s*(\d[\d\s.,]*?)\s*(?:điểm|điêm|diem|đ\.?|d)?\s*\)?\.?$/iu;

/** The points written in a cell; "1.000" (one or a thousand?) is read as the whole number and flagged. */
export function readPoints(cell: string): PointsCell {
  const text = clean(cell);
  if (text === "" || /^[-–—\u2212]$/u.test(text)) return { kind: "empty" };
  const m = POINTS.exec(text.normalize("NFC"));
  if (!m) return { kind: "invalid", text };
  const parsed = parseLocaleNumber(m[2]!);
  const sign = m[1] === "+" ? "+" : m[1] === "" ? null : "-";
  if (parsed.kind === "number") return { kind: "number", value: parsed.value, sign, ambiguous: false };
  if (parsed.kind === "ambiguous") return { kind: "number", value: parsed.candidates[1], sign, ambiguous: true };
  return { kind: "invalid", text };
}

/** NFC, invisible characters removed, white space collapsed, trimmed. */
export function clean(s: string): string {
  return stripInvisible(s.normalize("NFC")).replace(/\s+/gu, " ").trim();
}

/** Leading spaces of a title cell (a tab counts 4, a non-breaking or full-width space 1). */
export function indentOf(s: string): number {
  const lead = /^[\s\u00a0\u3000]*/u.exec(stripInvisible(s))![0];
  let n = 0;
  for (const ch of lead) n += ch === "\t" ? 4 : ch === "\n" || ch === "\r" ? 0 : 1;
  return n;
}

/** Lower case, no diacritics, đ → d, spaces collapsed; digits and punctuation kept ("trừ 0,5 điểm" → "tru 0,5 diem"). */
export function fold(s: string): string {
  return clean(s)
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gu, "d")
    .replace(/\u2212/gu, "-");
}

/** Excel column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A number as written in Vietnamese text: "0,5" or "0.5" → 0.5 (no grouping in rule texts). */
export function numberOf(text: string): number {
  return Number(text.replace(",", "."));
}
