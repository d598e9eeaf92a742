/**
 * Cross-cluster quotas (docs/rollup.md): `<award>=<n>` (at most n units proposed for the award over all
 * clusters) or `<award>=<p>%` (at most p % of every unit rolled up) or `<award>=<p>%:of=<award>[+<award>…]`
 * (at most p % of the units proposed for those awards, e.g. the Government's flag ≤ 20 % of the units proposed
 * for the ministry's flag). Shares are rounded down: "at most 20 %" of 12 units is 2. Award names are compared
 * as unit names are (identityKey: case, spaces and tone-mark placement do not matter). Only units proposed
 * outright count; units still to be voted on (bình xét) do not.
 */
import { message, type Message } from "../../messages/message";
import { identityKey } from "../text/normalize";
import type { QuotaCheck, QuotaRule, UnitRef } from "./types";

export type QuotaParse = { readonly ok: true; readonly rule: QuotaRule } | { readonly ok: false; readonly error: Message };

const WHOLE = /^\d+$/;
const PERCENT = /^(\d+(?:[.,]\d+)?)\s*%$/;

export function parseQuota(text: string): QuotaParse {
  const fail = (id: "cli.quota.syntax" | "cli.quota.badCap" | "cli.quota.badPercent" | "cli.quota.badOf") => ({ ok: false as const, error: message(`rollup.${id}`, { quota: text }) });
  const eq = text.indexOf("=");
  const award = eq < 0 ? "" : text.slice(0, eq).trim();
  if (award === "") return fail("cli.quota.syntax");
  const [capText = "", ...options] = text.slice(eq + 1).split(":").map((s) => s.trim());
  if (WHOLE.test(capText)) return options.length > 0 ? fail("cli.quota.badOf") : { ok: true, rule: { text, award, cap: { kind: "count", count: Number(capText) } } };
  const pct = PERCENT.exec(capText);
  if (!pct) return fail("cli.quota.badCap");
  const percent = Number(pct[1]!.replace(",", "."));
  if (percent <= 0 || percent > 100) return fail("cli.quota.badPercent");
  if (options.length > 1) return fail("cli.quota.badOf");
  const ofText = options[0];
  if (ofText === undefined) return { ok: true, rule: { text, award, cap: { kind: "share", percent, of: [] } } };
  const m = /^of\s*=(.*)$/i.exec(ofText);
  const of = m ? m[1]!.split("+").map((s) => s.trim()) : [];
  if (of.length === 0 || of.some((s) => s === "")) return fail("cli.quota.badOf");
  return { ok: true, rule: { text, award, cap: { kind: "share", percent, of } } };
}

/** Whether a unit is proposed outright for one of the awards named (by identityKey). */
function proposedFor(ref: UnitRef, awards: readonly string[]): boolean {
  const u = ref.unit;
  return u.awardStatus === "proposed" && u.award !== null && awards.some((a) => identityKey(a) === identityKey(u.award!));
}

/** The cap of a rule over these units: the count, or ⌊p % × base⌋ (base: units proposed for `of`, or all units). */
export function quotaCap(rule: QuotaRule, units: readonly UnitRef[]): { cap: number; base: number | null } {
  const c = rule.cap;
  if (c.kind === "count") return { cap: c.count, base: null };
  const base = c.of.length === 0 ? units.length : units.filter((r) => proposedFor(r, c.of)).length;
  // Rounded to 9 decimals first so that 20 % of 10 is 2, not 1,9999….
  return { cap: Math.floor(Math.round(((c.percent * base) / 100) * 1e9) / 1e9), base };
}

/**
 * Each rule against the units (`ordered`: the order to list proposed units in, best first; see rollup.ts).
 * excess = max(0, proposed − cap).
 */
export function checkQuotas(rules: readonly QuotaRule[], ordered: readonly UnitRef[]): QuotaCheck[] {
  return rules.map((rule) => {
    const { cap, base } = quotaCap(rule, ordered);
    const proposed = ordered.filter((r) => proposedFor(r, [rule.award]));
    return { rule, base, cap, proposed, excess: Math.max(0, proposed.length - cap) };
  });
}

/** Award titles named by the rules that no unit is proposed for (likely a typo). */
export function unknownAwards(rules: readonly QuotaRule[], units: readonly UnitRef[]): string[] {
  const seen = new Set(units.flatMap((r) => (r.unit.award === null ? [] : [identityKey(r.unit.award)])));
  const named = rules.flatMap((r) => [r.award, ...(r.cap.kind === "share" ? r.cap.of : [])]);
  return [...new Set(named)].filter((a) => !seen.has(identityKey(a)));
}
