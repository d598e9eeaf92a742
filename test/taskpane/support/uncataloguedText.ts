/**
 * Finds user-facing text that did not come from the message catalogue. Used with a pseudo locale in
 * which every catalogue text is rendered as "⟦…⟧": whatever text is left outside the brackets was
 * written into a component by hand (or is user data, which the caller lists explicitly).
 */
export const PSEUDO_OPEN = "⟦";
export const PSEUDO_CLOSE = "⟧";

/** The text with every (possibly nested) ⟦…⟧ segment removed. */
export function stripCatalogueText(text: string): string {
  let out = "";
  let depth = 0;
  for (const ch of text) {
    if (ch === PSEUDO_OPEN) depth += 1;
    else if (ch === PSEUDO_CLOSE && depth > 0) depth -= 1;
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Attributes people see or hear. */
const TEXT_ATTRIBUTES = ["aria-label", "aria-placeholder", "aria-description", "aria-roledescription", "aria-valuetext", "placeholder", "title", "alt"];

/** Letters or digits: separators such as " / " or " · " are punctuation, not texts to translate. */
const WORDY = /[\p{L}\p{N}]/u;

function leftover(text: string, allowed: ReadonlySet<string>): string | null {
  const rest = stripCatalogueText(text).trim();
  if (!WORDY.test(rest) || allowed.has(rest)) return null;
  return rest;
}

/**
 * Every text node, text attribute and button value under root whose text is not (only) catalogue text.
 * `userData`: strings that may appear on their own (template names, unit names, sheet names, URLs…).
 * What people type into inputs and textareas is theirs, so inputs' values are skipped.
 */
export function findUncataloguedText(root: Element, userData: Iterable<string> = []): string[] {
  const allowed = new Set([...userData].map((s) => s.trim()));
  const found: string[] = [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && parent.closest("script, style, textarea")) continue;
    const rest = leftover(node.nodeValue ?? "", allowed);
    if (rest !== null) found.push(`text "${rest}" in <${parent?.tagName.toLowerCase() ?? "?"}>`);
  }
  for (const el of [root, ...root.querySelectorAll("*")]) {
    for (const name of TEXT_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const rest = leftover(value, allowed);
      if (rest !== null) found.push(`${name}="${rest}" on <${el.tagName.toLowerCase()}>`);
    }
    if (el instanceof HTMLInputElement && ["button", "submit", "reset"].includes(el.type)) {
      const rest = leftover(el.value, allowed);
      if (rest !== null) found.push(`value="${rest}" on <input type=${el.type}>`);
    }
  }
  return found;
}
