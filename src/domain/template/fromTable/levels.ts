/**
 * Levels of the rows. With codes: a code whose prefix is an open row's code is its child ("2.a" under "2",
 * "a1" under "a"); a code that continues an open list is that list's next sibling ("b" after "a", "II" after
 * "I"), the innermost list in the same style first; any other code (a list's first: 1, a, I; or a number
 * that continues a list of an earlier group, "20" under "2.a)") opens a level under the row above. So the
 * first numbering seen is the top level, whatever the schemes and their order.
 * Without codes: indentation (deeper = child), and rows under a row without points are its children.
 */
import { follows, sameStyle, type Code } from "./codes";
import type { Entry } from "./rows";

export interface TreeNode {
  readonly entry: Entry;
  readonly children: TreeNode[];
}

type Path = TreeNode[];

/** Index in `path` of the new row's parent (−1: top level). */
function parentByCode(path: Path, code: Code): number {
  const k = path.length - 1;
  const codeAt = (i: number) => path[i]!.entry.code;
  if (code.prefixKey !== "") {
    for (let j = k; j >= 0; j--) if (codeAt(j)?.key === code.prefixKey) return j;
  }
  for (let i = k; i >= 0; i--) {
    const c = codeAt(i);
    if (c && sameStyle(c, code) && follows(c, code)) return i - 1;
  }
  for (let i = k; i >= 0; i--) {
    const c = codeAt(i);
    if (c && follows(c, code)) return i - 1;
  }
  return k;
}

function parentByIndent(path: Path, entry: Entry): number {
  const k = path.length - 1;
  if (k < 0) return -1;
  const prev = path[k]!.entry;
  if (entry.indent > prev.indent) return k;
  if (entry.indent === prev.indent) return prev.code !== null && prev.code.bullet === null && prev.points === null ? k : k - 1;
  for (let j = k; j >= 0; j--) {
    const e = path[j]!.entry;
    if (e.indent === entry.indent) return j - 1;
    if (e.indent < entry.indent) return j;
  }
  return -1;
}

/** A bullet continues an open list of the same bullet; else it starts a list under a coded row (numbered or another bullet), or goes by indentation. */
function parentOfBullet(path: Path, entry: Entry): number {
  for (let i = path.length - 1; i >= 0; i--) if (path[i]!.entry.code?.bullet === entry.code!.bullet) return i - 1;
  const prev = path[path.length - 1]?.entry;
  return prev?.code ? path.length - 1 : parentByIndent(path, entry);
}

export function buildTree(entries: readonly Entry[]): TreeNode[] {
  const roots: TreeNode[] = [];
  const path: Path = [];
  for (const entry of entries) {
    const parent = entry.code === null ? parentByIndent(path, entry) : entry.code.bullet === null ? parentByCode(path, entry.code) : parentOfBullet(path, entry);
    const node: TreeNode = { entry, children: [] };
    (parent < 0 ? roots : path[parent]!.children).push(node);
    path.length = parent + 1;
    path.push(node);
  }
  return roots;
}
