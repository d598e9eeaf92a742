/**
 * Chromium for the e2e tests: Debian's /usr/bin/chromium (or $CHROMIUM_PATH) through playwright-core,
 * headless, never a downloaded browser. Every page is cut off from the network: requests that are not to
 * the local static server are aborted (and recorded), and the DNS resolver maps every other host to
 * "not found" as a second wall. Console errors, uncaught page errors and blocked requests are collected as
 * problems; a test fails on any problem that is not on its allow-list of known benign ones.
 */
import { existsSync } from "node:fs";
import { join, normalize, sep } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page, type Route } from "playwright-core";
import { requireChromium } from "./chromium";
import { REPO_ROOT } from "./paths";

/** Chromium flags: `--no-sandbox` only as root (Chromium refuses to start sandboxed as root). */
export function chromiumArgs(isRoot = process.getuid?.() === 0): string[] {
  return [
    ...(isRoot ? ["--no-sandbox"] : []),
    "--disable-background-networking",
    "--disable-dev-shm-usage",
    // Second wall behind the request routing: no host but 127.0.0.1 resolves, for the browser itself too.
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
  ];
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), headless: true, args: chromiumArgs() });
}

export type ProblemKind = "console-error" | "page-error" | "blocked-request";

export interface PageProblem {
  readonly kind: ProblemKind;
  readonly text: string;
  /** The resource the problem is about (console location or request URL), when known. */
  readonly url?: string;
}

/** A problem that is expected and harmless. Every given field must match; `reason` says why it is benign. */
export interface KnownBenign {
  readonly kind?: ProblemKind;
  readonly text?: RegExp;
  readonly url?: RegExp;
  readonly reason: string;
}

export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_JS_CDN_RE = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\//;
/** Local copy of the CDN folder, from the @microsoft/office-js package. */
export const OFFICE_JS_LOCAL_DIR = join(REPO_ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** taskpane.html outside Office with office.js blocked (what an offline machine sees). */
export const BENIGN_OFFICE_JS_BLOCKED: readonly KnownBenign[] = [
  { kind: "blocked-request", url: OFFICE_JS_CDN_RE, reason: "office.js from Microsoft's CDN is blocked: tests run offline" },
  { kind: "console-error", text: /^Failed to load resource/, url: OFFICE_JS_CDN_RE, reason: "Chromium logs the blocked office.js" },
];

/** taskpane.html outside Office with office.js served from the local npm copy. */
export const BENIGN_OFFICE_JS_MIRRORED: readonly KnownBenign[] = [
  {
    kind: "blocked-request",
    url: /^https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\//,
    reason: "office.js opens Microsoft's telemetry frame; blocked offline",
  },
];

export function isKnownBenign(p: PageProblem, list: readonly KnownBenign[]): boolean {
  return list.some((b) => {
    if (!b.text && !b.url) throw new Error(`KnownBenign "${b.reason}" must give text or url`);
    return (!b.kind || b.kind === p.kind) && (!b.text || b.text.test(p.text)) && (!b.url || b.url.test(p.url ?? ""));
  });
}

export function formatProblems(problems: readonly PageProblem[]): string {
  return problems.map((p) => `  - [${p.kind}] ${p.text}${p.url && !p.text.includes(p.url) ? `\n      at ${p.url}` : ""}`).join("\n");
}

export interface E2ePageOptions {
  /** Origin of the local static server, e.g. http://127.0.0.1:41234: the only place requests may go. */
  allowedOrigin: string;
  /** "blocked" (default): office.js fails to load, as offline. "mirrored": served from @microsoft/office-js. */
  officeJs?: "blocked" | "mirrored";
  knownBenign?: readonly KnownBenign[];
  viewport?: { width: number; height: number };
  /** Device pixels per CSS pixel (2 = a screen at 200 % scale); default 1. */
  deviceScaleFactor?: number;
  /** Browser locale (navigator.language); default vi-VN. */
  locale?: string;
}

export interface E2ePage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Everything collected so far, benign or not. */
  readonly problems: readonly PageProblem[];
  /** Problems not on the allow-list. */
  unexpectedProblems(): PageProblem[];
  /** Throws a readable error listing the unexpected problems, if any. */
  assertNoProblems(): void;
  close(): Promise<void>;
}

/** The task pane's size in Excel on Windows (default width ≈ 350 px). */
export const PANE_VIEWPORT = { width: 350, height: 800 };
export const WIDE_VIEWPORT = { width: 1280, height: 800 };

function mirroredOfficeJsFile(url: string): string | undefined {
  const rel = normalize(decodeURIComponent(new URL(url).pathname).slice("/lib/1/hosted/".length));
  if (rel.startsWith("..") || rel.includes(`${sep}..`)) return undefined;
  const file = join(OFFICE_JS_LOCAL_DIR, rel);
  return existsSync(file) ? file : undefined;
}

export async function openE2ePage(browser: Browser, options: E2ePageOptions): Promise<E2ePage> {
  const origin = new URL(options.allowedOrigin).origin;
  const benign = [...(options.officeJs === "mirrored" ? BENIGN_OFFICE_JS_MIRRORED : BENIGN_OFFICE_JS_BLOCKED), ...(options.knownBenign ?? [])];
  const context = await browser.newContext({
    viewport: options.viewport ?? PANE_VIEWPORT,
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: options.locale ?? "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    reducedMotion: "reduce",
    serviceWorkers: "block",
  });
  const problems: PageProblem[] = [];

  const isLocal = (url: string): boolean => {
    try {
      return new URL(url).origin === origin;
    } catch {
      return false;
    }
  };
  await context.route("**/*", async (route: Route) => {
    const req = route.request();
    const url = req.url();
    if (isLocal(url)) return route.continue();
    if (options.officeJs === "mirrored" && OFFICE_JS_CDN_RE.test(url)) {
      const file = mirroredOfficeJsFile(url);
      if (file) return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
    }
    problems.push({ kind: "blocked-request", text: `blocked ${req.method()} ${url} (not the local server)`, url });
    return route.abort("blockedbyclient");
  });
  await context.routeWebSocket(
    (u) => u.origin.replace(/^ws/, "http") !== origin,
    (ws) => {
      problems.push({ kind: "blocked-request", text: `blocked WebSocket ${ws.url()}`, url: ws.url() });
      return ws.close();
    },
  );
  context.on("console", (msg) => {
    if (msg.type() !== "error") return;
    const loc = msg.location();
    problems.push({ kind: "console-error", text: msg.text(), ...(loc.url ? { url: loc.url } : {}) });
  });
  context.on("weberror", (e) => {
    const err = e.error();
    problems.push({ kind: "page-error", text: `${err.name}: ${err.message}`, ...(e.page() ? { url: e.page()!.url() } : {}) });
  });

  const page = await context.newPage();
  const unexpectedProblems = () => problems.filter((p) => !isKnownBenign(p, benign));
  return {
    context,
    page,
    problems,
    unexpectedProblems,
    assertNoProblems() {
      const bad = unexpectedProblems();
      if (bad.length) {
        throw new Error(
          `The page reported ${bad.length} problem(s) (console errors, page errors or requests leaving the local server):\n` +
            `${formatProblems(bad)}\nIf one is expected and harmless, add it to the test's knownBenign list with a reason.`,
        );
      }
    },
    close: () => context.close(),
  };
}
