/**
 * Keyboard reachability: presses Tab from the top of the page and records where focus goes, then compares
 * with every visible element that should take focus (links with href, buttons, form fields, [tabindex≥0]).
 */
import type { Page } from "playwright-core";

/** Visible, enabled elements a keyboard user must be able to reach with Tab. */
const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), ' +
  'textarea:not([disabled]), summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';

export interface KeyboardReport {
  /** Descriptions of the elements focused by successive Tab presses (until focus leaves the page or cycles). */
  readonly tabOrder: string[];
  /** Focusable elements that Tab never reached. */
  readonly unreachable: string[];
  /** Number of focusable elements on the page. */
  readonly focusableCount: number;
}

export async function keyboardReport(page: Page, maxTabs = 200): Promise<KeyboardReport> {
  // Mark every element that should be reachable, then walk Tab and collect the marks it visits.
  const focusableCount = await page.evaluate((selector) => {
    let n = 0;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const tabindex = el.getAttribute("tabindex");
      if (tabindex !== null && Number(tabindex) < 0) continue; // deliberately out of the tab order
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.visibility === "hidden" || style.display === "none" || rect.width === 0 || rect.height === 0) continue;
      if (el.closest("[inert]")) continue;
      el.setAttribute("data-e2e-focusable", String(n++));
    }
    // Start before the first element.
    (document.activeElement as HTMLElement | null)?.blur();
    window.getSelection()?.removeAllRanges();
    return n;
  }, FOCUSABLE);

  const describe = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { mark: null, text: "(body)" };
      const label = (el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
      const role = el.getAttribute("role");
      return {
        mark: el.getAttribute("data-e2e-focusable"),
        text: `${el.tagName.toLowerCase()}${role ? `[role=${role}]` : ""} "${label}"`,
      };
    });

  const tabOrder: string[] = [];
  const reached = new Set<string>();
  let first: string | null = null;
  for (let i = 0; i < maxTabs; i++) {
    await page.keyboard.press("Tab");
    const d = await describe();
    if (d.mark === null && d.text === "(body)") break; // focus left the document: one full pass done
    const key = d.mark ?? `unmarked:${d.text}`;
    if (key === first) break; // cycled
    first ??= key;
    tabOrder.push(d.text);
    if (d.mark !== null) reached.add(d.mark);
  }

  const unreachable = await page.evaluate((reachedMarks) => {
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("[data-e2e-focusable]"))) {
      if (!reachedMarks.includes(el.getAttribute("data-e2e-focusable")!)) {
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60)}"`);
      }
      el.removeAttribute("data-e2e-focusable");
    }
    return out;
  }, [...reached]);

  return { tabOrder, unreachable, focusableCount };
}
