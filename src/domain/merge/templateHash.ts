/**
 * A content hash of a template's criteria: what a self-scoring handout was generated from. Two templates
 * with the same id and version but a renamed, re-weighted or re-ordered criterion get different hashes,
 * so a handout made before the change is recognised even when nobody bumped the version string.
 * Pure and synchronous (the pane has no synchronous crypto): two 32-bit multiplicative hashes → 16 hex digits.
 */
import type { Template } from "../template/model";
import { walk } from "../template/tree";
import { cleanText } from "../text/normalize";

/** 64 bits as 16 hex digits (cyrb53's mixing, both halves kept). Not for security: for change detection. */
export function hashText(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, "0");
  return hex(h2) + hex(h1);
}

/**
 * The hash of everything a self-score depends on: each criterion (tree order) with its code, title,
 * kind, maximum, method, step, N/A permission and parent; plus the template's total and precision.
 * Not included: id and version (compared on their own), bands, awards, notes (they do not change what
 * a unit types).
 */
export function templateHash(t: Template): string {
  const nodes = [...walk(t.criteria)].map((c) => [
    cleanText(c.code),
    cleanText(c.title),
    c.kind,
    c.max,
    c.method ?? null,
    c.step,
    c.naAllowed,
    c.parentCode,
  ]);
  return hashText(canonicalJson([t.total, t.precision, nodes]));
}

/** JSON with object keys sorted at every level: the same content gives the same text whatever the key order in the file. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(",")}}`;
  }
  return JSON.stringify(v);
}
