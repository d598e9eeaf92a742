#!/usr/bin/env node
// First step of `npm test`: makes sure the system programs the tests need are on this machine (Chromium,
// LibreOffice Calc and Writer, poppler, fonts). Installs the missing ones with apt-get when it can
// (root, or passwordless sudo); otherwise stops at once with the one command to run.
// THIDUA_SKIP_CHROMIUM=1 / THIDUA_SKIP_LIBREOFFICE=1 leave those out (their tests are then skipped).
import { spawnSync } from "node:child_process";
import tools from "./lib/system-tools.cjs";

const { missingTools, installPlan, onPath } = tools;

function canSudo() {
  if (onPath("sudo", process.env) === null) return false;
  return spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
}

const missing = missingTools(process.env);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const plan = installPlan(missing, {
  platform: process.platform,
  isRoot,
  canSudo: missing.length > 0 && !isRoot && canSudo(),
  hasApt: onPath("apt-get", process.env) !== null,
});

if (plan.action === "none") process.exit(0);

const list = missing.map((t) => `  - ${t.what}`).join("\n");
if (plan.action === "stop") {
  console.error(`npm test needs programs this machine lacks:\n${list}`);
  if (plan.command) console.error(`\nInstall them with:\n\n  ${plan.command}\n\nthen run npm test again.`);
  else {
    console.error(
      "\nInstall Chromium and LibreOffice (Calc and Writer) for your system, set CHROMIUM_PATH and THIDUA_SOFFICE to them,\n" +
        "or skip those tests with THIDUA_SKIP_CHROMIUM=1 THIDUA_SKIP_LIBREOFFICE=1 (see README, npm scripts).",
    );
  }
  process.exit(1);
}

console.log(`npm test: installing what this machine lacks (${plan.packages.join(", ")}):\n${list}`);
for (const [cmd, ...args] of plan.commands) {
  const run = spawnSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (run.status !== 0) {
    console.error(`\n"${[cmd, ...args].join(" ")}" failed (exit ${run.status ?? run.signal}). Run it yourself, then npm test again.`);
    process.exit(1);
  }
}
const still = missingTools(process.env);
if (still.length > 0) {
  console.error(`Still missing after the install:\n${still.map((t) => `  - ${t.what}`).join("\n")}`);
  process.exit(1);
}
