// Runs `office-addin-debugging <command> manifest.xml` (Windows/macOS: sideload into Excel desktop).
import { spawn } from "node:child_process";
import { MANIFEST, ROOT, packageBin } from "./project-paths.mjs";

export function runOfficeAddinDebugging(command, extraArgs = []) {
  const cli = packageBin("office-addin-debugging/cli.js");
  const child = spawn(process.execPath, [cli, command, MANIFEST, ...extraArgs], { cwd: ROOT, stdio: "inherit" });
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  child.on("error", (error) => {
    console.error(`[thidua] Could not run office-addin-debugging: ${error.message}`);
    process.exit(1);
  });
}
