/**
 * A scoring method proposed from a rule text as tables write it. Only what the text says plainly is read:
 * "Chấm thẳng"; "Đạt/Không đạt", "hoàn thành = điểm tối đa; không hoàn thành = 0"; "trừ 0,5 điểm/trường
 * hợp, tối đa 1,5" (per count, deducted); "mỗi bài +0,2, không quá 1" (per count, added); tiers with points
 * ("Trên 98%: 5 điểm; 97–98%: 4 điểm"); "% chỉ tiêu" (ratio); "so với đơn vị dẫn đầu" (relative to the
 * best). Anything else — several amounts, bonus and deduction mixed, tiers above the maximum, plain prose —
 * is left unread with the reason, and the caller keeps the criterion as chấm thẳng with a finding.
 */
import type { Kind, Method } from "../schema";
import { fold, numberOf } from "./cells";

export type UnreadReason = "unknown" | "mixed" | "severalAmounts" | "severalCaps" | "levelAboveMax" | "relativeNotScored";

export type RuleReading =
  | { readonly kind: "none" }
  | { readonly kind: "read"; readonly method: Method }
  | { readonly kind: "unread"; readonly reason: UnreadReason; readonly amounts?: readonly number[] };

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const DEDUCTION = new RegExp(String.raw`(?:\btru|\bgiam|(?:^|[\s(:;,])-)\s*${NUM}\s*(?:diem|d\b)?`, "gu");
const BONUS = new RegExp(String.raw`(?:\bcong|\bthuong|(?:^|[\s(:;,])\+)\s*(?:them\s*)?${NUM}\s*(?:diem|d\b)?`, "gu");
const CAP = new RegExp(String.raw`(?:khong (?:duoc )?qua|toi da(?: la)?(?: khong qua)?)\s*[-+]?\s*${NUM}`, "gu");
const PER = /\bmoi\b|\/\s*(?:0?1\s*)?[a-z]|\bcu\b|\btinh tren\b|\bluy ke\b|\btrong hop\b|\btruong hop\b|\blan\b/u;
const MANUAL = /\bcham thang\b|\bnhap diem\b|\bcham truc tiep\b/u;
const RELATIVE = /\bdan dau\b/u;
const RATIO = /% (?:ke hoach |)chi tieu|ty le (?:% |phan tram )?(?:hoan thanh|dat)(?: duoc)? (?:chi tieu|ke hoach)|theo ty le (?:%|phan tram)|(?:x|nhan voi) ty le/u;
const PASS_FAIL = /\bdat\s*\/\s*khong dat\b|\bdat hoac khong dat\b|^dat$|\bdinh tinh\b|\bhoan thanh\s*[=:].*\bkhong hoan thanh\b/u;
/** "hoàn thành: điểm tối đa; chưa hoàn thành: 0 điểm": all or nothing, in words. */
const ALL_OR_NOTHING = /(?:diem toi da|du diem|toan bo diem)[^|;]*[|;].*[:=]\s*0(?:\s*diem)?\s*$|[:=]\s*0(?:\s*diem)?\s*[|;].*(?:diem toi da|du diem|toan bo diem)/u;
const TIER_POINTS = new RegExp(String.raw`(?<![+\-])\b${NUM}\s*(?:diem|d)\b|[:=]\s*${NUM}\s*$`, "gu");

const unread = (reason: UnreadReason, amounts?: number[]): RuleReading => ({ kind: "unread", reason, ...(amounts ? { amounts } : {}) });
const distinct = (xs: readonly number[]) => [...new Set(xs)];
const all = (re: RegExp, f: string) => [...f.matchAll(re)].map((m) => numberOf(m[1]!)).filter((n) => n > 0);

