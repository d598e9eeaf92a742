/**
 * Accessibility check with axe-core (@axe-core/playwright): the violations with impact "serious" or
 * "critical", one readable string each, so `expect(await seriousAxeViolations(page)).toEqual([])` prints
 * what is wrong, where, and how to fix it. Minor and moderate findings are not returned.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

type AxeResults = Awaited<ReturnType<AxeBuilder["analyze"]>>;
type AxeViolation = AxeResults["violations"][number];

export const BLOCKING_IMPACTS = ["serious", "critical"] as const;

export interface AxeOptions {
  /** CSS selectors of the parts to check (default: the whole page). */
  include?: string[];
  /** CSS selectors of parts to leave out (say why in the test). */
  exclude?: string[];
  /** axe rule ids to switch off (say why in the test). */
  disableRules?: string[];
}

const MAX_NODES_SHOWN = 5;

export function formatViolation(v: AxeViolation): string {
  const nodes = v.nodes.slice(0, MAX_NODES_SHOWN).map((n) => {
    const target = n.target.map((t) => (Array.isArray(t) ? t.join(" >>> ") : String(t))).join(" ");
    const summary = (n.failureSummary ?? "").replace(/\s+/g, " ").trim();
    return `    at ${target}: ${n.html.slice(0, 160)}${summary ? `\n      ${summary}` : ""}`;
  });
  const more = v.nodes.length > MAX_NODES_SHOWN ? [`    … and ${v.nodes.length - MAX_NODES_SHOWN} more`] : [];
  return [`[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes, ...more].join("\n");
}

const FOCUS_MARK = "data-axe-had-focus";

/**
 * axe reads the page; it must not change it. In Chromium an analysis can blur the focused element (seen with
 * the undo confirmation open after a "Tiếp: …" button moved focus), and a keyboard flow would then continue from
 * the page's first button. The focus is put back where axe found it.
 */
async function analyzeKeepingFocus(page: Page, builder: AxeBuilder): Promise<AxeResults> {
  await page.evaluate((mark) => document.activeElement?.setAttribute(mark, ""), FOCUS_MARK);
  try {
    return await builder.analyze();
  } finally {
    await page.evaluate((mark) => {
      const had = document.querySelector<HTMLElement>(`[${mark}]`);
      had?.removeAttribute(mark);
      if (had && had !== document.activeElement && had.isConnected) had.focus();
    }, FOCUS_MARK);
  }
}

/** Runs axe on the page as it is now and returns the serious/critical violations, formatted. */
export async function seriousAxeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  // Fluent UI's focus manager (tabster) inserts invisible <i data-tabster-dummy tabindex=0 aria-hidden>
  // focus sentinels that redirect focus at the edges of focus zones; axe flags them (aria-hidden-focus)
  // although no user ever lands on them. Known tabster/axe false positive: leave them out.
  builder = builder.exclude("[data-tabster-dummy]");
  for (const sel of options.include ?? []) builder = builder.include(sel);
  for (const sel of options.exclude ?? []) builder = builder.exclude(sel);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
  const results = await analyzeKeepingFocus(page, builder);
  return results.violations
    .filter((v) => (BLOCKING_IMPACTS as readonly string[]).includes(v.impact ?? ""))
    .map(formatViolation);
}
