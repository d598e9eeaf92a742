import type { Criterion } from "./model";

/** Depth-first, parents before children, in document order. */
export function* walk(nodes: readonly Criterion[]): Generator<Criterion> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

export function isLeaf(c: Criterion): boolean {
  return c.children.length === 0;
}

/** Leaves under a node (the node itself when it is a leaf). */
export function leavesOf(c: Criterion): Criterion[] {
  return isLeaf(c) ? [c] : c.children.flatMap(leavesOf);
}
