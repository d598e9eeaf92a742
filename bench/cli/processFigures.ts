/**
 * Whole-process figures of a command: wall and CPU seconds and peak memory, from /usr/bin/time (GNU time)
 * when the machine has it, else the wall clock alone. The median of a few runs, after one warm-up run.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface ProcessFigures {
  readonly wallS: number;
  /** user + sys; NaN without /usr/bin/time. */
  readonly cpuS: number;
  /** Peak resident memory; NaN without /usr/bin/time. */
  readonly peakMB: number;
}

const GNU_TIME = "/usr/bin/time";

function once(command: string, args: readonly string[]): ProcessFigures {
  if (!existsSync(GNU_TIME)) {
    const t0 = performance.now();
    const r = spawnSync(command, args, { stdio: "ignore" });
    if (r.error) throw r.error;
    return { wallS: (performance.now() - t0) / 1000, cpuS: NaN, peakMB: NaN };
  }
  const r = spawnSync(GNU_TIME, ["-f", "TIMES %e %U %S %M", command, ...args], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const m = /TIMES ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  if (!m) throw new Error(`no timing for ${command} ${args.join(" ")}: ${r.stderr?.slice(-400)}`);
  return { wallS: Number(m[1]), cpuS: Number(m[2]) + Number(m[3]), peakMB: Number(m[4]) / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function processFigures(command: string, args: readonly string[], runs = 3): ProcessFigures {
  once(command, args);
  const all = Array.from({ length: runs }, () => once(command, args));
  return { wallS: median(all.map((f) => f.wallS)), cpuS: median(all.map((f) => f.cpuS)), peakMB: median(all.map((f) => f.peakMB)) };
}
