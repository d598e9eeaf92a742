/**
 * A fresh production build of dist/ for the e2e tests, made at most once per test run.
 *
 * Jest runs test/e2e/support/globalSetup.ts once in the parent process (before any worker starts), so
 * parallel workers never build. A lock directory also serialises two test runs (or a test run and
 * `npm run bench`) on the same tree. "Fresh" means: a stamp written by a successful build of ours exists,
 * the build started after the newest modification of any build input, and the required pages exist.
 *
 * THIDUA_E2E_BUILD=auto (default) builds when stale · always: builds every run · never: uses dist/ as is.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { DIST_DIR, E2E_CACHE_DIR, E2E_PUBLIC_BASE_URL, REPO_ROOT, REQUIRED_DIST_FILES } from "./paths";

/** Files and folders whose change makes dist/ stale (relative to the repository root). */
export const BUILD_INPUTS = ["src", "assets", "webpack.config.js", "tsconfig.json", "package.json", "package-lock.json"];
const STAMP = join(E2E_CACHE_DIR, "build-stamp.json");
const LOCK = join(E2E_CACHE_DIR, "build.lock");
const BUILD_TIMEOUT_MS = 5 * 60_000;
const LOCK_WAIT_MS = 6 * 60_000;

export type BuildMode = "auto" | "always" | "never";

export function buildModeFromEnv(env: NodeJS.ProcessEnv = process.env): BuildMode {
  const v = (env.THIDUA_E2E_BUILD ?? "auto").trim() || "auto";
  if (v === "auto" || v === "always" || v === "never") return v;
  throw new Error(`THIDUA_E2E_BUILD must be auto, always or never (got "${v}").`);
}

export interface NewestInput {
  readonly path: string;
  readonly mtimeMs: number;
}

function walkNewest(path: string, best: { path: string; mtimeMs: number }): void {
  let st;
  try {
    st = statSync(path);
  } catch {
    return; // an input that does not exist (e.g. no assets/) cannot be newer than the build
  }
  if (st.isDirectory()) {
    for (const name of readdirSync(path)) walkNewest(join(path, name), best);
  } else if (st.mtimeMs > best.mtimeMs) {
    best.path = path;
    best.mtimeMs = st.mtimeMs;
  }
}

/** The most recently modified build input (including manifest*.xml at the root). */
export function newestBuildInput(root = REPO_ROOT): NewestInput {
  const best = { path: "", mtimeMs: 0 };
  const roots = [...BUILD_INPUTS, ...readdirSync(root).filter((n) => /^manifest.*\.xml$/.test(n))];
  for (const r of roots) walkNewest(join(root, r), best);
  return { path: best.path ? relative(root, best.path) : "(none)", mtimeMs: best.mtimeMs };
}

interface Stamp {
  /** Date.now() when the build started: edits made during the build still count as newer. */
  startedAt: number;
  finishedAt: number;
}

function readStamp(): Stamp | undefined {
  try {
    const s = JSON.parse(readFileSync(STAMP, "utf8")) as Partial<Stamp>;
    return typeof s.startedAt === "number" && typeof s.finishedAt === "number" ? (s as Stamp) : undefined;
  } catch {
    return undefined;
  }
}

export function missingDistFiles(dist = DIST_DIR): string[] {
  return REQUIRED_DIST_FILES.filter((f) => !existsSync(join(dist, f)));
}

export interface BuildStatus {
  readonly fresh: boolean;
  readonly reason: string;
}

export function buildStatus(): BuildStatus {
  const missing = missingDistFiles();
  if (missing.length) return { fresh: false, reason: `dist/ lacks ${missing.join(", ")}` };
  const stamp = readStamp();
  if (!stamp) return { fresh: false, reason: "no build stamp from the e2e harness yet" };
  if (!readFileSync(join(DIST_DIR, "manifest.xml"), "utf8").includes(E2E_PUBLIC_BASE_URL)) {
    return { fresh: false, reason: `dist/manifest.xml was built for another address than ${E2E_PUBLIC_BASE_URL}` };
  }
  const newest = newestBuildInput();
  if (newest.mtimeMs >= stamp.startedAt) {
    return { fresh: false, reason: `${newest.path} changed after the last build (${new Date(stamp.startedAt).toISOString()})` };
  }
  return { fresh: true, reason: `dist/ built ${new Date(stamp.finishedAt).toISOString()}, newer than every input` };
}

