/**
 * Numbers as Vietnamese office staff type them: "88,25" (decimal comma), "88.25",
 * "1.000,5" / "1,000.5" (grouped). An input whose meaning depends on the convention
 * ("1.000": one thousand or one?) is reported as ambiguous, never guessed.
 */

export type ParsedNumber =
  | { kind: "number"; value: number }
  | { kind: "ambiguous"; candidates: [number, number] }
  | { kind: "invalid" };

const PLAIN = /^[+-]?\d+$/;
const SPACE_GROUPED = /^[+-]?\d{1,3}([\s\u00a0\u202f]\d{3})+([.,]\d+)?$/;
const ONE_SEPARATOR = /^([+-]?\d+)([.,])(\d+)$/;
const GROUPED_DOT_DECIMAL_COMMA = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const GROUPED_COMMA_DECIMAL_DOT = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export function parseLocaleNumber(input: string): ParsedNumber {
  const trimmed = input.normalize("NFC").trim().replace(/^\u2212/, "-");
  // Spaces are only accepted as thousands separators ("12 345,5"), never inside other digits ("1 2").
  const spaced = /[\s\u00a0\u202f]/.test(trimmed);
  if (spaced && !SPACE_GROUPED.test(trimmed)) return { kind: "invalid" };
  const s = trimmed.replace(/[\s\u00a0\u202f]/g, "");
  if (s === "") return { kind: "invalid" };
  if (PLAIN.test(s)) return { kind: "number", value: Number(s) };
  const one = ONE_SEPARATOR.exec(s);
  if (one) {
    const [, int, , frac] = one as unknown as [string, string, string, string];
    const asDecimal = Number(`${int}.${frac}`);
    const looksGrouped = frac.length === 3 && /^[+-]?\d{1,3}$/.test(int) && !/^[+-]?0$/.test(int);
    if (looksGrouped) return { kind: "ambiguous", candidates: [asDecimal, Number(int + frac)] };
    return { kind: "number", value: asDecimal };
  }
  if (GROUPED_DOT_DECIMAL_COMMA.test(s)) return { kind: "number", value: Number(s.replace(/\./g, "").replace(",", ".")) };
  if (GROUPED_COMMA_DECIMAL_DOT.test(s)) return { kind: "number", value: Number(s.replace(/,/g, "")) };
  return { kind: "invalid" };
}

export { formatNumber } from "../../messages/format";
