/** En-US formula text for the workbook; each formula mirrors a domain rule (src/domain/scoring, src/domain/ranking). */
import { FAIL_TOKEN, NA_TOKENS, PASS_TOKEN } from "../domain/scoring/entryValue";
import { bandsAscending } from "../domain/template/bands";
import type { Band, Criterion, Template } from "../domain/template/model";
import { columnLetter } from "./plan";
import { UNCLASSIFIED } from "./names";

/** Number literal as written in an en-US formula. */
export function num(x: number): string {
  return String(x);
}

/** Text literal for a formula ("" doubled). */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export function numberFormat(precision: number): string {
  return precision > 0 ? `0.${"0".repeat(precision)}` : "0";
}

/** At least `precision` decimals, up to `extra` more when the value has them (0.00#### shows 91,24 and 91,235). */
export function numberFormatUpTo(precision: number, extra: number): string {
  return `0.${"0".repeat(precision)}${"#".repeat(extra)}`;
}

/** TRUE when entry E is one of the N/A tokens (Excel "=" on text ignores case). */
export function naTest(e: string): string {
  return `OR(${NA_TOKENS.map((tok) => `TRIM(${e})=${str(tok)}`).join(",")})`;
}

/**
 * Points of one leaf from entry E (a reference), maximum M (a reference) and, for relativeToBest,
 * the cluster's best % B. Twin of leafPoints + isUsable + readEntry (src/domain/scoring).
 */
export function leafPointsFormula(leaf: Criterion, e: string, m: string, b: string): string {
  const method = leaf.method ?? { type: "manual" as const };
  let f: string;
  switch (method.type) {
    case "passFail":
      f = `IF(OR(TRIM(${e})=${str(PASS_TOKEN)},AND(ISNUMBER(${e}),${e}=${m}),AND(ISLOGICAL(${e}),${e}=TRUE)),${m},0)`;
      break;
    case "levels":
      f = `IF(ISNUMBER(${e}),IF(ISNUMBER(MATCH(${e},{${method.levels.map((l) => num(l.points)).join(",")}},0)),MIN(${m},${e}),0),0)`;
      break;
    case "perCount": {
      const amount = method.cap !== undefined ? `MIN(${num(method.cap)},${e}*${num(method.per)},${m})` : `MIN(${e}*${num(method.per)},${m})`;
      const pts = method.mode === "deductFromMax" ? `${m}-${amount}` : amount;
      f = `IF(ISNUMBER(${e}),IF(AND(${e}>=0,${e}=INT(${e})),${pts},0),0)`;
      break;
    }
    case "ratio":
      f = `IF(ISNUMBER(${e}),IF(${e}>=0,MIN(${m},${m}*${e}/100),0),0)`;
      break;
    case "relativeToBest":
      f =
        `IF(ISNUMBER(${e}),IF(${e}<0,0,IF(${e}<100,${m}/2*${e}/100,IF(${e}=100,${m}/2,` +
        `IF(${e}>=${b},${m},${m}/2+(${e}-100)/(${b}-100)*(${m}/2))))),0)`;
      break;
    case "manual":
    default:
      f = `IF(ISNUMBER(${e}),MIN(${m},MAX(0,${e})),0)`;
      break;
  }
  return leaf.naAllowed ? `IF(${naTest(e)},"",${f})` : f;
}

/** TRUE when a gate entry E means "failed" (Không đạt, 0 or FALSE), as readEntry reads it. */
export function gateFailedFormula(e: string): string {
  return `OR(AND(ISNUMBER(${e}),${e}=0),TRIM(${e})=${str(FAIL_TOKEN)},AND(ISLOGICAL(${e}),${e}=FALSE))`;
}

/**
 * TRUE when a gate entry E is decided, as readEntry reads it: Đạt or Không đạt (also TRUE/FALSE, 0, and the
 * maximum when above 0) or, where the gate allows it, N/A. Anything else (empty, another word) is awaiting a decision.
 */
