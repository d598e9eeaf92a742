/**
 * What a typed entry means for one criterion: empty, not applicable, a number
 * (points, a count, a % of target, or 1/0 for pass/fail), or something unusable.
 * Only real numbers count: text that looks like a number is reported and not counted,
 * exactly as Excel's SUM ignores it, so the domain and the workbook agree.
 */
import { message, type Message } from "../../messages/message";
import { isMultipleOf, roundTo } from "../round";
import type { Criterion } from "../template/model";
import { cleanText, identityKey } from "../text/normalize";
import { countWorth } from "./countLimit";
import { parseLocaleNumber } from "../text/numbers";

export type RawValue = number | string | boolean | null | undefined;

/** Tokens that mean "not applicable" (compared case-insensitively). */
export const NA_TOKENS = ["N/A", "KAD", "Không áp dụng"] as const;
/** The pass/fail words, as the workbook's drop-down offers them. */
export const PASS_TOKEN = "Đạt";
export const FAIL_TOKEN = "Không đạt";

export type EntryValue =
  | { readonly kind: "empty" }
  | { readonly kind: "na" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "invalid" };

/**
 * A suggested fix. It is offered only when the fixed value passes the same checks (no new problem);
 * `keepsValue` is true only when it keeps the number the cell means (text "8,5" → 8.5), the one kind of
 * fix the pane may tick at first — a fix that raises or lowers a score never is.
 */
export interface EntryFix {
  readonly message: Message;
  readonly value: number | string;
  readonly keepsValue?: boolean;
}

export interface EntryProblem {
  readonly severity: "error" | "warning";
  readonly message: Message;
  readonly fix?: EntryFix;
}

const naKeys = new Set(NA_TOKENS.map(identityKey));
const passKey = identityKey(PASS_TOKEN);
const failKey = identityKey(FAIL_TOKEN);

/** Reads one raw entry for a leaf: its value plus the problems to report. */
export function readEntry(leaf: Criterion, raw: RawValue): { value: EntryValue; problems: EntryProblem[] } {
  if (raw === null || raw === undefined || (typeof raw === "string" && cleanText(raw) === "")) {
    return { value: { kind: "empty" }, problems: [] };
  }
  if (typeof raw === "string" && naKeys.has(identityKey(raw))) {
    return leaf.naAllowed
      ? { value: { kind: "na" }, problems: [] }
      : { value: { kind: "invalid" }, problems: [{ severity: "error", message: message("entry.naNotAllowed") }] };
  }
  if (leaf.method?.type === "passFail") return readPassFail(leaf, raw);
  if (typeof raw === "boolean") return invalid(message("entry.notANumber", { value: String(raw) }));
  if (typeof raw === "string") return readText(leaf, raw);
  if (!Number.isFinite(raw)) return invalid(message("entry.notANumber", { value: String(raw) }));
  return { value: { kind: "number", value: raw }, problems: rangeProblems(leaf, raw) };
}

function invalid(m: Message, fix?: EntryProblem["fix"]): { value: EntryValue; problems: EntryProblem[] } {
  return { value: { kind: "invalid" }, problems: [{ severity: "error", message: m, ...(fix ? { fix } : {}) }] };
}

/** The fix that writes `value`, or none when `value` itself would not pass the leaf's checks. */
function validFix(leaf: Criterion, value: number, m: Message, keepsValue = false): EntryFix | undefined {
  if (value < 0 || rangeProblems(leaf, value).length > 0) return undefined;
  return { message: m, value, ...(keepsValue ? { keepsValue } : {}) };
}

function readText(leaf: Criterion, raw: string) {
  const text = cleanText(raw);
  const p = parseLocaleNumber(text);
  if (p.kind === "number") {
    const fix = validFix(leaf, p.value, message("fix.convertToNumber", { number: p.value }), true);
    if (fix) return invalid(message("entry.textNumber", { value: text, number: p.value }), fix);
    // As a number it would be wrong too (e.g. 8,5 where the maximum is 3): say both, offer no fix.
    const problem = rangeProblems(leaf, p.value)[0];
    const reason = problem?.message ?? message("entry.belowZero", { value: p.value, max: leaf.max });
    return invalid(message("undo.entry.textNumberInvalid", { value: text, reason }));
  }
  if (p.kind === "ambiguous") {
    const [a, b] = p.candidates;
    return invalid(message("entry.ambiguousNumber", { value: text, a, b }));
  }
  return invalid(message("entry.notANumber", { value: text }));
}

