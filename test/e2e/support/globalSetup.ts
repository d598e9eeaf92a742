/**
 * Jest globalSetup of the "e2e" project: runs once per `jest` run, in the parent process, only when at
 * least one e2e test is selected. Makes sure dist/ is a fresh production build before any worker starts.
 *
 * A failed build does not abort the whole Jest run (that would hide every other project's results): the
 * webpack errors are written to a file named in $THIDUA_E2E_BUILD_ERROR_FILE, and every e2e test that
 * needs the build fails with them (see assertBuildPresent).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUILD_ERROR_ENV, ensureFreshBuild } from "./build";
import { chromiumSkipReason } from "./chromium";
import { E2E_CACHE_DIR } from "./paths";

export default async function globalSetup(): Promise<void> {
  const skip = chromiumSkipReason();
  if (skip) {
    process.stderr.write(`\n[e2e] ${skip}: not building dist/.\n`);
    return;
  }
  const errorFile = join(E2E_CACHE_DIR, `build-error-${process.pid}.txt`);
  rmSync(errorFile, { force: true });
  delete process.env[BUILD_ERROR_ENV];
  try {
    const r = await ensureFreshBuild();
    process.stderr.write(
      r.built
        ? `\n[e2e] built dist/ in ${(r.ms / 1000).toFixed(1)} s (${r.reason}).\n`
        : `\n[e2e] dist/ is fresh (${r.reason}).\n`,
    );
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    mkdirSync(E2E_CACHE_DIR, { recursive: true });
    writeFileSync(errorFile, text);
    process.env[BUILD_ERROR_ENV] = errorFile; // inherited by the workers Jest starts next
    process.stderr.write(`\n[e2e] building dist/ FAILED; every e2e test will fail with:\n${text}\n`);
  }
}