export function gateDecidedFormula(leaf: Criterion, e: string): string {
  const tests = [`ISLOGICAL(${e})`, `AND(ISNUMBER(${e}),${e}=0)`, `TRIM(${e})=${str(PASS_TOKEN)}`, `TRIM(${e})=${str(FAIL_TOKEN)}`];
  if (leaf.max > 0) tests.push(`AND(ISNUMBER(${e}),${e}=${num(leaf.max)})`);
  if (leaf.naAllowed) tests.push(naTest(e));
  return `OR(${tests.join(",")})`;
}

/** SUM of cells in one column at the given rows: a range when contiguous. */
export function sumOf(col: number, rows: readonly number[]): string {
  if (rows.length === 0) return "0";
  const c = columnLetter(col);
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
  if (contiguous && rows.length > 1) return `SUM(${c}${rows[0]}:${c}${rows.at(-1)})`;
  return `SUM(${rows.map((r) => `${c}${r}`).join(",")})`;
}

/** The chain of IFs that classifies value V (a reference) like src/domain/ranking/classify.ts. */
export function bandFormula(t: Template, v: string, bandRef: (bandIndex: number, field: "label" | "min" | "max") => string): string {
  const indexOf = new Map<Band, number>(t.bands.map((b, i) => [b, i]));
  const asc = bandsAscending(t.bands);
  const contains = (b: Band): string => {
    const i = indexOf.get(b)!;
    const lo = `${v}>=${bandRef(i, "min")}`;
    if (b.max === undefined) return lo;
    return `AND(${lo},${v}${b.maxExclusive ? "<" : "<="}${bandRef(i, "max")})`;
  };
  const reaches = (b: Band): string => `${v}>=${bandRef(indexOf.get(b)!, "min")}`;
  const chain = (bands: Band[], test: (b: Band) => string, fallback: string): string =>
    bands.reduce((acc, b) => `IF(${test(b)},${bandRef(indexOf.get(b)!, "label")},${acc})`, fallback);
  // Highest containing band wins (bandsAscending(inside).at(-1)): test from the top down.
  const fallbackText = str(UNCLASSIFIED);
  if (t.bandGap === "lowerBand") {
    // Without overlaps, "the highest band containing V, else the highest band whose min ≤ V" is just
    // the second part: a shorter formula with the same result.
    const overlaps = asc.some((b, i) => {
      const next = asc[i + 1];
      if (!next) return false;
      if (b.max === undefined) return true;
      return b.maxExclusive ? next.min < b.max : next.min <= b.max;
    });
    const reached = chain(asc, reaches, fallbackText);
    return overlaps ? chain(asc, contains, reached) : reached;
  }
  return chain(asc, contains, fallbackText);
}


/**
 * TRUE when a non-empty entry X would not be counted as typed (the domain reports it as an error):
 * text instead of a number, out of range, not a level, not a whole count, an unknown pass/fail word.
 * M is the row's maximum. Written without array constants: conditional formats do not accept them.
 */
export function invalidEntryFormula(leaf: Criterion, x: string, m: string): string {
  const method = leaf.method ?? { type: "manual" as const };
  let usable: string;
  // IF(ISNUMBER(…)) guards: Excel's AND evaluates every argument, and INT("x") is #VALUE!.
  const ifNumber = (cond: string, otherwise = "FALSE") => `IF(ISNUMBER(${x}),${cond},${otherwise})`;
  switch (method.type) {
    case "passFail":
      usable = ifNumber(`OR(${x}=0,${x}=${m})`, `OR(TRIM(${x})=${str(PASS_TOKEN)},TRIM(${x})=${str(FAIL_TOKEN)},ISLOGICAL(${x}))`);
      break;
    case "levels":
      usable = ifNumber(`OR(${method.levels.map((l) => `${x}=${num(l.points)}`).join(",")})`);
      break;
    case "perCount":
      // Any whole count is usable: past the cap it changes nothing, and Kiểm tra only warns (it may be real).
      usable = ifNumber(`AND(${x}>=0,${x}=INT(${x}))`);
      break;
    case "ratio":
    case "relativeToBest":
      usable = ifNumber(`${x}>=0`);
      break;
    case "manual":
    default:
      usable = ifNumber(`AND(${x}>=0,${x}<=${m})`);
      break;
  }
  if (leaf.naAllowed) usable = `OR(${usable},${naTest(x)})`;
  return `AND(LEN(${x})>0,NOT(${usable}))`;
}
