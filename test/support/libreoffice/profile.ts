/**
 * Private LibreOffice user profile ("UserInstallation") for headless recalculation.
 *
 * LibreOffice's defaults (share/registry/main.xcd, group org.openoffice.Office.Calc/Formula/Load)
 * are OOXMLRecalcMode = 1 and ODFRecalcMode = 1, i.e. "never recalculate": a converted file keeps
 * whatever cached <v> values it was given, which would prove nothing. 0 = always, 2 = ask (a prompt,
 * which headless resolves as "no"). Every run of the harness gets its own fresh profile directory
 * whose user/registrymodifications.xcu forces 0 for both, and pins the locale to en-US so that
 * locale-dependent results (TEXT, collation) are deterministic whatever the machine's LANG is.
 *
 * A warm profile (one LibreOffice has already initialised) starts faster than an empty one, so after
 * the first successful run a copy is kept under node_modules/.cache/thidua/lo-profile and later runs
 * start from a copy of it. The cache is only ever a template: each run still works in its own private
 * copy, so concurrent runs (Jest workers) never share a profile, a pipe or a lock file.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

/** Bump when the settings written below change, so stale cached templates are discarded. */
const PROFILE_FORMAT = 2;
const STAMP_FILE = "thidua-profile.json";

const XCU_HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n';
const XCU_FOOTER = "</oor:items>\n";

export interface ProfileSettings {
  /** Locale used for formatting (TEXT), collation and parsing; default "en-US". */
  locale: string;
  /**
   * Recalculate on load (mode 0). Default true. false keeps LibreOffice's own default (1 = never) and
   * exists only for the control test proving that without the setting the cached values survive.
   */
  recalcOnLoad?: boolean;
}

/** The <item> lines the harness owns in registrymodifications.xcu. */
export function harnessXcuItems(settings: ProfileSettings): string {
  const item = (path: string, name: string, value: string) =>
    `<item oor:path="${path}"><prop oor:name="${name}" oor:op="fuse"><value>${value}</value></prop></item>\n`;
  const load = "/org.openoffice.Office.Calc/Formula/Load";
  const l10n = "/org.openoffice.Setup/L10N";
  // 0 = always recalculate on load (1 = never, LibreOffice's default; 2 = prompt).
  const mode = settings.recalcOnLoad === false ? "1" : "0";
  return (
    item(load, "OOXMLRecalcMode", mode) +
    item(load, "ODFRecalcMode", mode) +
    item(l10n, "ooSetupSystemLocale", escapeXml(settings.locale)) +
    item(l10n, "ooLocale", "en-US") +
    item("/org.openoffice.Office.Common/Misc", "FirstRun", "false")
  );
}

/** Complete registrymodifications.xcu for a brand-new profile. */
export function freshXcu(settings: ProfileSettings): string {
  return XCU_HEADER + harnessXcuItems(settings) + XCU_FOOTER;
}

/**
 * Rewrites an existing registrymodifications.xcu (as LibreOffice saves it: one <item> per line) so that
 * the harness's settings win: any item for the same property is dropped, ours are appended.
 */
