/**
 * Issue 15's reflow check: the pane never scrolls sideways. FitCheckedShots takes the flow's screenshots as usual
 * and, before each, fails if the pane (or anything in it) is wider than the pane: the step named in the error.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { StepScreenshots, publishReadmeImage, slugify } from "./artifacts";

/** Elements inside the pane whose right edge passes the pane's (beyond a pixel of rounding), for the message. */
export async function paneOverflow(page: Page): Promise<{ scroll: number; client: number; wide: string[] }> {
  return page.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('[data-testid="preview-pane"]')!;
    const edge = pane.getBoundingClientRect().right;
    const wide = Array.from(pane.querySelectorAll<HTMLElement>("*"))
      .filter((el) => el.getBoundingClientRect().right > edge + 1 && el.getClientRects().length > 0)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40)}"`);
    return { scroll: pane.scrollWidth, client: pane.clientWidth, wide };
  });
}

export class FitCheckedShots extends StepScreenshots {
  /** Steps (by the start of their name, "7-ranking") whose pane alone is also saved and offered to the README as this image. */
  constructor(testSlug: string, private readonly readmePane: Readonly<Record<string, string>> = {}) {
    super(testSlug);
  }

  override async take(page: Page, step: string, options: { fullPage?: boolean } = {}): Promise<string> {
    const o = await paneOverflow(page);
    if (o.scroll > o.client || o.wide.length > 0) {
      throw new Error(`the pane scrolls sideways at step "${step}": ${o.scroll} px of content in ${o.client} px; too wide: ${o.wide.join("; ")}`);
    }
    const shot = await super.take(page, step, options);
    const image = Object.entries(this.readmePane).find(([prefix]) => step.startsWith(prefix))?.[1];
    if (image) {
      const paneShot = join(this.dir, `pane-${slugify(step)}.png`);
      await page.getByTestId("preview-pane").screenshot({ path: paneShot, animations: "disabled", caret: "hide" });
      publishReadmeImage(paneShot, image);
    }
    return shot;
  }
}
