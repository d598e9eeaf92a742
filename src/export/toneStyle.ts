/**
 * One tone-mark style per document (src/domain/text/toneStyle.ts): every text of the summary — unit
 * names, cluster, period, template, awards, reasons, meeting details and the fixed headings — is written
 * in the chosen style before the biên bản, the CSV or the .xlsx is made from it. Numbers are untouched.
 */
import { applyToneStyle, type ToneStyle } from "../domain/text/toneStyle";
import type { ClusterSummary } from "./clusterSummary";

/** Every string inside `value` (arrays and plain objects, however deep) in one tone-mark style; numbers untouched. */
export function restyled<T>(value: T, style: ToneStyle): T {
  // An object reached twice (a roll-up's unit is in its cluster and in a quota's list) stays one object.
  const seen = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return applyToneStyle(v, style);
    if (v === null || typeof v !== "object") return v;
    if (seen.has(v)) return seen.get(v);
    const out: unknown = Array.isArray(v) ? [] : {};
    seen.set(v, out);
    if (Array.isArray(v)) (out as unknown[]).push(...v.map(walk));
    else for (const [k, x] of Object.entries(v)) (out as Record<string, unknown>)[k] = walk(x);
    return out;
  };
  return walk(value) as T;
}

/** The summary with all its texts in one tone-mark style ("hòa" for new, "hoà" for old). */
export function withToneStyle(summary: ClusterSummary, style: ToneStyle): ClusterSummary {
  return restyled(summary, style);
}
