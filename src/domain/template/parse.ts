import type { z } from "zod";
import type { MessageId } from "../../messages/catalogue";
import { message, type Message } from "../../messages/message";
import { findJsonSyntaxError } from "../files/jsonSyntax";
import { identityKey } from "../text/normalize";
import { criteriaTooDeep, textsTooLong } from "./inputLimits";
import { withPlaces } from "./issuePlace";
import type { Criterion, Template } from "./model";
import { templateSchema, type CriterionInput, type Kind, type TemplateInput } from "./schema";
import { walk } from "./tree";

/** A problem in a template file, located by its JSON path ("criteria[0].children[2].max"). */
export interface TemplateIssue {
  readonly severity: "error" | "warning" | "info";
  readonly path: string;
  readonly message: Message;
  /** The same place in the reader's words (the criterion's code and title, the field's name): issuePlace.ts. */
  readonly place?: Message;
}

export type ParseResult = { ok: true; template: Template } | { ok: false; errors: TemplateIssue[] };

/** Parses template JSON text: a syntax error is reported with its line and column, in the user's language. */
export function parseTemplateText(text: string): ParseResult {
  const body = text.replace(/^\uFEFF/, "");
  const syntax = findJsonSyntaxError(body);
  if (syntax) return { ok: false, errors: [{ severity: "error", path: "$", message: syntax.message }] };
  return parseTemplate(JSON.parse(body));
}

/** Validates a parsed JSON value against the format and builds the criteria tree; each problem says where it is. */
export function parseTemplate(data: unknown): ParseResult {
  const r = parseUnplaced(data);
  return r.ok ? r : { ok: false, errors: withPlaces(data, r.errors) };
}

function parseUnplaced(data: unknown): ParseResult {
  const tooDeep = criteriaTooDeep(data);
  if (tooDeep) return { ok: false, errors: [tooDeep] };
  const tooLong = textsTooLong(data);
  if (tooLong.length > 0) return { ok: false, errors: tooLong };
  const parsed = templateSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => zodIssue(i, data)) };
  }
  const errors: TemplateIssue[] = [];
  const template = build(parsed.data, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, template };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `${out === "" ? "" : "."}${String(p)}`;
  return out === "" ? "$" : out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

function zodIssue(issue: z.core.$ZodIssue, data: unknown): TemplateIssue {
  const path = formatPath(issue.path);
  const at = (m: Message): TemplateIssue => ({ severity: "error", path, message: m });
  switch (issue.code) {
    case "invalid_type":
      return valueAt(data, issue.path) === undefined
        ? at(message("template.required"))
        : at(message("template.wrongType", { expected: message(typeName(issue.expected)) }));
    case "too_small":
      return at(message("template.tooSmall", { minimum: Number(issue.minimum) }));
    case "too_big":
      return at(message("template.tooBig", { maximum: Number(issue.maximum) }));
    case "unrecognized_keys":
      return at(message("template.unknownKeys", { keys: issue.keys.join(", ") }));
    case "invalid_value":
      return at(message("template.badValue", { allowed: issue.values.map((v) => JSON.stringify(v)).join(", ") }));
    case "invalid_union": {
      const options = (issue as { options?: unknown[] }).options;
      return options && options.length > 0
        ? at(message("template.badValue", { allowed: options.map((v) => JSON.stringify(v)).join(", ") }))
        : at(message("template.other", { detail: issue.message }));
    }
    case "invalid_format":
      return at(message("template.badFormat", { detail: issue.message }));
    default:
      return at(message("template.other", { detail: issue.message }));
  }
}

function typeName(expected: string): MessageId {
  switch (expected) {
    case "number":
    case "string":
    case "boolean":
    case "array":
    case "object":
      return `type.${expected}`;
    default:
      return "type.other";
  }
}

