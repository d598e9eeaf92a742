// Pid file of the Linux dev server started by `npm start`, so `npm run stop` can end exactly that process.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { PID_FILE } from "./project-paths.mjs";

export function writeDevServerPid(pid) {
  mkdirSync(dirname(PID_FILE), { recursive: true });
  writeFileSync(PID_FILE, `${pid}\n`);
}

export function readDevServerPid() {
  if (!existsSync(PID_FILE)) return undefined;
  const pid = Number.parseInt(readFileSync(PID_FILE, "utf8"), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

export function removeDevServerPid() {
  rmSync(PID_FILE, { force: true });
}

export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** True when pid is alive and (where /proc exists) really is a webpack process, not a reused pid. */
export function isDevServerProcess(pid) {
  if (!isAlive(pid)) return false;
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  return readFileSync(cmdline, "utf8").includes("webpack");
}
