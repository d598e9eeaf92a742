/**
 * Screenshots of e2e steps: test-artifacts/e2e/<test>/<nn-step>.png (gitignored), numbered in the order
 * taken. Chosen ones can be copied to docs/images/ for the README, only when THIDUA_UPDATE_README_IMAGES=1
 * (so a normal test run never rewrites tracked files).
 */
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS_ROOT, README_IMAGES_DIR } from "./paths";

/** "Mở ThiDua bên trong Excel (vi)" → "mo-thidua-ben-trong-excel-vi": safe folder/file names. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 80).replace(/-+$/, "") || "unnamed";
}

/** Slug of the running Jest test ("describe name test name"). */
export function currentTestSlug(): string {
  const name = expect.getState().currentTestName;
  if (!name) throw new Error("currentTestSlug() must be called inside a running test");
  return slugify(name);
}

export class StepScreenshots {
  readonly dir: string;
  private count = 0;

  /** Empties test-artifacts/e2e/<testSlug>/ so only this run's shots are there. */
  constructor(testSlug: string, root = ARTIFACTS_ROOT) {
    this.dir = join(root, slugify(testSlug));
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
  }

  /** Saves <nn-step>.png (01-…, 02-…) and returns its path. */
  async take(page: Page, step: string, options: { fullPage?: boolean } = {}): Promise<string> {
    this.count += 1;
    const file = join(this.dir, `${String(this.count).padStart(2, "0")}-${slugify(step)}.png`);
    await page.screenshot({ path: file, fullPage: options.fullPage ?? true, animations: "disabled", caret: "hide" });
    return file;
  }
}

export function readmeImagesRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.THIDUA_UPDATE_README_IMAGES === "1";
}

/**
 * Copies a screenshot to docs/images/<imageName> when THIDUA_UPDATE_README_IMAGES=1; returns the
 * destination, or undefined when not requested.
 */
export function publishReadmeImage(shot: string, imageName: string, env: NodeJS.ProcessEnv = process.env, dir = README_IMAGES_DIR): string | undefined {
  if (!readmeImagesRequested(env)) return undefined;
  if (basename(imageName) !== imageName || !imageName.endsWith(".png")) {
    throw new Error(`README image name must be a plain file name ending in .png (got "${imageName}")`);
  }
  mkdirSync(dir, { recursive: true });
  const dest = join(dir, imageName);
  copyFileSync(shot, dest);
  return dest;
}