function readPassFail(leaf: Criterion, raw: RawValue) {
  if (typeof raw === "boolean") return { value: { kind: "number", value: raw ? 1 : 0 } as EntryValue, problems: [] };
  if (typeof raw === "number") {
    if (raw === 0) return { value: { kind: "number", value: 0 } as EntryValue, problems: [] };
    if (leaf.max > 0 && raw === leaf.max) return { value: { kind: "number", value: 1 } as EntryValue, problems: [] };
  } else {
    const key = identityKey(String(raw));
    if (key === passKey) return { value: { kind: "number", value: 1 } as EntryValue, problems: [] };
    if (key === failKey) return { value: { kind: "number", value: 0 } as EntryValue, problems: [] };
  }
  return invalid(message("entry.passFailUnrecognised", { value: typeof raw === "string" ? cleanText(raw) : String(raw) }));
}

/** Problems of a numeric entry against the leaf's method (range, step, levels, whole counts). */
function rangeProblems(leaf: Criterion, v: number): EntryProblem[] {
  const m = leaf.method;
  const max = leaf.max;
  const problems: EntryProblem[] = [];
  if (v < 0) {
    const key = m?.type === "perCount" ? "entry.countNotWhole" : m?.type === "ratio" || m?.type === "relativeToBest" ? "entry.percentInvalid" : "entry.belowZero";
    problems.push(withFix({ severity: "error", message: message(key, { value: v, max }) }, validFix(leaf, 0, message("fix.useValue", { number: 0 }))));
    return problems;
  }
  switch (m?.type) {
    case "manual":
      if (v > max) {
        problems.push(withFix({ severity: "error", message: message("entry.aboveMax", { value: v, max }) }, validFix(leaf, max, message("fix.useValue", { number: max }))));
      } else if (leaf.step !== null && !isMultipleOf(v, leaf.step)) {
        const down = roundTo(Math.floor(v / leaf.step + 1e-9) * leaf.step, 6);
        const m = message("entry.offStep", { value: v, step: leaf.step, suggestion: down });
        problems.push(withFix({ severity: "warning", message: m }, validFix(leaf, down, message("fix.useValue", { number: down }))));
      }
      break;
    case "levels":
      if (!m.levels.some((l) => l.points === v)) {
        problems.push({ severity: "error", message: message("entry.levelNotAllowed", { value: v, levels: m.levels.map((l) => `${l.points} (${l.label})`).join("; ") }) });
      }
      break;
    case "perCount":
      if (!Number.isInteger(v)) problems.push({ severity: "error", message: message("entry.countNotWhole", { value: v }) });
      else problems.push(...countOverMax(leaf, v));
      break;
    default:
      break;
  }
  return problems;
}

function withFix(p: EntryProblem, fix: EntryFix | undefined): EntryProblem {
  return fix ? { ...p, fix } : p;
}

/**
 * A count beyond the largest that still changes the points: the cap is reached, so the points are right, but
 * it may be points typed in a count row. A warning without a fix: a real count (5 late reports) is a fact
 * the clerk keeps, and lowering it would change the record, not the score.
 */
function countOverMax(leaf: Criterion, v: number): EntryProblem[] {
  const w = countWorth(leaf);
  if (!w || w.maxCount === null || v <= w.maxCount) return [];
  return [{ severity: "warning", message: message("undo.entry.countOverMax", { value: v, maxCount: w.maxCount, per: w.perCount, limit: w.limit }) }];
}

/** True when the entry counts towards the score (a number the method accepts). */
export function isUsable(leaf: Criterion, v: EntryValue): v is { kind: "number"; value: number } {
  if (v.kind !== "number") return false;
  const m = leaf.method;
  if (v.value < 0) return false;
  if (m?.type === "levels") return m.levels.some((l) => l.points === v.value);
  if (m?.type === "perCount") return Number.isInteger(v.value);
  return true;
}
