/**
 * The codes the proposed template keeps: the table's own codes without trailing punctuation ("II." → "II",
 * "2.a)" → "2.a"); rows without a code (bullets, indentation) get their parent's code and their position
 * ("5.1", "5.2"); when a code is used twice in the table ("1." under I and under II), it and the codes
 * beside it are qualified by their parent's ("I.1", "I.2", "II.1"), with one finding per list. Every code of
 * the result is unique (a repeat left over gets "-2").
 */
import { identityKey } from "../../text/normalize";
import type { FindingList } from "./findings";
import type { TreeNode } from "./levels";

const ownCode = (n: TreeNode): string | null =>
  n.entry.opaqueCode ?? (n.entry.code && n.entry.code.bullet === null ? n.entry.code.display : null);

function countCodes(nodes: readonly TreeNode[], counts: Map<string, number>): void {
  for (const n of nodes) {
    const c = ownCode(n);
    if (c !== null) counts.set(identityKey(c), (counts.get(identityKey(c)) ?? 0) + 1);
    countCodes(n.children, counts);
  }
}

/** "2.a" under "2" → "a"; "1" under "1" → "1". */
function tailAfter(code: string, parentOwn: string | null): string {
  if (parentOwn !== null && code.toLowerCase().startsWith(`${parentOwn.toLowerCase()}.`)) return code.slice(parentOwn.length + 1);
  return code;
}

/** Final code per node, in a map keyed by node. */
export function assignCodes(roots: readonly TreeNode[], findings: FindingList): Map<TreeNode, string> {
  const counts = new Map<string, number>();
  countCodes(roots, counts);
  const out = new Map<TreeNode, string>();
  const taken = new Set<string>();
  /** Generated codes also keep clear of every code the table has, wherever it comes later. */
  const unique = (code: string, generated: boolean) => {
    const busy = (c: string) => taken.has(identityKey(c)) || (generated && counts.has(identityKey(c)));
    let candidate = code;
    for (let n = 2; busy(candidate); n++) candidate = `${code}-${n}`;
    taken.add(identityKey(candidate));
    return candidate;
  };
  const repeated = (n: TreeNode) => {
    const own = ownCode(n);
    return own !== null && (counts.get(identityKey(own)) ?? 0) > 1;
  };
  const visit = (nodes: readonly TreeNode[], parent: TreeNode | null) => {
    const parentCode = parent ? out.get(parent)! : null;
    const qualify = parentCode !== null && nodes.some(repeated);
    const first = nodes.find(repeated);
    nodes.forEach((n, i) => {
      const own = ownCode(n);
      let code: string;
      if (own === null) code = parentCode === null ? String(i + 1) : `${parentCode}.${i + 1}`;
      else if (qualify) code = `${parentCode}.${tailAfter(own, parent ? ownCode(parent) : null)}`;
      else code = own;
      const final = unique(code, own === null);
      if (n === first && qualify) findings.at("info", n.entry.row, null, "design.import.codesQualified", { code: own!, newCode: final });
      else if (own !== null && !qualify && final !== own) findings.at("info", n.entry.row, null, "design.import.codeRenamed", { code: own, newCode: final });
      out.set(n, final);
      visit(n.children, n);
    });
  };
  visit(roots, null);
  return out;
}
