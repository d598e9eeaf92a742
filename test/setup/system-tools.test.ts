/** `npm test` installs the system programs it lacks where it can, and otherwise stops with the one command to run. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { installPlan, missingTools, type SystemTool } from "../../scripts/lib/system-tools.cjs";

const tool = (id: string, pkg: string, present: boolean, skipFlag?: string): SystemTool => ({ id, what: id, pkg, present: () => present, ...(skipFlag ? { skipFlag } : {}) });

const tools = [
  tool("chromium", "chromium", false, "THIDUA_SKIP_CHROMIUM"),
  tool("calc", "libreoffice-calc-nogui", false, "THIDUA_SKIP_LIBREOFFICE"),
  tool("writer", "libreoffice-writer-nogui", true, "THIDUA_SKIP_LIBREOFFICE"),
  tool("poppler", "poppler-utils", false),
];
const linux = { platform: "linux", isRoot: false, canSudo: false, hasApt: true };

describe("the system programs npm test needs", () => {
  it("lists only the missing ones, leaving out those a skip flag turns off", () => {
    expect(missingTools({}, tools).map((t) => t.id)).toEqual(["chromium", "calc", "poppler"]);
    expect(missingTools({ THIDUA_SKIP_CHROMIUM: "1", THIDUA_SKIP_LIBREOFFICE: "1" }, tools).map((t) => t.id)).toEqual(["poppler"]);
  });

  it("does nothing when nothing is missing", () => {
    expect(installPlan([], linux)).toEqual({ action: "none" });
  });

  it("installs with apt-get as root, and with sudo -n when sudo needs no password", () => {
    const missing = missingTools({}, tools);
    const asRoot = installPlan(missing, { ...linux, isRoot: true });
    expect(asRoot).toEqual({
      action: "install",
      packages: ["chromium", "libreoffice-calc-nogui", "poppler-utils"],
      commands: [["apt-get", "update"], ["apt-get", "install", "-y", "--no-install-recommends", "chromium", "libreoffice-calc-nogui", "poppler-utils"]],
    });
    const withSudo = installPlan(missing, { ...linux, canSudo: true });
    expect(withSudo.action === "install" && withSudo.commands.every((c) => c[0] === "sudo" && c[1] === "-n")).toBe(true);
  });

  it("otherwise stops with the one command to run, each package once", () => {
    const twoFromOnePackage = [tool("a", "fonts-x", false), tool("b", "fonts-x", false)];
    expect(installPlan(twoFromOnePackage, linux)).toEqual({ action: "stop", command: "sudo apt-get update && sudo apt-get install -y --no-install-recommends fonts-x" });
    expect(installPlan(twoFromOnePackage, { ...linux, platform: "darwin", isRoot: true })).toEqual({ action: "stop", command: null });
  });

  it("finds every tool on this machine once npm test has run its set-up", () => {
    expect(missingTools(process.env).map((t) => t.id)).toEqual([]);
  });
});

describe("npm test's first step (scripts/ensure-test-tools.mjs)", () => {
  const root = `${__dirname}/../..`;

  it("stops at once, naming what is missing, where it cannot install", () => {
    const run = spawnSync(process.execPath, ["scripts/ensure-test-tools.mjs"], { cwd: root, encoding: "utf8", env: { PATH: "", CHROMIUM_PATH: "/nonexistent/chromium" } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Chromium (browser tests)");
    expect(run.stderr).toContain("THIDUA_SKIP_CHROMIUM=1");
  });

  it("runs before lint, the type check and Jest, and CI runs exactly npm test", () => {
    const pkg = JSON.parse(readFileSync(`${root}/package.json`, "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.test).toBe("node scripts/ensure-test-tools.mjs && eslint . && tsc --noEmit -p tsconfig.json && jest");
    const ci = readFileSync(`${root}/.ci/run`, "utf8").split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
    expect(ci.filter((l) => /\bnpm (test|run test)\b/.test(l))).toEqual(["npm test </dev/null"]);
  });
});
