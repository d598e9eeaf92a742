/**
 * Limits a template must respect before it is validated and built (docs/bad-inputs.md): criteria nested
 * only a few levels (deeper nesting would exhaust the recursive validator), and no text longer than what
 * fits an Excel cell with the texts shown beside it. Iterative walks over the raw JSON value, pure.
 */
import { MAX_TEMPLATE_TEXT } from "../files/limits";
import { message } from "../../messages/message";
import type { TemplateIssue } from "./parse";

/** Criteria levels (group → criterion → sub-criterion…): real tables use 2 to 4. */
export const MAX_CRITERIA_DEPTH = 10;
/** At most this many too-long texts are listed (the first ones, in file order). */
const MAX_LISTED = 20;

type Node = { readonly value: unknown; readonly path: string; readonly code: string | null };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** The first criterion nested deeper than MAX_CRITERIA_DEPTH, as an issue at its path. */
export function criteriaTooDeep(data: unknown): TemplateIssue | null {
  if (!isObject(data) || !Array.isArray(data.criteria)) return null;
  const stack: { list: unknown[]; path: string; depth: number }[] = [{ list: data.criteria, path: "criteria", depth: 1 }];
  for (let top = stack.pop(); top; top = stack.pop()) {
    for (const [i, c] of top.list.entries()) {
      if (!isObject(c) || !Array.isArray(c.children)) continue;
      const path = `${top.path}[${i}].children`;
      if (top.depth + 1 > MAX_CRITERIA_DEPTH) return { severity: "error", path, message: message("files.read.template.tooDeep", { limit: MAX_CRITERIA_DEPTH }) };
      stack.push({ list: c.children, path, depth: top.depth + 1 });
    }
  }
  return null;
}

/** Every text (the first MAX_LISTED) longer than MAX_TEMPLATE_TEXT, named by field and criterion. */
export function textsTooLong(data: unknown): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const stack: Node[] = [{ value: data, path: "", code: null }];
  while (stack.length > 0 && issues.length < MAX_LISTED) {
    const { value, path, code } = stack.pop()!;
    if (typeof value === "string" && value.length > MAX_TEMPLATE_TEXT) issues.push(tooLong(path, code, value.length));
    if (value === null || typeof value !== "object") continue;
    const own = isObject(value) && typeof value.code === "string" ? value.code : code;
    const entries = Array.isArray(value) ? value.map((v, i) => [`[${i}]`, v] as const) : Object.entries(value).map(([k, v]) => [`${path === "" ? "" : "."}${k}`, v] as const);
    for (const [step, v] of entries.reverse()) stack.push({ value: v, path: `${path}${step}`, code: own });
  }
  return issues;
}

function tooLong(path: string, code: string | null, length: number): TemplateIssue {
  const field = /([A-Za-z]+)(?:\[\d+\])*$/.exec(path)?.[1] ?? path;
  const where = code !== null ? message("files.read.template.whereCriterion", { code: code.slice(0, 40) }) : message("files.read.template.whereTemplate");
  return { severity: "error", path, message: message("files.read.template.textTooLong", { field, where, length, limit: MAX_TEMPLATE_TEXT }) };
}