function build(input: TemplateInput, errors: TemplateIssue[]): Template {
  const err = (path: string, m: Message) => errors.push({ severity: "error", path, message: m });

  const toCriterion = (
    c: CriterionInput,
    path: string,
    parent: { code: string; kind: Kind } | null,
    depth: number,
  ): Criterion => {
    const kind: Kind = c.kind ?? parent?.kind ?? "scored";
    if (parent && c.kind && c.kind !== parent.kind && parent.kind !== "scored") {
      err(`${path}.kind`, message("template.kindConflict", { code: c.code, kind: c.kind, parentKind: parent.kind }));
    }
    const childInputs = c.children ?? [];
    const children = childInputs.map((ch, i) => toCriterion(ch, `${path}.children[${i}]`, { code: c.code, kind }, depth + 1));
    const isLeaf = children.length === 0;
    if (!isLeaf && c.method) err(`${path}.method`, message("template.groupHasMethod", { code: c.code }));
    let max: number;
    if (c.max !== undefined) max = c.max;
    else if (!isLeaf) max = children.filter((ch) => ch.kind === kind).reduce((s, ch) => s + ch.max, 0);
    else if (kind === "gate") max = 0;
    else {
      err(`${path}.max`, message("template.leafNeedsMax", { code: c.code }));
      max = 0;
    }
    const method = isLeaf ? (c.method ?? (kind === "gate" ? { type: "passFail" as const } : { type: "manual" as const })) : null;
    if (isLeaf && kind === "gate" && method?.type !== "passFail") err(`${path}.method`, message("template.gateMethod", { code: c.code }));
    if (method?.type === "relativeToBest" && kind !== "scored") {
      err(`${path}.method`, message("template.relativeNotScored", { code: c.code }));
    }
    if (method?.type === "levels") {
      method.levels.forEach((l, i) => {
        if (l.points < 0 || l.points > max) {
          err(`${path}.method.levels[${i}].points`, message("template.levelOutOfRange", { code: c.code, points: l.points, max }));
        }
      });
    }
    const step = method?.type === "manual" ? (method.step ?? input.step ?? null) : null;
    return {
      code: c.code.trim(),
      key: identityKey(c.code),
      title: c.title.trim(),
      kind,
      max,
      method,
      step,
      target: c.target,
      rule: c.rule,
      naAllowed: c.naAllowed ?? false,
      children,
      parentCode: parent?.code ?? null,
      depth,
      path,
      maxDeclared: c.max !== undefined,
    };
  };

  const criteria = input.criteria.map((c, i) => toCriterion(c, `criteria[${i}]`, null, 0));
  const byKey = new Map<string, Criterion>();
  const leaves: Criterion[] = [];
  for (const c of walk(criteria)) {
    if (!byKey.has(c.key)) byKey.set(c.key, c);
    if (c.children.length === 0) leaves.push(c);
  }
  input.tieBreak.forEach((t, i) => {
    if (t.by === "criterion" && !byKey.has(identityKey(t.code))) {
      err(`tieBreak[${i}].code`, message("template.unknownTieBreakCode", { code: t.code }));
    }
  });
  const bandLabels = new Set(input.bands.map((b) => b.label));
  input.awards.forEach((a, i) =>
    a.bands?.forEach((b, j) => {
      if (!bandLabels.has(b)) err(`awards[${i}].bands[${j}]`, message("template.unknownAwardBand", { award: a.title, band: b }));
    }),
  );

  return {
    id: input.id,
    version: input.version,
    title: input.title,
    organisation: input.organisation,
    source: input.source,
    total: input.total,
    precision: input.precision,
    step: input.step ?? null,
    bonusCap: input.bonusCap,
    penaltyCap: input.penaltyCap,
    selfClusterGap: input.selfClusterGap ?? null,
    rankBy: input.rankBy ?? "total",
    gateEffect: input.gateEffect ?? "ineligible",
    bands: input.bands,
    bandGap: input.bandGap ?? "lowerBand",
    tieBreak: input.tieBreak,
    awards: input.awards,
    criteria,
    notes: input.notes ?? [],
    leaves,
    byKey,
    input,
  };
}
