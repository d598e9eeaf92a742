// npm start
//  - Windows/macOS: office-addin-debugging starts the dev server and sideloads manifest.xml into Excel desktop.
//  - Linux (no Excel desktop): installs dev certificates if possible, runs the webpack dev server on
//    https://localhost:3000 and prints how to sideload into Excel on the web. Runs until Ctrl+C.
import { spawn } from "node:child_process";
import { ensureDevCerts } from "./lib/dev-certs.mjs";
import { isDevServerProcess, readDevServerPid, removeDevServerPid, writeDevServerPid } from "./lib/dev-server-pid.mjs";
import { runOfficeAddinDebugging } from "./lib/office-addin-debugging.mjs";
import { isPortFree } from "./lib/port-check.mjs";
import { DEV_SERVER_PORT, DEV_SERVER_URL, ROOT, packageBin } from "./lib/project-paths.mjs";
import { sideloadBanner } from "./lib/sideload-banner.mjs";
import { waitForHttps } from "./lib/wait-for-https.mjs";

function fail(message) {
  console.error(`[thidua] ${message}`);
  process.exit(1);
}

async function checkNothingRunning() {
  const pid = readDevServerPid();
  if (pid && isDevServerProcess(pid)) fail(`A ThiDua dev server is already running (pid ${pid}). Stop it with: npm run stop`);
  if (pid) removeDevServerPid(); // stale pid file
  if (!(await isPortFree(DEV_SERVER_PORT))) {
    fail(`Port ${DEV_SERVER_PORT} is busy. Stop whatever uses it (e.g. \`npm run stop\`, or find it with \`lsof -i :${DEV_SERVER_PORT}\`) and retry.`);
  }
}

async function prepareCertificates() {
  console.log("[thidua] Checking the Office dev certificates for https://localhost ...");
  const { ok, detail } = await ensureDevCerts();
  if (ok) {
    console.log("[thidua] Office dev certificates are installed and trusted.");
    return false;
  }
  console.warn(
    [
      "[thidua] Could not install the Office dev certificates (office-addin-dev-certs):",
      `[thidua]   ${detail.split("\n").slice(-1)[0]}`,
      "[thidua] Continuing with a self-signed certificate from webpack-dev-server. To trust localhost later,",
      "[thidua] run `npx office-addin-dev-certs install` in a terminal (it may ask for your sudo password).",
    ].join("\n"),
  );
  return true;
}

function startDevServer(selfSigned) {
  const webpackCli = packageBin("webpack-cli/bin/cli.js");
  const env = { ...process.env, ...(selfSigned ? { THIDUA_SELF_SIGNED_HTTPS: "1" } : {}) };
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], { cwd: ROOT, env, stdio: "inherit" });
  writeDevServerPid(server.pid);
  return server;
}

async function startOnLinux() {
  await checkNothingRunning();
  const selfSigned = await prepareCertificates();
  const server = startDevServer(selfSigned);
  let running = true;

  const stop = (signal) => {
    if (running) server.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  server.on("exit", (code, signal) => {
    running = false;
    removeDevServerPid();
    console.log(`[thidua] Dev server stopped${signal ? ` (${signal})` : ""}.`);
    process.exit(signal ? 0 : (code ?? 0));
  });

  if (await waitForHttps(`${DEV_SERVER_URL}/manifest.xml`, { stillWaiting: () => running })) {
    console.log(sideloadBanner({ selfSigned }));
  } else if (running) {
    console.error(`[thidua] The dev server did not answer on ${DEV_SERVER_URL} yet; see the webpack output above.`);
  }
}

if (process.platform === "win32" || process.platform === "darwin") {
  runOfficeAddinDebugging("start", process.argv.slice(2));
} else {
  await startOnLinux();
}
