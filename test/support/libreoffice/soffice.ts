/** Locating and running the soffice binary with a bounded lifetime. */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { delimiter, join } from "node:path";
import { isExecutable } from "../isExecutable";

export const INSTALL_HINT = "apt-get install -y libreoffice-calc-nogui";

/** soffice could not be found: LibreOffice is not installed (or not where we look). */
export class SofficeNotFoundError extends Error {
  constructor(searched: string[]) {
    super(
      `LibreOffice (soffice) was not found. Install it with \`${INSTALL_HINT}\` ` +
        `(Debian/Ubuntu; npm test does this on fresh machines where it can), or set THIDUA_SOFFICE to the soffice binary. ` +
        `Searched: ${searched.join(", ")}`,
    );
    this.name = "SofficeNotFoundError";
  }
}

/** soffice ran but did not deliver: non-zero exit, killed, timed out, or outputs missing. */
export class RecalcError extends Error {
  constructor(
    message: string,
    readonly details: {
      command: string[];
      exitCode: number | null;
      signal: NodeJS.Signals | null;
      stdout: string;
      stderr: string;
      timedOut: boolean;
      /** Inputs whose output was produced before the failure (input path → output path). */
      partial?: Map<string, string>;
      /** Inputs without an output. */
      failed?: string[];
    },
  ) {
    super(`${message}\n${formatDetails(details)}`);
    this.name = "RecalcError";
  }
}

function formatDetails(d: RecalcError["details"]): string {
  const tail = (s: string) => (s.length > 4000 ? "…" + s.slice(-4000) : s).trim() || "(empty)";
  return [
    `  command: ${d.command.join(" ")}`,
    `  exit code: ${d.exitCode ?? "none"}${d.signal ? `, signal ${d.signal}` : ""}${d.timedOut ? " (timed out)" : ""}`,
    ...(d.failed?.length ? [`  no output for: ${d.failed.join(", ")}`] : []),
    `  stdout: ${tail(d.stdout)}`,
    `  stderr: ${tail(d.stderr)}`,
  ].join("\n");
}

/**
 * Path of the soffice binary: $THIDUA_SOFFICE, then soffice/libreoffice on PATH, then the usual install
 * locations. Throws SofficeNotFoundError with the install command when there is none.
 */
export function findSoffice(explicit?: string): string {
  const searched: string[] = [];
  const candidates: string[] = [];
  const fromEnv = explicit ?? process.env.THIDUA_SOFFICE;
  if (fromEnv) {
    // An explicit choice is not second-guessed: if it is wrong, say so.
    if (isExecutable(fromEnv)) return fromEnv;
    throw new SofficeNotFoundError([fromEnv]);
  }
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    candidates.push(join(dir, "soffice"), join(dir, "libreoffice"));
  }
  candidates.push("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice");
  try {
    for (const d of readdirSync("/opt")) {
      if (/^libreoffice/i.test(d)) candidates.push(join("/opt", d, "program", "soffice"));
    }
  } catch {
    /* no /opt */
  }
  for (const c of candidates) {
    searched.push(c);
    if (isExecutable(c)) return c;
  }
  throw new SofficeNotFoundError([...new Set(searched)]);
}

/** True when soffice can be found (for tests that want to report a skip instead of failing). */
export function isSofficeAvailable(): boolean {
  try {
    findSoffice();
    return true;
  } catch {
    return false;
  }
}

export function realSofficePath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

export interface RunResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

/**
 * Runs a command in its own process group with stdin closed, collects its output, and after timeoutMs
 * kills the whole group (SIGTERM, then SIGKILL 3 s later). Resolves (never rejects) once it has exited.
 * `marker` is a string unique to this run (the private profile URL): any process still carrying it in
 * its command line after the group is gone (soffice.bin can outlive its launcher) is killed by pid.
 */
export function runBounded(
  command: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; marker: string },
): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolveRun) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true, // own process group, so a timeout can take down oosplash + soffice.bin too
    });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let done = false;
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout?.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr?.setEncoding("utf8").on("data", (s: string) => (stderr += s));

    const killGroup = (sig: NodeJS.Signals) => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, sig);
      } catch {
        /* already gone */
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      killTimer = setTimeout(() => killGroup("SIGKILL"), 3000);
    }, opts.timeoutMs);

    const finish = (exitCode: number | null, signal: NodeJS.Signals | null, extraErr = "") => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      // Nothing of this run may survive it. The group is gone by now (a pgid could in theory be reused),
      // so survivors are found by the marker in their command line and killed by pid.
      killStragglers(opts.marker);
      resolveRun({ exitCode, signal, stdout, stderr: stderr + extraErr, timedOut, ms: Date.now() - started });
    };
    child.on("error", (err) => finish(null, null, `\nspawn error: ${err.message}`));
    child.on("close", (code, signal) => finish(code, signal));
  });
}

/** Kills (by pid) processes whose command line contains marker. Linux /proc only; elsewhere a no-op. */
export function killStragglers(marker: string): number[] {
  return findProcesses(marker).map((pid) => {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      /* gone */
    }
    return pid;
  });
}

/** Pids whose command line contains marker (Linux /proc). */
export function findProcesses(marker: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const e of entries) {
    if (!/^\d+$/.test(e) || Number(e) === process.pid) continue;
    try {
      const cmd = readFileSync(`/proc/${e}/cmdline`, "utf8");
      if (cmd.includes(marker)) pids.push(Number(e));
    } catch {
      /* exited meanwhile or not ours to read */
    }
  }
  return pids;
}
