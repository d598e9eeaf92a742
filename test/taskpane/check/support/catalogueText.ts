/**
 * "All visible text comes from the catalogue": every text node and every aria-label/title in a rendered
 * component must be either data (unit names, codes, cell references, numbers, punctuation) or a catalogue
 * text of the component's locale, whose placeholders are filled with data or, recursively, catalogue texts.
 * A hard-coded English string in the Vietnamese pane (or the reverse) fails.
 */
import { catalogue } from "../../../../src/messages/catalogue";
import type { Locale } from "../../../../src/taskpane/i18n/strings";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One anchored pattern per catalogue text; texts that are a bare placeholder ("{detail}") would match anything and are left out. */
function patterns(locale: Locale): RegExp[] {
  return Object.values(catalogue).flatMap((entry) => {
    const text = (locale === "vi" ? entry.vi : entry.en).trim();
    // Tokens: {name} placeholders (filled with data or texts) and {name:one|other} plural words (either form).
    const tokens = text.split(/(\{\w+\}|\{\w+:[^|{}]*\|[^{}]*\})/);
    const source = tokens
      .map((tok, i) => {
        if (i % 2 === 0) return escape(tok);
        const plural = /^\{\w+:([^|{}]*)\|([^{}]*)\}$/.exec(tok);
        return plural ? `(?:${escape(plural[1]!)}|${escape(plural[2]!)})` : "(.+?)";
      })
      .join("");
    const literal = tokens.filter((_, i) => i % 2 === 0).join("");
    return literal === "" && tokens.every((tok, i) => i % 2 === 0 || !tok.includes(":")) ? [] : [new RegExp(`^${source}$`, "s")];
  });
}

const PUNCTUATION = /[\s\d.,;:!?()"'%→…+\-–—=/\\[\]<>*]/g;

function isData(text: string, data: readonly string[]): boolean {
  let rest = text;
  for (const d of [...data].sort((a, b) => b.length - a.length)) if (d !== "") rest = rest.split(d).join("");
  return rest.replace(PUNCTUATION, "") === "";
}

function accepted(text: string, res: readonly RegExp[], data: readonly string[], depth: number, memo: Map<string, boolean>): boolean {
  const key = `${depth}\u0000${text}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (isData(text, data)) return true;
  if (depth > 3) return false;
  const ok = res.some((re) => {
    const m = re.exec(text);
    return m !== null && m.slice(1).every((g) => accepted(g.trim(), res, data, depth + 1, memo));
  });
  memo.set(key, ok);
  return ok;
}

/** Texts in `root` that are neither data nor catalogue texts of `locale` (should be []). */
export function textsOutsideCatalogue(root: HTMLElement, locale: Locale, data: readonly string[]): string[] {
  const res = patterns(locale);
  const texts: string[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n.textContent ?? "");
  for (const el of root.querySelectorAll("[aria-label],[title],[placeholder],[alt]")) {
    for (const a of ["aria-label", "title", "placeholder", "alt"]) {
      const v = el.getAttribute(a);
      if (v !== null) texts.push(v);
    }
  }
  return [...new Set(texts.map((s) => s.trim()).filter((s) => s !== ""))].filter((s) => !accepted(s, res, data, 0, new Map()));
}
