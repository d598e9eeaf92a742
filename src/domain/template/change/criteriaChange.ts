/**
 * A criteria change: what becomes of each scored criterion (leaf) when a workbook built with template `old`
 * is rebuilt with template `next`. Criteria are matched by code (identityKey, like the workbook's entries);
 * a criterion whose code changed is matched only through the user's explicit rename list (./renames.ts).
 * Pure; problems in the rename list are returned (the caller writes nothing while there are any).
 */
import { message, type Message } from "../../../messages/message";
import { identityKey } from "../../text/normalize";
import type { Criterion, Template } from "../model";
import type { Rename } from "./renames";

export type CriterionStatus = "kept" | "renamed" | "removed" | "added";
/** What differs between the old and the new criterion ("max": re-scaled). */
export type Difference = "title" | "max" | "method" | "kind" | "naAllowed";

export interface CriterionChange {
  readonly status: CriterionStatus;
  /** The old leaf (absent when added). */
  readonly old?: Criterion;
  /** The new leaf (absent when removed). */
  readonly next?: Criterion;
  /** Removed: gone from the template, or now a group (its code has sub-criteria). */
  readonly removedAs?: "gone" | "nowGroup";
  readonly differences: readonly Difference[];
}

export interface CriteriaChange {
  /** Old leaves in old order (kept, renamed, removed), then the new leaves no old one maps to (added). */
  readonly criteria: readonly CriterionChange[];
  /** Old leaf key → its change (what an entry of that criterion becomes). */
  readonly byOldKey: ReadonlyMap<string, CriterionChange>;
  /** Problems of the rename list: while there are any, nothing may be rebuilt. */
  readonly problems: readonly Message[];
}

const isLeaf = (c: Criterion | undefined): c is Criterion => c !== undefined && c.children.length === 0;

/** What differs between two leaves. */
export function differences(a: Criterion, b: Criterion): Difference[] {
  const out: Difference[] = [];
  if (identityKey(a.title) !== identityKey(b.title)) out.push("title");
  if (a.max !== b.max) out.push("max");
  if (JSON.stringify(a.method) !== JSON.stringify(b.method) || a.step !== b.step) out.push("method");
  if (a.kind !== b.kind) out.push("kind");
  if (a.naAllowed !== b.naAllowed) out.push("naAllowed");
  return out;
}

/** The checked rename map (old leaf key → new leaf), and the problems of the list. */
function checkRenames(old: Template, next: Template, renames: readonly Rename[]): { map: Map<string, Criterion>; problems: Message[] } {
  const map = new Map<string, Criterion>();
  const firstTo = new Map<string, string>();
  const problems: Message[] = [];
  for (const r of renames) {
    const p = { from: r.from, to: r.to };
    const from = old.byKey.get(identityKey(r.from));
    const to = next.byKey.get(identityKey(r.to));
    const seen = firstTo.get(identityKey(r.from));
    if (seen !== undefined) problems.push(message("change.rename.repeated", { from: r.from, first: seen, second: r.to }));
    else if (from === undefined) problems.push(message("change.rename.unknownOld", p));
    else if (!isLeaf(from)) problems.push(message("change.rename.oldGroup", p));
    else if (to === undefined) problems.push(message("change.rename.unknownNew", p));
    else if (!isLeaf(to)) problems.push(message("change.rename.newGroup", p));
    else map.set(from.key, to);
    if (seen === undefined) firstTo.set(identityKey(r.from), r.to);
  }
  return { map, problems };
}

/** The change of one old leaf: renamed (explicit), kept (same code, still a leaf), or removed. */
function changeOf(leaf: Criterion, next: Template, renamed: ReadonlyMap<string, Criterion>): CriterionChange {
  const target = renamed.get(leaf.key);
  if (target !== undefined && target.key !== leaf.key) return { status: "renamed", old: leaf, next: target, differences: differences(leaf, target) };
  const same = next.byKey.get(leaf.key);
  if (isLeaf(same)) return { status: "kept", old: leaf, next: same, differences: differences(leaf, same) };
  return { status: "removed", old: leaf, removedAs: same === undefined ? "gone" : "nowGroup", differences: [] };
}

/** Two old criteria whose scores would land on the same new criterion. */
function collisions(changes: readonly CriterionChange[]): Message[] {
  const sources = new Map<string, Criterion[]>();
  for (const c of changes) if (c.next && c.old) sources.set(c.next.key, [...(sources.get(c.next.key) ?? []), c.old]);
  const out: Message[] = [];
  for (const [key, olds] of sources) {
    if (olds.length < 2) continue;
    const to = changes.find((c) => c.next?.key === key)!.next!.code;
    out.push(message("change.rename.collision", { to, sources: olds.map((o) => o.code).join(", "), first: olds[0]!.code }));
  }
  return out;
}

export function planCriteriaChange(old: Template, next: Template, renames: readonly Rename[] = []): CriteriaChange {
  const checked = checkRenames(old, next, renames);
  const fromOld = old.leaves.map((leaf) => changeOf(leaf, next, checked.map));
  const reached = new Set(fromOld.flatMap((c) => (c.next ? [c.next.key] : [])));
  const added: CriterionChange[] = next.leaves.filter((l) => !reached.has(l.key)).map((l) => ({ status: "added", next: l, differences: [] }));
  const byOldKey = new Map<string, CriterionChange>();
  for (const c of fromOld) if (!byOldKey.has(c.old!.key)) byOldKey.set(c.old!.key, c);
  return { criteria: [...fromOld, ...added], byOldKey, problems: [...checked.problems, ...collisions(fromOld)] };
}
