/**
 * Which Chromium the e2e tests drive, and the skip rule.
 *
 * Never downloads a browser: playwright-core has no browsers of its own; we use Debian's /usr/bin/chromium
 * (`apt-get install -y chromium`, done by npm test where it can) or $CHROMIUM_PATH. Missing Chromium is a loud failure,
 * unless THIDUA_SKIP_CHROMIUM=1 is set, which turns it into a skip (like THIDUA_SKIP_LIBREOFFICE).
 */
import { isExecutable } from "../../support/isExecutable";

export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_INSTALL_HINT = "apt-get install -y chromium";

export class ChromiumNotFoundError extends Error {
  constructor(path: string, fromEnv: boolean) {
    super(
      `Chromium was not found at ${path}${fromEnv ? " (from $CHROMIUM_PATH)" : ""}. ` +
        `Install it with \`${CHROMIUM_INSTALL_HINT}\` (Debian; npm test does this on fresh machines where it can), ` +
        "or set CHROMIUM_PATH to a Chromium binary. On a machine without Chromium, THIDUA_SKIP_CHROMIUM=1 skips the e2e tests.",
    );
    this.name = "ChromiumNotFoundError";
  }
}

/** $CHROMIUM_PATH when set (an explicit choice is not second-guessed), else /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

export function isChromiumAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return isExecutable(chromiumPath(env));
}

/** The executable to launch; throws ChromiumNotFoundError (with the install command) when there is none. */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string {
  const p = chromiumPath(env);
  if (!isExecutable(p)) throw new ChromiumNotFoundError(p, Boolean(env.CHROMIUM_PATH?.trim()));
  return p;
}

/** Why the e2e tests are skipped, or undefined when they must run (and fail loudly without Chromium). */
export function chromiumSkipReason(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.THIDUA_SKIP_CHROMIUM === "1" && !isChromiumAvailable(env)) {
    return `THIDUA_SKIP_CHROMIUM=1 and no Chromium at ${chromiumPath(env)}: e2e tests skipped`;
  }
  return undefined;
}