const NOTE = /^(?:\(|\*|ghi chu|luu y|can cu)|theo doi,? kiem tra/u;
const partsOf = (rule: string) => rule.split(/\s*[|;\n]\s*/u).filter((p) => p.trim() !== "");
/** The text without its caps ("tối đa -2 điểm" is a cap, not a second deduction). */
const withoutCaps = (f: string) => f.replace(CAP, " ");
const hasAmount = (f: string) => all(DEDUCTION, withoutCaps(f)).length > 0 || all(BONUS, withoutCaps(f)).length > 0;

/**
 * Per-count rules: one amount per occurrence (added or deducted), at most one cap. Every part of the text
 * states the amount, the cap or a note; a case without a number ("- Không báo cáo") or a cap written inside
 * one of several cases leaves the text unread.
 */
function readAmounts(rule: string, f: string, kind: Kind): RuleReading | null {
  const deductions = all(DEDUCTION, withoutCaps(f));
  const bonuses = all(BONUS, withoutCaps(f));
  if (deductions.length === 0 && bonuses.length === 0) return null;
  if (deductions.length > 0 && bonuses.length > 0) return unread("mixed");
  const amounts = distinct(deductions.length > 0 ? deductions : bonuses);
  if (amounts.length > 1) return unread("severalAmounts", amounts);
  const parts = partsOf(rule).map(fold);
  const caseParts = parts.filter(hasAmount);
  const plain = parts.some((p) => !hasAmount(p) && all(CAP, p).length === 0 && !NOTE.test(p));
  const capInCase = caseParts.length > 1 && caseParts.some((p) => all(CAP, p).length > 0);
  if (!PER.test(f) || plain || capInCase) return unread("unknown");
  const caps = distinct(all(CAP, f));
  if (caps.length > 1) return unread("severalCaps", caps);
  const mode = deductions.length > 0 && kind === "scored" ? "deductFromMax" : "accumulate";
  return { kind: "read", method: { type: "perCount", per: amounts[0]!, ...(caps.length === 1 ? { cap: caps[0]! } : {}), mode } };
}

/** "Trên 98%: 5 điểm; 97–98%: 4 điểm" or "Có: 2 điểm, không: 0": one points value per part. */
function readTiers(rule: string, max: number): RuleReading | null {
  let parts = partsOf(rule);
  if (parts.length < 2) parts = rule.split(/,\s+/u).filter((p) => p.trim() !== "");
  if (parts.length < 2) return null;
  const levels: { points: number; label: string }[] = [];
  for (const part of parts) {
    const bare = fold(part).replace(/^[-–+•]\s*/u, "");
    if (hasAmount(bare)) return null;
    const found = [...bare.matchAll(TIER_POINTS)];
    if (found.length !== 1) return null;
    const points = numberOf(found[0]![1] ?? found[0]![2]!);
    const label = part.replace(/\s*[:=]?\s*\d+(?:[.,]\d+)?\s*(?:điểm|đ)?\s*$/iu, "").replace(/^[\s\-–+•:]+|[\s:=,.]+$/gu, "");
    levels.push({ points, label: label === "" ? `${part.trim()}` : label });
  }
  if (levels.some((l) => l.points > max)) return unread("levelAboveMax", levels.map((l) => l.points));
  const values = distinct(levels.map((l) => l.points));
  if (levels.length === 2 && values.length === 2 && values.includes(max) && values.includes(0)) return { kind: "read", method: { type: "passFail" } };
  return { kind: "read", method: { type: "levels", levels } };
}

export function readRule(rule: string, max: number, kind: Kind): RuleReading {
  const f = fold(rule);
  if (f === "") return { kind: "none" };
  if (MANUAL.test(f)) return { kind: "read", method: { type: "manual" } };
  if (RELATIVE.test(f)) return kind === "scored" ? { kind: "read", method: { type: "relativeToBest" } } : unread("relativeNotScored");
  if (RATIO.test(f)) return { kind: "read", method: { type: "ratio" } };
  if (PASS_FAIL.test(f) || ALL_OR_NOTHING.test(f)) return { kind: "read", method: { type: "passFail" } };
  return readTiers(rule, max) ?? readAmounts(rule, f, kind) ?? unread("unknown");
}
