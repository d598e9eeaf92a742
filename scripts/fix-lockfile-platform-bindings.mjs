// Adds missing lockfile entries for unrs-resolver's per-platform optional packages (@unrs/resolver-binding-*).
// Why: a registry mirror that only carries the Linux bindings makes `npm install` drop the others from
// package-lock.json, and then `npm ci` refuses the lockfile ("Missing: @unrs/resolver-binding-... from lock file").
// The added entries carry os/cpu/libc, so npm skips them on other platforms without downloading anything.
// Usage: node scripts/fix-lockfile-platform-bindings.mjs   (then check with: npm ci --dry-run)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./lib/project-paths.mjs";

const LOCKFILE = join(ROOT, "package-lock.json");
const PARENT = "node_modules/unrs-resolver";
const NAME = /^@unrs\/resolver-binding-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z]+))?$/;

function platformOf(name) {
  const [, os, cpu, abi = ""] = NAME.exec(name) ?? [];
  if (!os) throw new Error(`unexpected package name ${name}`);
  const libc = os !== "linux" ? undefined : abi.startsWith("musl") ? ["musl"] : abi.startsWith("gnu") ? ["glibc"] : undefined;
  return { os: [os], cpu: [cpu], libc };
}

const lock = JSON.parse(readFileSync(LOCKFILE, "utf8"));
const parent = lock.packages[PARENT];
if (!parent) {
  console.log(`${PARENT} is not in package-lock.json; nothing to do.`);
  process.exit(0);
}

const added = [];
for (const [name, version] of Object.entries(parent.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const { os, cpu, libc } = platformOf(name);
  // Same field order as npm writes: version, cpu, dev, libc, license, optional, os.
  lock.packages[key] = { version, cpu, dev: parent.dev, ...(libc ? { libc } : {}), license: parent.license, optional: true, os };
  added.push(name);
}

const sortedKeys = Object.keys(lock.packages).sort((a, b) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b, "en")));
lock.packages = Object.fromEntries(sortedKeys.map((key) => [key, lock.packages[key]]));
writeFileSync(LOCKFILE, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `Added ${added.length} lockfile entries:\n  ${added.join("\n  ")}` : "package-lock.json already complete.");
