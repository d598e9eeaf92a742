// Paths and URLs shared by scripts/start.mjs and scripts/stop.mjs.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const MANIFEST = "manifest.xml";
export const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
export const DEV_SERVER_URL = `https://localhost:${DEV_SERVER_PORT}`;
export const PID_FILE = join(ROOT, "node_modules", ".cache", "thidua", "dev-server.pid");

/** Absolute path of a package's JS entry inside node_modules (run it with process.execPath, no shell). */
export function packageBin(relativePath) {
  return join(ROOT, "node_modules", relativePath);
}
