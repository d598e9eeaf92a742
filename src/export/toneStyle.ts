/**
 * One tone-mark style per document (src/domain/text/toneStyle.ts): every text of the summary — unit
 * names, cluster, period, template, awards, reasons, meeting details and the fixed headings — is written
 * in the chosen style before the biên bản, the CSV or the .xlsx is made from it. Numbers are untouched.
 */
import { applyToneStyle, type ToneStyle } from "../domain/text/toneStyle";
import type { ClusterSummary } from "./clusterSummary";

function restyle(value: unknown, style: ToneStyle): unknown {
  if (typeof value === "string") return applyToneStyle(value, style);
  if (Array.isArray(value)) return value.map((v) => restyle(v, style));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restyle(v, style)]));
  return value;
}

/** The summary with all its texts in one tone-mark style ("hòa" for new, "hoà" for old). */
export function withToneStyle(summary: ClusterSummary, style: ToneStyle): ClusterSummary {
  return restyle(summary, style) as ClusterSummary;
}
