/**
 * Keyboard-only driving: reach an element with Tab (or Shift+Tab) as a user would, and move inside
 * composite widgets (tab lists, radio groups, the grid) with arrow keys. Nothing here clicks. When the
 * element cannot be reached, the error lists where focus went, so a broken tab order is easy to read.
 */
import type { Locator, Page } from "playwright-core";

const MAX_PRESSES = 120;

/** A short description of the focused element ("button \"Kiểm tra\"", "input[cell] …"). */
export function focusedDescription(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "(body)";
    const role = el.getAttribute("role");
    const label = (el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
    return `${el.tagName.toLowerCase()}${role ? `[role=${role}]` : ""} "${label}"`;
  });
}

/** True when the locator's element (or something inside it) has the focus. */
export async function hasFocus(target: Locator): Promise<boolean> {
  if ((await target.count()) === 0) return false;
  return target.first().evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
}

/** Presses Tab (or Shift+Tab) until `target` has the focus; throws with the visited elements if it never does. */
export async function tabTo(page: Page, target: Locator, options: { backward?: boolean; max?: number } = {}): Promise<void> {
  const key = options.backward ? "Shift+Tab" : "Tab";
  const visited: string[] = [];
  for (let i = 0; i < (options.max ?? MAX_PRESSES); i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(key);
    visited.push(await focusedDescription(page));
  }
  if (await hasFocus(target)) return;
  throw new Error(`Keyboard: ${key} never reached ${String(target)}. Focus went through:\n  ${visited.join("\n  ")}`);
}

/** Presses `key` until `done()` holds (e.g. an arrow key inside a tab list); throws after `max` presses. */
export async function pressUntil(page: Page, key: string, done: () => Promise<boolean>, what: string, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    await page.keyboard.press(key);
  }
  if (await done()) return;
  throw new Error(`Keyboard: ${max} × ${key} did not reach ${what} (focus on ${await focusedDescription(page)})`);
}

/**
 * Opens a tab of a role=tablist with the keyboard: Tab into the list (focus lands on its selected tab),
 * arrow right to the wanted tab, then Enter (Fluent's TabList moves focus with arrows and selects on Enter/Space).
 */
export async function openTabWithKeyboard(page: Page, list: Locator, tabName: string): Promise<void> {
  const tab = list.getByRole("tab", { name: tabName, exact: true });
  if ((await tab.getAttribute("aria-selected")) === "true") return;
  await tabTo(page, list);
  await pressUntil(page, "ArrowRight", () => hasFocus(tab), `tab "${tabName}"`);
  await page.keyboard.press("Enter");
  await tab.and(page.locator('[aria-selected="true"]')).waitFor({ timeout: 5_000 });
}

/** Chooses a radio of a group with the keyboard: Tab into the group, then ArrowDown until it is checked. */
export async function checkRadioWithKeyboard(page: Page, group: Locator, radioName: string): Promise<void> {
  const radio = group.getByRole("radio", { name: radioName, exact: true });
  await tabTo(page, group);
  await pressUntil(page, "ArrowDown", () => radio.isChecked(), `radio "${radioName}"`);
}

/** Tab to a text field, select what is in it and type `text` (like a user replacing the content). */
export async function typeIntoField(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  // Playwright's type() sends "\n" as Enter, which in a textarea is a new line: one unit per line.
  await page.keyboard.type(text);
}

/** Tab to a button (or checkbox/switch) and press it: Enter for buttons, Space for toggles. */
export async function pressWithKeyboard(page: Page, target: Locator, key: "Enter" | "Space" = "Enter", options: { backward?: boolean } = {}): Promise<void> {
  await tabTo(page, target, options);
  await page.keyboard.press(key);
}