export function patchXcu(existing: string, settings: ProfileSettings): string {
  if (!existing.includes("</oor:items>")) return freshXcu(settings);
  const owned = ["OOXMLRecalcMode", "ODFRecalcMode", "ooSetupSystemLocale", "ooLocale", "FirstRun"];
  const kept = existing
    .split("\n")
    .filter((line) => !(line.startsWith("<item ") && owned.some((n) => line.includes(`oor:name="${n}"`))))
    .join("\n");
  return kept.replace("</oor:items>", harnessXcuItems(settings) + "</oor:items>");
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** file:// URL for -env:UserInstallation (percent-encodes what a URL needs). */
export function fileUrl(absPath: string): string {
  return "file://" + absPath.split("/").map(encodeURIComponent).join("/");
}

interface Stamp {
  format: number;
  soffice: string;
  sofficeMtimeMs: number;
}

function stampFor(sofficePath: string): Stamp {
  let mtime = 0;
  try {
    mtime = statSync(sofficePath).mtimeMs;
  } catch {
    /* keep 0 */
  }
  return { format: PROFILE_FORMAT, soffice: sofficePath, sofficeMtimeMs: mtime };
}

/** node_modules/.cache/thidua/lo-profile of the nearest project above cwd, or null when there is none. */
export function defaultProfileCacheDir(): string | null {
  const env = process.env.THIDUA_LO_PROFILE_CACHE;
  if (env !== undefined) return env === "" || env === "0" ? null : resolve(env);
  let dir = process.cwd();
  for (;;) {
    if (existsSync(join(dir, "node_modules"))) return join(dir, "node_modules", ".cache", "thidua", "lo-profile");
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

/**
 * Fills profileDir (must not exist yet or be empty) for a run: from the cached template when it is valid
 * for this soffice, else empty. Returns whether the template was used. Either way our settings are written.
 */
export function prepareProfile(
  profileDir: string,
  cacheDir: string | null,
  sofficePath: string,
  settings: ProfileSettings,
): boolean {
  let fromCache = false;
  if (cacheDir && isValidTemplate(cacheDir, sofficePath)) {
    try {
      cpSync(cacheDir, profileDir, {
        recursive: true,
        // A lock left by a killed run must never be copied into a new profile.
        filter: (src) => basename(src) !== ".lock" && basename(src) !== STAMP_FILE,
      });
      fromCache = true;
    } catch {
      rmSync(profileDir, { recursive: true, force: true });
      fromCache = false;
    }
  }
  const userDir = join(profileDir, "user");
  mkdirSync(userDir, { recursive: true });
  rmSync(join(userDir, ".lock"), { force: true });
  const xcuPath = join(userDir, "registrymodifications.xcu");
  const xcu = fromCache && existsSync(xcuPath) ? patchXcu(readFileSync(xcuPath, "utf8"), settings) : freshXcu(settings);
  writeFileSync(xcuPath, xcu, "utf8");
  return fromCache;
}

function isValidTemplate(cacheDir: string, sofficePath: string): boolean {
  try {
    const stamp = JSON.parse(readFileSync(join(cacheDir, STAMP_FILE), "utf8")) as Stamp;
    const want = stampFor(sofficePath);
    return (
      stamp.format === want.format &&
      stamp.soffice === want.soffice &&
      stamp.sofficeMtimeMs === want.sofficeMtimeMs &&
      existsSync(join(cacheDir, "user", "registrymodifications.xcu"))
    );
  } catch {
    return false;
  }
}

/**
 * After a successful run, keeps a copy of the (now initialised) profile as the template for later runs.
 * Best effort and race-safe: the copy is built beside the cache and renamed into place in one step.
 */
export function saveProfileTemplate(profileDir: string, cacheDir: string | null, sofficePath: string): void {
  if (!cacheDir || isValidTemplate(cacheDir, sofficePath)) return;
  const tmp = `${cacheDir}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    mkdirSync(dirname(cacheDir), { recursive: true });
    cpSync(profileDir, tmp, { recursive: true, filter: (src) => basename(src) !== ".lock" });
    writeFileSync(join(tmp, STAMP_FILE), JSON.stringify(stampFor(sofficePath)), "utf8");
    if (existsSync(cacheDir)) {
      // Stale template (other soffice or settings version): move it aside, then replace.
      const old = `${cacheDir}.old-${process.pid}-${Math.random().toString(36).slice(2)}`;
      try {
        renameSync(cacheDir, old);
        rmSync(old, { recursive: true, force: true });
      } catch {
        /* someone else replaced it first */
      }
    }
    renameSync(tmp, cacheDir);
  } catch {
    /* another run won the race, or the cache is not writable: fine, it is only an optimisation */
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
