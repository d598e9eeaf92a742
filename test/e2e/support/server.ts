/**
 * A static HTTP server for dist/ (node:http, no dependency) on 127.0.0.1 with a random port; HTTPS when
 * given a key and certificate (the production-host test serves dist/ as an organisation would).
 * GET/HEAD only; correct content types with `nosniff`, so a wrongly typed script fails like it would in
 * production; no caching; never serves a file outside its root. /manifest.xml comes from dist/ when the
 * build copied it there, else from the repository root.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { DIST_DIR, REPO_ROOT } from "./paths";

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  readonly origin: string;
  readonly port: number;
  /** Absolute URL of a path on this server: url("taskpane.html?lang=en"). */
  url(path: string): string;
  /** Every request served, as "GET /taskpane.html 200", in order (handy when a test fails). */
  readonly log: readonly string[];
  close(): Promise<void>;
}

export interface StaticServerOptions {
  root?: string;
  /** File served at /manifest.xml when root has none. */
  manifestFallback?: string;
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string; cert: string };
}

function fileIn(root: string, urlPath: string): string | undefined {
  const full = resolve(root, "." + urlPath);
  return full === root || full.startsWith(root + sep) ? full : undefined;
}

function isFile(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

export function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? DIST_DIR);
  const manifestFallback = options.manifestFallback ?? join(REPO_ROOT, "manifest.xml");
  const log: string[] = [];

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const finish = (status: number, text: string): void => {
      log.push(`${req.method} ${req.url} ${status}`);
      res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : text);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return finish(405, "Method not allowed");
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      return finish(400, "Bad URL encoding");
    }
    if (urlPath.includes("\0")) return finish(400, "Bad path");
    let file = fileIn(root, urlPath);
    if (!file) return finish(403, "Outside the served folder");
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, "index.html");
    if (!isFile(file) && urlPath === "/manifest.xml" && isFile(manifestFallback)) file = manifestFallback;
    if (!isFile(file)) return finish(404, `Not found: ${urlPath}`);

    const size = statSync(file).size;
    log.push(`${req.method} ${req.url} 200`);
    res.writeHead(200, {
      "Content-Type": contentTypeFor(file),
      "Content-Length": size,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") return void res.end();
    const stream = createReadStream(file);
    stream.on("error", (e) => res.destroy(e));
    stream.pipe(res);
  };

  const server = options.tls ? createHttpsServer(options.tls, handle) : createServer(handle);
  return new Promise((resolveStart, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      const origin = `${options.tls ? "https" : "http"}://127.0.0.1:${port}`;
      resolveStart({
        origin,
        port,
        log,
        url: (path) => new URL(path.replace(/^\/+/, ""), origin + "/").href,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((e) => (e ? fail(e) : done()));
          }),
      });
    });
  });
}
