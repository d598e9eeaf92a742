/** Where the e2e harness finds the repository, the production build and its own scratch files. */
import { join, resolve } from "node:path";

export const REPO_ROOT = resolve(__dirname, "..", "..", "..");
export const DIST_DIR = join(REPO_ROOT, "dist");
/** Build stamp and lock live here: outside dist/ (webpack's `clean: true` empties dist/ on every build). */
export const E2E_CACHE_DIR = join(REPO_ROOT, "node_modules", ".cache", "thidua-e2e");
/** Screenshots: test-artifacts/e2e/<test>/<nn-step>.png (gitignored). */
export const ARTIFACTS_ROOT = join(REPO_ROOT, "test-artifacts", "e2e");
export const README_IMAGES_DIR = join(REPO_ROOT, "docs", "images");
/** Pages every e2e run needs; a build without them is not a build. */
export const REQUIRED_DIST_FILES = ["taskpane.html", "preview.html", "manifest.xml"];
/**
 * The public address the e2e build is made for (`ADDIN_BASE_URL`, README "Deploying for your organisation"):
 * dist/manifest.xml names it, and the production-host test serves dist/ under it. Never resolves outside tests.
 */
export const E2E_PUBLIC_BASE_URL = "https://thidua.example.test";
