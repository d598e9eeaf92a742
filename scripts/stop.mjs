// npm run stop
//  - Windows/macOS: office-addin-debugging stops debugging and unregisters manifest.xml.
//  - Linux: stops the dev server started by `npm start` (pid file in node_modules/.cache/thidua/).
import { isAlive, isDevServerProcess, readDevServerPid, removeDevServerPid } from "./lib/dev-server-pid.mjs";
import { runOfficeAddinDebugging } from "./lib/office-addin-debugging.mjs";

const GRACE_MS = 10_000;

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isAlive(pid);
}

async function stopOnLinux() {
  const pid = readDevServerPid();
  if (!pid || !isDevServerProcess(pid)) {
    removeDevServerPid();
    console.log("[thidua] No ThiDua dev server is running.");
    return;
  }
  process.kill(pid, "SIGTERM");
  if (!(await waitForExit(pid, GRACE_MS))) {
    console.warn(`[thidua] Dev server (pid ${pid}) ignored SIGTERM; killing it.`);
    process.kill(pid, "SIGKILL");
    await waitForExit(pid, 2000);
  }
  removeDevServerPid();
  console.log(`[thidua] Stopped the ThiDua dev server (pid ${pid}).`);
}

if (process.platform === "win32" || process.platform === "darwin") {
  runOfficeAddinDebugging("stop", process.argv.slice(2));
} else {
  await stopOnLinux();
}
