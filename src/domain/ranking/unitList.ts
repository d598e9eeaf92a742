/**
 * Names of units in a message, bounded: up to LISTED names, else "N units (first 5: …)". A tie or a vote
 * among 10,000 units stays one short line per unit instead of a list of every other unit.
 */
import { message, type ParamValue } from "../../messages/message";

export const LISTED = 5;

/**
 * `count` units of which `first` are the first names (in order); `first` may hold more than LISTED.
 * `others`: the units are the others of the unit the line is about ("9.999 đơn vị khác").
 */
export function unitList(first: readonly string[], count: number, others = true): ParamValue {
  if (count <= LISTED) return first.slice(0, count).join(", ");
  return message(others ? "rank.unitsMany" : "rank.unitsAll", { count, first: first.slice(0, LISTED).join(", ") });
}

/** The first names of `indexes` other than `skip`, enough for unitList. */
export function namesExcept(indexes: readonly number[], skip: number, names: readonly string[]): string[] {
  const out: string[] = [];
  for (const j of indexes) {
    if (out.length > LISTED) break;
    if (j !== skip) out.push(names[j]!);
  }
  return out;
}
