/**
 * Functions the preview engine gives fast-formula-parser: the ones it lacks (MATCH, COUNTIFS, MIN, MAX, SMALL)
 * and the ones whose results differ from Excel's (TRIM keeps inner runs of spaces, LEN of an empty cell,
 * ROUND(1.005,2), COUNTIF ignoring case and wildcards, AND/OR/SUM over text in references).
 * Each follows Excel's documented en-US behaviour; see docs/preview-host.md and functions.test.ts.
 */
import type { FunctionArg } from "fast-formula-parser";
import { criterion, FormulaError, isError, parseEnUsNumber, toNumberDirect, toText, wildcardRegExp, type XValue } from "./values";

type Fn = (...args: FunctionArg[]) => unknown;

const norm = (v: unknown): XValue => (v === undefined ? null : (v as XValue));

/** Every value of an argument; `fromRef` is true for references and arrays (where text and booleans are skipped). */
function* items(arg: FunctionArg | undefined): Generator<{ v: XValue; fromRef: boolean }> {
  if (!arg || arg.omitted) return;
  if (Array.isArray(arg.value)) {
    for (const row of arg.value as unknown[][]) for (const v of row) yield { v: norm(v), fromRef: true };
  } else yield { v: norm(arg.value), fromRef: !!arg.isCellRef };
}

/** One value of an argument (the top-left one for a range or array). */
function single(arg: FunctionArg | undefined): XValue {
  if (!arg || arg.omitted) return null;
  if (Array.isArray(arg.value)) return norm((arg.value as unknown[][])[0]?.[0]);
  return norm(arg.value);
}

/** The numbers of SUM/MIN/MAX's arguments: references give their numbers only; typed values are converted. */
function numbers(args: FunctionArg[]): number[] {
  const out: number[] = [];
  for (const a of args) {
    for (const { v, fromRef } of items(a)) {
      if (isError(v)) throw v;
      if (fromRef) {
        if (typeof v === "number") out.push(v);
      } else out.push(toNumberDirect(v));
    }
  }
  return out;
}

function logicals(args: FunctionArg[]): boolean[] {
  const out: boolean[] = [];
  for (const a of args) {
    for (const { v, fromRef } of items(a)) {
      if (isError(v)) throw v;
      if (typeof v === "boolean") out.push(v);
      else if (typeof v === "number") out.push(v !== 0);
      else if (!fromRef && typeof v === "string") {
        if (/^true$/i.test(v)) out.push(true);
        else if (/^false$/i.test(v)) out.push(false);
        else throw FormulaError.VALUE;
      }
    }
  }
  if (out.length === 0) throw FormulaError.VALUE;
  return out;
}

/** Excel rounds the decimal it shows (15 significant digits), half away from zero. */
function roundTo(x: number, digits: number, mode: "round" | "up" | "down"): number {
  const d = Math.trunc(digits);
  const sign = x < 0 ? -1 : 1;
  const [mantissa, exponent] = Math.abs(x).toExponential(14).split("e") as [string, string];
  const shifted = Number(`${mantissa}e${Number(exponent) + d}`);
  const r = mode === "round" ? Math.round(shifted) : mode === "up" ? Math.ceil(Number(shifted.toPrecision(15))) : Math.floor(Number(shifted.toPrecision(15)));
  return sign * Number(`${r}e${-d}`) + 0;
}

function rounding(mode: "round" | "up" | "down"): Fn {
  return (x, d) => {
    const n = toNumberDirect(single(x));
    const digits = d && !d.omitted ? toNumberDirect(single(d)) : Number.NaN;
    if (Number.isNaN(digits)) throw FormulaError.NA; // Excel asks for both arguments
    return roundTo(n, digits, mode);
  };
}

function list(arg: FunctionArg): XValue[] {
  if (!Array.isArray(arg.value)) return [norm(arg.value)];
  const g = arg.value as unknown[][];
  if (g.length > 1 && g.some((r) => r.length > 1)) throw FormulaError.NA; // MATCH needs one row or one column
  return g.flat().map(norm);
}

function sameKind(a: XValue, b: XValue): boolean {
  return typeof a === typeof b && a !== null && b !== null;
}

export const MATCH: Fn = (lookupArg, arrayArg, typeArg) => {
  const lookup = single(lookupArg);
  if (isError(lookup)) throw lookup;
  if (lookup === null || !arrayArg) throw FormulaError.NA;
  const values = list(arrayArg);
  const type = typeArg && !typeArg.omitted ? Math.sign(toNumberDirect(single(typeArg))) : 1;
  if (type === 0) {
    const re = typeof lookup === "string" && /[*?~]/.test(lookup) ? wildcardRegExp(lookup) : null;
    const i = values.findIndex((v) => {
      if (isError(v) || !sameKind(v, lookup)) return false;
      if (typeof v === "string") return re ? re.test(v) : v.toLowerCase() === (lookup as string).toLowerCase();
      return v === lookup;
    });
    if (i < 0) throw FormulaError.NA;
    return i + 1;
  }
  // Approximate match over sorted data: the last position before the first value past the lookup.
  let found = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (isError(v) || !sameKind(v, lookup)) continue;
    const c = typeof v === "string" ? v.toLowerCase().localeCompare((lookup as string).toLowerCase()) : Number(v) - Number(lookup);
    if (type > 0 ? c <= 0 : c >= 0) found = i;
    else break;
  }
  if (found < 0) throw FormulaError.NA;
  return found + 1;
};

function grid(arg: FunctionArg | undefined): XValue[][] {
  if (!arg) throw FormulaError.VALUE;
  return Array.isArray(arg.value) ? (arg.value as unknown[][]).map((r) => r.map(norm)) : [[norm(arg.value)]];
}

