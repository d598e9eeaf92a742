/**
 * Excel's value rules (en-US), as the preview engine needs them: empty cells, text ↔ number,
 * comparisons (text ignores case; number < text < TRUE/FALSE) and COUNTIF-style criteria.
 * `null` is an empty cell; errors are fast-formula-parser FormulaError objects.
 */
import FormulaParser, { type FormulaError as FormulaErrorType } from "fast-formula-parser";

export const FormulaError = FormulaParser.FormulaError;
export type XError = FormulaErrorType;
export type XValue = number | string | boolean | null | XError;

export function isError(v: unknown): v is XError {
  return v instanceof FormulaError;
}

/** The error code ("#DIV/0!") of an error value. */
export function errorCode(e: XError): string {
  return e.error;
}

/** Excel shows and converts numbers with at most 15 significant digits. */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const p = Number(n.toPrecision(15));
  const s = String(p);
  return s.includes("e") ? p.toExponential().replace(/(\.\d*?)0+e/, "$1e").replace(/\.e/, "e").toUpperCase() : s;
}

/** Text of a value as TRIM/LEN/& see it. Errors are thrown (they propagate). */
export function toText(v: XValue): string {
  if (v === null) return "";
  if (isError(v)) throw v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return numberText(v);
  return v;
}

/** An en-US number typed as text ("12", " 8.5 ", "-3e2"), or null. "8,5" is not a number in en-US. */
export function parseEnUsNumber(s: string): number | null {
  const t = s.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?%?$/i.test(t)) return null;
  const pct = t.endsWith("%");
  const n = Number(pct ? t.slice(0, -1) : t);
  return Number.isFinite(n) ? (pct ? n / 100 : n) : null;
}

/** A value given directly to a numeric function: booleans count, numeric text counts, other text is #VALUE!. */
export function toNumberDirect(v: XValue): number {
  if (v === null) return 0;
  if (isError(v)) throw v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = parseEnUsNumber(v);
  if (n === null) throw FormulaError.VALUE;
  return n;
}

const typeRank = (v: number | string | boolean): number => (typeof v === "number" ? 1 : typeof v === "string" ? 2 : 3);

/** Excel's comparison: -1, 0 or 1. An empty cell is 0 beside a number, "" beside text, FALSE beside a boolean. */
export function compareValues(a: XValue, b: XValue): number {
  if (isError(a)) throw a;
  if (isError(b)) throw b;
  const blank = (other: XValue): number | string | boolean => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const x = a === null ? blank(b) : a;
  const y = b === null ? blank(a) : b;
  const tx = typeRank(x);
  const ty = typeRank(y);
  if (tx !== ty) return tx < ty ? -1 : 1;
  if (typeof x === "string") {
    const p = x.toLowerCase();
    const q = (y as string).toLowerCase();
    return p === q ? 0 : p < q ? -1 : 1;
  }
  const p = Number(x);
  const q = Number(y);
  return p === q ? 0 : p < q ? -1 : 1;
}

export function compareOp(a: XValue, op: string, b: XValue): boolean {
  const c = compareValues(a, b);
  switch (op) {
    case "=":
      return c === 0;
    case "<>":
      return c !== 0;
    case "<":
      return c < 0;
    case ">":
      return c > 0;
    case "<=":
      return c <= 0;
    case ">=":
      return c >= 0;
    default:
      throw new Error(`unknown comparison operator ${op}`);
  }
}

/** Excel wildcard pattern (* ? and ~ escapes), matched whole and ignoring case. */
export function wildcardRegExp(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "~" && i + 1 < pattern.length) re += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "*") re += "[\\s\\S]*";
    else if (ch === "?") re += "[\\s\\S]";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

/** A COUNTIF/COUNTIFS criterion as a predicate over cell values. */
export function criterion(c: XValue): (v: XValue) => boolean {
  if (isError(c)) throw c;
  if (c === null) c = "";
  if (typeof c === "number" || typeof c === "boolean") {
    const want = c;
    return (v) => v === want;
  }
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c)!;
  const op = m[1] ?? "=";
  const rest = m[2]!;
  const n = parseEnUsNumber(rest);
  const bool = /^(true|false)$/i.test(rest) ? rest.toLowerCase() === "true" : null;
  if (n !== null) {
    return (v) => {
      if (typeof v === "number") return compareOp(v, op, n);
      if (op === "=" && typeof v === "string") return parseEnUsNumber(v) === n;
      if (op === "<>") return !(typeof v === "string" && parseEnUsNumber(v) === n);
      return false;
    };
  }
  if (bool !== null) {
    return (v) => (typeof v === "boolean" ? compareOp(v, op, bool) : op === "<>");
  }
  if (rest === "") {
    if (op === "=") return m[1] ? (v) => v === null : (v) => v === null || v === "";
    if (op === "<>") return (v) => v !== null && v !== "";
    return () => false;
  }
  if (op === "=" || op === "<>") {
    const re = wildcardRegExp(rest);
    return op === "=" ? (v) => typeof v === "string" && re.test(v) : (v) => !(typeof v === "string" && re.test(v));
  }
  return (v) => typeof v === "string" && compareOp(v, op, rest);
}
