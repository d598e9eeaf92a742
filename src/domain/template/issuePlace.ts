/**
 * Where a template problem is, in the reader's words: the criterion by its code and title (or its position), the
 * award or band by its name, and the field by the name the criteria table gives it. The JSON path stays on the
 * issue for those who edit the file by hand; this is what the pane and the CLI put first.
 */
import { message, type Message } from "../../messages/message";
import type { MessageId } from "../../messages/catalogue";
import type { TemplateIssue } from "./parse";

type Step = string | number;

function steps(path: string): Step[] {
  return (path.match(/\[\d+\]|[^.[\]$]+/g) ?? []).map((s) => (s.startsWith("[") ? Number(s.slice(1, -1)) : s));
}

const record = (v: unknown): Record<string, unknown> => (v !== null && typeof v === "object" ? (v as Record<string, unknown>) : {});
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

function criterionName(c: unknown, fallback: Message): Message {
  const code = text(record(c).code);
  const title = text(record(c).title);
  if (code && title) return message("place.criterion", { code, title });
  return code ? message("place.criterion", { code, title: "…" }) : fallback;
}

/** The criterion the path walks to (criteria[i].children[j]…) and how many steps that took. */
function criterionPlace(data: unknown, s: readonly Step[]): { where: Message; used: number } {
  let list = record(data).criteria;
  let where: Message | null = null;
  let used = 0;
  while ((used === 0 ? s[0] === "criteria" : s[used] === "children") && typeof s[used + 1] === "number") {
    const n = s[used + 1] as number;
    const node = Array.isArray(list) ? list[n] : undefined;
    where = criterionName(node, where ? message("place.criterionAt", { n: n + 1, parent: where }) : message("place.topCriterion", { n: n + 1 }));
    list = record(node).children;
    used += 2;
  }
  return { where: where!, used };
}

const NAMED: Readonly<Record<string, { key: string; named: MessageId; at: MessageId; param: string }>> = {
  awards: { key: "title", named: "place.award", at: "place.awardAt", param: "title" },
  bands: { key: "label", named: "place.band", at: "place.bandAt", param: "label" },
  tieBreak: { key: "", named: "place.tieBreak", at: "place.tieBreak", param: "" },
};

function listPlace(data: unknown, s: readonly Step[]): Message | null {
  const kind = NAMED[s[0] as string];
  if (!kind || typeof s[1] !== "number") return null;
  const item = (record(data)[s[0] as string] as unknown[] | undefined)?.[s[1]];
  const name = kind.key ? text(record(item)[kind.key]) : null;
  return name ? message(kind.named, { [kind.param]: name }) : message(kind.at, { n: s[1] + 1 });
}

const FIELDS = new Set(["max", "min", "title", "label", "code", "kind", "method", "levels", "points", "step", "children", "quota", "percent", "count", "minScore", "bands", "previous", "periods", "awards", "total", "precision", "bonusCap", "penaltyCap", "target", "cap", "per", "naAllowed", "maxExclusive", "rankBy"]);

function fieldName(name: string): Message {
  return FIELDS.has(name) ? message(`place.field.${name}` as MessageId) : message("place.field.other", { name });
}

/** The place of a JSON path in the template data, or null for the whole file ("$"). */
export function issuePlace(data: unknown, path: string): Message | null {
  const s = steps(path);
  if (s.length === 0) return null;
  const crit = s[0] === "criteria" && typeof s[1] === "number" ? criterionPlace(data, s) : null;
  const listed = crit ? null : listPlace(data, s);
  const where = crit?.where ?? listed ?? message("place.template");
  const rest = s.slice(crit ? crit.used : listed ? 2 : 0).filter((x): x is string => typeof x === "string");
  const field = rest[rest.length - 1];
  return field === undefined ? where : message("place.inField", { where, field: fieldName(field) });
}

/** The issues with their place (see issuePlace) added. */
export function withPlaces(data: unknown, issues: readonly TemplateIssue[]): TemplateIssue[] {
  return issues.map((i) => {
    const place = issuePlace(data, i.path);
    return place ? { ...i, place } : i;
  });
}

/** How the CLI and the pane say where an issue is: its place in words, then the JSON path in brackets. */
export function issueLocation(i: TemplateIssue): Message {
  return i.place ? message("place.withPath", { place: i.place, path: i.path }) : message("place.path", { path: i.path });
}
