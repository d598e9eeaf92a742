// The system programs `npm test` needs (the manifest schema check uses xmllint-wasm, so no native xmllint) beyond node_modules, and the Debian/Ubuntu packages that bring them.
// CommonJS on purpose, so both scripts/ensure-test-tools.mjs (ESM) and Jest (CommonJS) can load it.
"use strict";

const { accessSync, constants } = require("node:fs");
const { delimiter, dirname, join } = require("node:path");

const SOFFICE_DIRS = ["/usr/lib/libreoffice/program", "/opt/libreoffice/program"];

/** True when `path` exists and this process may execute it. */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function exists(path) {
  try {
    accessSync(path, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** `name` on $PATH, or null. */
function onPath(name, env) {
  for (const dir of (env.PATH || "").split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** LibreOffice's program folder holding a component library (calc: libsclo.so, writer: libswlo.so). */
function hasLibreOfficeComponent(env, library) {
  const dirs = env.THIDUA_SOFFICE ? [dirname(env.THIDUA_SOFFICE), ...SOFFICE_DIRS] : SOFFICE_DIRS;
  return dirs.some((d) => exists(join(d, library)));
}

function hasSoffice(env) {
  if (env.THIDUA_SOFFICE) return isExecutable(env.THIDUA_SOFFICE);
  return onPath("soffice", env) !== null || SOFFICE_DIRS.some((d) => isExecutable(join(d, "soffice")));
}

/**
 * Each tool: what it is for, how to tell it is there, the Debian package, and the env flag that lets a
 * developer skip the tests needing it (THIDUA_SKIP_LIBREOFFICE / THIDUA_SKIP_CHROMIUM, see docs/e2e.md).
 */
const TOOLS = [
  {
    id: "chromium",
    what: "Chromium (browser tests)",
    pkg: "chromium",
    skipFlag: "THIDUA_SKIP_CHROMIUM",
    present: (env) => isExecutable(env.CHROMIUM_PATH || "/usr/bin/chromium"),
  },
  {
    id: "calc",
    what: "LibreOffice Calc (formula recalculation)",
    pkg: "libreoffice-calc-nogui",
    skipFlag: "THIDUA_SKIP_LIBREOFFICE",
    present: (env) => hasSoffice(env) && hasLibreOfficeComponent(env, "libsclo.so"),
  },
  {
    id: "writer",
    what: "LibreOffice Writer (biên bản rendering)",
    pkg: "libreoffice-writer-nogui",
    skipFlag: "THIDUA_SKIP_LIBREOFFICE",
    present: (env) => hasSoffice(env) && hasLibreOfficeComponent(env, "libswlo.so"),
  },
  { id: "poppler", what: "pdftocairo (PDF pages as pictures)", pkg: "poppler-utils", present: (env) => onPath("pdftocairo", env) !== null },
  {
    id: "dejavu",
    what: "DejaVu fonts (Vietnamese glyphs)",
    pkg: "fonts-dejavu-core",
    present: () => exists("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
  },
  {
    id: "liberation",
    what: "Liberation fonts (Times New Roman metrics)",
    pkg: "fonts-liberation",
    present: () => exists("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"),
  },
];

/** The tools that are missing and not skipped by the developer's env flags. */
function missingTools(env = process.env, tools = TOOLS) {
  return tools.filter((t) => !(t.skipFlag && env[t.skipFlag] === "1") && !t.present(env));
}

/**
 * What to do about the missing tools: nothing; install them (apt-get as root or with passwordless sudo);
 * or stop with the one command the developer must run.
 * `canSudo` says whether `sudo -n true` succeeded; `hasApt` whether apt-get is on the machine.
 */
function installPlan(missing, { platform, isRoot, canSudo, hasApt }) {
  if (missing.length === 0) return { action: "none" };
  const pkgs = [...new Set(missing.map((t) => t.pkg))];
  const install = `apt-get install -y --no-install-recommends ${pkgs.join(" ")}`;
  if (platform === "linux" && hasApt && (isRoot || canSudo)) {
    const sudo = isRoot ? [] : ["sudo", "-n"];
    return { action: "install", packages: pkgs, commands: [[...sudo, "apt-get", "update"], [...sudo, "apt-get", "install", "-y", "--no-install-recommends", ...pkgs]] };
  }
  if (platform === "linux" && hasApt) return { action: "stop", command: `sudo apt-get update && sudo ${install}` };
  return { action: "stop", command: null };
}

module.exports = { TOOLS, missingTools, installPlan, onPath };
