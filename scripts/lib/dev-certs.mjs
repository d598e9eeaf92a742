// Installs the Office add-in dev certificates for https://localhost without ever waiting for input:
// in CI or without a terminal the installer runs detached (no controlling terminal, so sudo cannot
// prompt) with stdin closed and a time limit.
import { spawn } from "node:child_process";
import { ROOT } from "./project-paths.mjs";

const TIME_LIMIT_MS = 120_000;
const INSTALLER = `
require("office-addin-dev-certs").ensureCertificatesAreInstalled().then(
  () => process.exit(0),
  (error) => { console.error(String(error && error.message || error)); process.exit(1); });`;

function canPrompt() {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY) && !process.env.CI;
}

/** @returns {Promise<{ ok: boolean, detail: string }>} */
export function ensureDevCerts() {
  const interactive = canPrompt();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["-e", INSTALLER], {
      cwd: ROOT,
      stdio: interactive ? "inherit" : ["ignore", "pipe", "pipe"],
      detached: !interactive,
      timeout: TIME_LIMIT_MS,
      killSignal: "SIGKILL",
    });
    let output = "";
    child.stdout?.on("data", (data) => (output += data));
    child.stderr?.on("data", (data) => (output += data));
    child.on("error", (error) => resolve({ ok: false, detail: error.message }));
    child.on("exit", (code, signal) => {
      if (code === 0) resolve({ ok: true, detail: output.trim() });
      else if (signal) resolve({ ok: false, detail: `installer stopped after ${TIME_LIMIT_MS / 1000} s (${signal})` });
      else resolve({ ok: false, detail: output.trim() || `installer exited with code ${code}` });
    });
  });
}