export const COUNTIFS: Fn = (...args) => {
  if (args.length === 0 || args.length % 2 !== 0) throw FormulaError.VALUE;
  const pairs: { g: XValue[][]; test: (v: XValue) => boolean }[] = [];
  for (let i = 0; i < args.length; i += 2) pairs.push({ g: grid(args[i]), test: criterion(single(args[i + 1])) });
  const rows = pairs[0]!.g.length;
  const cols = pairs[0]!.g[0]?.length ?? 0;
  if (pairs.some((p) => p.g.length !== rows || (p.g[0]?.length ?? 0) !== cols)) throw FormulaError.VALUE;
  let n = 0;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (pairs.every((p) => p.test(p.g[r]![c] ?? null))) n++;
  return n;
};

/** fast-formula-parser's evaluation context, as IF receives it (arguments unevaluated: values or {ref}). */
interface IfContext {
  utils: { extractRefValue(x: unknown): { val: unknown; isArray: boolean } };
}

/**
 * IF: fast-formula-parser's treats an empty cell as TRUE. Excel: empty or 0 is FALSE, text other than
 * TRUE/FALSE is #VALUE!, a missing "else" is FALSE and an empty "then" (IF(x,,y)) is 0.
 */
export const IF = (context: IfContext, test: unknown, then: unknown, otherwise?: unknown): unknown => {
  const raw = test === null || test === undefined ? null : context.utils.extractRefValue(test).val;
  const v = norm(Array.isArray(raw) ? (raw as unknown[][])[0]?.[0] : raw);
  let cond: boolean;
  if (isError(v)) return v;
  if (v === null) cond = false;
  else if (typeof v === "boolean") cond = v;
  else if (typeof v === "number") cond = v !== 0;
  else if (/^true$/i.test(v)) cond = true;
  else if (/^false$/i.test(v)) cond = false;
  else return FormulaError.VALUE;
  const chosen = cond ? then : otherwise;
  if (chosen === null) return 0;
  if (chosen === undefined) return cond ? 0 : false;
  return chosen;
};

/**
 * INDEX(array, row, [column]) returning the value: fast-formula-parser's INDEX loses the sheet of a
 * reference like 'Xếp hạng'!$B$2:$B$6 and reads the formula's own sheet instead.
 */
export const INDEX = (context: IfContext, array: unknown, row: unknown, column?: unknown): unknown => {
  const num = (x: unknown): number | null => {
    if (x === null || x === undefined) return null;
    const v = norm(context.utils.extractRefValue(x).val as XValue);
    return Math.trunc(toNumberDirect(Array.isArray(v) ? norm((v as unknown[][])[0]?.[0]) : v));
  };
  const raw = context.utils.extractRefValue(array).val;
  if (isError(raw)) return raw;
  const g = Array.isArray(raw) ? (raw as unknown[][]) : [[raw]];
  let r = num(row);
  let c = num(column);
  if (c === null && g.length === 1) {
    c = r;
    r = 1;
  }
  r ??= 0;
  c ??= g[0]!.length === 1 ? 1 : 0;
  if (r < 0 || c < 0 || r > g.length || c > (g[0]?.length ?? 0)) return FormulaError.REF;
  if (r === 0 || c === 0) return FormulaError.VALUE; // a whole row or column: an array Excel 2016 cannot put in one cell
  return norm(g[r - 1]![c - 1]) ?? 0;
};

export const PREVIEW_FUNCTIONS: Record<string, Fn> = {
  SUM: (...args) => numbers(args).reduce((s, x) => s + x, 0),
  MIN: (...args) => {
    const xs = numbers(args);
    return xs.length ? Math.min(...xs) : 0;
  },
  MAX: (...args) => {
    const xs = numbers(args);
    return xs.length ? Math.max(...xs) : 0;
  },
  AND: (...args) => logicals(args).every(Boolean),
  NOT: (x) => {
    const v = single(x);
    if (v === null) return true;
    return !logicals([{ value: v }])[0];
  },
  OR: (...args) => logicals(args).some(Boolean),
  TRIM: (x) => toText(single(x)).replace(/^ +| +$/g, "").replace(/ {2,}/g, " "),
  LEN: (x) => toText(single(x)).length,
  ROUND: rounding("round"),
  ROUNDUP: rounding("up"),
  ROUNDDOWN: rounding("down"),
  INT: (x) => Math.floor(toNumberDirect(single(x))),
  ABS: (x) => Math.abs(toNumberDirect(single(x))),
  MOD: (a, b) => {
    const n = toNumberDirect(single(a));
    const d = toNumberDirect(single(b));
    if (d === 0) throw FormulaError.DIV0;
    const r = n - d * Math.floor(n / d);
    return Math.abs(r) < 1e-12 * Math.max(1, Math.abs(n)) ? 0 : r;
  },
  VALUE: (x) => {
    const v = single(x);
    if (typeof v === "number") return v;
    const n = parseEnUsNumber(toText(v));
    if (n === null) throw FormulaError.VALUE;
    return n;
  },
  // The k-th smallest number (text and logicals in references skipped, like MIN); k out of 1…count is #NUM!.
  SMALL: (range, k) => {
    const xs = numbers([range!]).sort((x, y) => x - y);
    const i = Math.ceil(toNumberDirect(single(k)));
    if (!(i >= 1 && i <= xs.length)) throw FormulaError.NUM;
    return xs[i - 1];
  },
  MATCH,
  COUNTIFS,
  COUNTIF: (range, crit) => COUNTIFS(range!, crit!),
  // fast-formula-parser calls IF with its context first (IF is one of its context functions).
  IF: IF as unknown as Fn,
  INDEX: INDEX as unknown as Fn,
};