/** Names the file holding this run's build failure (set by globalSetup when webpack failed). */
export const BUILD_ERROR_ENV = "THIDUA_E2E_BUILD_ERROR_FILE";

/**
 * Throws a readable error when this run's build failed (globalSetup) or dist/ lacks the pages the e2e
 * tests load.
 */
export function assertBuildPresent(env: NodeJS.ProcessEnv = process.env): void {
  const errorFile = env[BUILD_ERROR_ENV];
  if (errorFile && existsSync(errorFile)) {
    throw new Error(`The production build for this test run failed, so the e2e tests cannot run:\n${readFileSync(errorFile, "utf8")}`);
  }
  const missing = missingDistFiles();
  if (missing.length) {
    throw new Error(
      `dist/ lacks ${missing.join(", ")}. The e2e Jest project builds it in its globalSetup ` +
        "(test/e2e/support/globalSetup.ts); run the tests through jest.config.js, or run `npm run build` first.",
    );
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(E2E_CACHE_DIR, { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, "owner"), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(LOCK, "owner"), "utf8"));
      } catch {
        // the owner file is written right after mkdir; treat a missing one as "being created"
      }
      const lockStat = statSync(LOCK, { throwIfNoEntry: false });
      if (!lockStat) continue; // released meanwhile
      const age = Date.now() - lockStat.mtimeMs;
      if ((Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) || age > BUILD_TIMEOUT_MS + 60_000) {
        rmSync(LOCK, { recursive: true, force: true }); // left behind by a dead or hung process
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the e2e build lock ${LOCK} (held by pid ${owner}).`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Runs `webpack --mode production` for E2E_PUBLIC_BASE_URL in the repository; rejects with webpack's output on failure. */
export function runWebpackProduction(): Promise<{ ms: number; output: string }> {
  const cli = join(REPO_ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const t0 = Date.now();
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, [cli, "--mode", "production"], {
      cwd: REPO_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, NODE_ENV: "production", ADDIN_BASE_URL: E2E_PUBLIC_BASE_URL },
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), BUILD_TIMEOUT_MS);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolveBuild({ ms: Date.now() - t0, output });
      reject(new Error(`webpack --mode production failed (exit ${code}${signal ? `, signal ${signal}` : ""}):\n${webpackErrorSummary(output)}`));
    });
  });
}

/**
 * The "ERROR in …" blocks of webpack's output, each cut to its first lines (the resolver's trace that
 * follows a "Module not found" is hundreds of lines), then the final summary line; the raw tail otherwise.
 */
export function webpackErrorSummary(output: string, linesPerError = 8): string {
  const blocks = output.split(/\n(?=ERROR\b)/).slice(1);
  const summary = output.trim().split("\n").filter((l) => /^webpack .* compiled/.test(l)).pop();
  if (!blocks.length) return output.length > 6000 ? "…" + output.slice(-6000) : output;
  const cut = blocks.map((b) => {
    const lines = b.trimEnd().split("\n");
    return lines.length > linesPerError ? [...lines.slice(0, linesPerError), "  …"].join("\n") : lines.join("\n");
  });
  return [...cut, ...(summary ? [summary] : [])].join("\n\n");
}

export interface EnsureBuildResult {
  readonly built: boolean;
  readonly reason: string;
  readonly ms: number;
}

/** Builds dist/ unless it is fresh (see the file comment); returns what it did and why. */
export async function ensureFreshBuild(mode: BuildMode = buildModeFromEnv()): Promise<EnsureBuildResult> {
  if (mode === "never") {
    assertBuildPresent();
    return { built: false, reason: "THIDUA_E2E_BUILD=never: using dist/ as it is", ms: 0 };
  }
  return withBuildLock(async () => {
    // Checked under the lock: another run may have just built.
    const status = buildStatus();
    if (mode === "auto" && status.fresh) return { built: false, reason: status.reason, ms: 0 };
    const reason = mode === "always" ? "THIDUA_E2E_BUILD=always" : status.reason;
    const startedAt = Date.now();
    const { ms } = await runWebpackProduction();
    assertBuildPresent();
    writeFileSync(STAMP, JSON.stringify({ startedAt, finishedAt: Date.now() } satisfies Stamp));
    return { built: true, reason, ms };
  });
}
