/**
 * Task pane figures (printed, never asserted; the lead registers these in bench/run.ts):
 *
 *  (a) Initial JavaScript size: the scripts dist/taskpane.html loads at start, gzip-compressed (zlib
 *      default level 6, what a web server would send), against the 250 KB budget. Office.js from
 *      Microsoft's CDN is listed on its own (measured from the @microsoft/office-js copy), outside the
 *      budget. JavaScript files no page loads at start (webpack's lazy chunks) are listed separately.
 *  (b) Time to first render in Chromium (Debian's /usr/bin/chromium, see test/e2e/support): each page is
 *      loaded N times, each time in a fresh browser context (cold cache), from the local static server.
 *      Measured from navigation start: first contentful paint, and the first animation frame after the
 *      pane's root element is in the DOM and has a size. Median and p90, at CPU 1× and 4× slower (CDP
 *      Emulation.setCPUThrottlingRate, to mimic slow office machines).
 *
 * Needs a production build: runPaneBench() makes one when dist/ is stale (same rule as the e2e tests).
 * THIDUA_BENCH_PANE_RUNS sets N (default 10).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { DIST_DIR, OFFICE_JS_CDN, OFFICE_JS_LOCAL_DIR, ensureFreshBuild, launchChromium, openE2ePage, startStaticServer } from "../test/e2e/support";
import type { BenchFigure } from "./domainBench";

export const INITIAL_JS_BUDGET_KB = 250;

const gzipKb = (bytes: Buffer): number => gzipSync(bytes).length / 1024;

/** src attributes of the <script> tags of an HTML page (quoted or not, as html-webpack-plugin minifies). */
export function scriptSources(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const m = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const src = m?.[1] ?? m?.[2] ?? m?.[3];
    if (src) out.push(src);
  }
  return out;
}

const isExternal = (src: string): boolean => /^(https?:)?\/\//i.test(src);
const localPath = (src: string): string => src.split(/[?#]/)[0]!.replace(/^\.?\//, "");

/** The page's own start scripts (not from another host), as paths inside dist/. */
export function localStartScripts(html: string): string[] {
  return scriptSources(html).filter((s) => !isExternal(s)).map(localPath);
}

function jsFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsFilesUnder(p));
    else if (name.endsWith(".js")) out.push(relative(DIST_DIR, p).split("\\").join("/"));
  }
  return out;
}

/** (a) Initial task-pane JavaScript, gzip. */
export function runPaneSizeBench(dist = DIST_DIR): BenchFigure[] {
  const pageHtml = (name: string) => readFileSync(join(dist, name), "utf8");
  const html = pageHtml("taskpane.html");
  const srcs = scriptSources(html);
  const local = localStartScripts(html);
  const external = srcs.filter(isExternal);

  const figures: BenchFigure[] = [];
  let total = 0;
  for (const file of local) {
    const kb = gzipKb(readFileSync(join(dist, file)));
    total += kb;
    figures.push({ name: `pane JS at start: ${file} (gzip)`, value: kb, unit: "KB" });
  }
  figures.unshift({
    name: `pane JS at start: taskpane.html's own scripts, ${local.length} file(s) (gzip)`,
    value: total,
    unit: "KB",
    target: `≤ ${INITIAL_JS_BUDGET_KB} KB`,
  });
  for (const src of external) {
    const absolute = src.startsWith("//") ? `https:${src}` : src;
    if (absolute.startsWith(OFFICE_JS_CDN)) {
      const file = join(OFFICE_JS_LOCAL_DIR, absolute.slice(OFFICE_JS_CDN.length));
      figures.push({ name: `pane JS at start: ${src} (Microsoft CDN, not in the budget; npm copy, gzip)`, value: gzipKb(readFileSync(file)), unit: "KB" });
    } else {
      figures.push({ name: `pane JS at start: ${src} (external, not measured)`, value: 0, unit: "KB" });
    }
  }

  // Every page's start-up scripts; any other .js in dist/ is only ever loaded on demand.
  const startScripts = new Set(
    readdirSync(dist)
      .filter((n) => n.endsWith(".html"))
      .flatMap((n) => scriptSources(pageHtml(n)))
      .filter((s) => !isExternal(s))
      .map(localPath),
  );
  const lazy = jsFilesUnder(dist).filter((f) => !startScripts.has(f)).sort();
  let lazyTotal = 0;
  for (const file of lazy) {
    const kb = gzipKb(readFileSync(join(dist, file)));
    lazyTotal += kb;
    figures.push({ name: `lazy chunk (no page loads it at start): ${file} (gzip)`, value: kb, unit: "KB" });
  }
  figures.push({ name: `lazy chunks: ${lazy.length} file(s) in total (gzip)`, value: lazyTotal, unit: "KB" });
  return figures;
}

export interface RenderTarget {
  readonly label: string;
  /** Path on the static server, e.g. "taskpane.html". */
  readonly path: string;
  readonly officeJs: "blocked" | "mirrored";
  /** CSS selector of the pane's root element; default: the first React render (Fluent provider in #container). */
  readonly rootSelector?: string;
  readonly viewport?: { width: number; height: number };
}

export const DEFAULT_ROOT_SELECTOR = "#container .fui-FluentProvider";

export const DEFAULT_RENDER_TARGETS: readonly RenderTarget[] = [
  { label: "taskpane.html, office.js blocked (our code only)", path: "taskpane.html", officeJs: "blocked" },
  { label: "taskpane.html, office.js served locally", path: "taskpane.html", officeJs: "mirrored" },
  { label: "preview.html", path: "preview.html", officeJs: "blocked", viewport: { width: 1280, height: 800 } },
];

interface RenderSample {
  fcp: number;
  rootVisible: number;
}

/**
 * Installed before any page script: notes when the root element first exists with a size, then the next
 * frame. A plain JS string on purpose: tsx/esbuild would wrap a TS function with `__name(...)` helpers that
 * do not exist in the page.
 */
function rootWatchScript(selector: string): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  const state = (window.__paneBench = {});
  const check = () => {
    const el = document.querySelector(selector);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    state.mountedAt = performance.now();
    requestAnimationFrame(() => { state.frameAt = performance.now(); });
    return true;
  };
  const obs = new MutationObserver(() => { if (check()) obs.disconnect(); });
  obs.observe(document, { childList: true, subtree: true });
})();`;
}

async function sampleOnce(browser: Browser, origin: string, target: RenderTarget, cpuRate: number): Promise<RenderSample> {
  const p = await openE2ePage(browser, { allowedOrigin: origin, officeJs: target.officeJs, ...(target.viewport ? { viewport: target.viewport } : {}) });
  try {
    const cdp = await p.context.newCDPSession(p.page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuRate });
    await p.page.addInitScript({ content: rootWatchScript(target.rootSelector ?? DEFAULT_ROOT_SELECTOR) });
    await p.page.goto(`${origin}/${target.path}`, { waitUntil: "load" });
    await p.page.waitForFunction(
      () => {
        const b = (window as unknown as { __paneBench?: { frameAt?: number } }).__paneBench;
        const fcp = performance.getEntriesByName("first-contentful-paint").length > 0;
        return b?.frameAt !== undefined && fcp;
      },
      undefined,
      { timeout: 60_000 },
    );
    const sample = await p.page.evaluate(() => ({
      fcp: performance.getEntriesByName("first-contentful-paint")[0]!.startTime,
      rootVisible: (window as unknown as { __paneBench: { frameAt: number } }).__paneBench.frameAt,
    }));
    p.assertNoProblems(); // a page that errors is not a page worth timing
    return sample;
  } finally {
    await p.close();
  }
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) throw new Error("percentile of an empty list");
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface RenderBenchOptions {
  runs?: number;
  cpuRates?: readonly number[];
  targets?: readonly RenderTarget[];
}

/** (b) Time to first render in Chromium. Needs dist/ built (see runPaneBench). */
export async function runPaneRenderBench(options: RenderBenchOptions = {}): Promise<BenchFigure[]> {
  const runs = options.runs ?? Number(process.env.THIDUA_BENCH_PANE_RUNS ?? 10);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`THIDUA_BENCH_PANE_RUNS must be a positive integer (got ${runs})`);
  const cpuRates = options.cpuRates ?? [1, 4];
  const targets = options.targets ?? DEFAULT_RENDER_TARGETS;
  const server = await startStaticServer();
  const browser = await launchChromium();
  const figures: BenchFigure[] = [];
  try {
    for (const rate of cpuRates) {
      for (const target of targets) {
        await sampleOnce(browser, server.origin, target, rate); // warm-up: Chromium's own first-run costs
        const samples: RenderSample[] = [];
        for (let i = 0; i < runs; i++) samples.push(await sampleOnce(browser, server.origin, target, rate));
        const fcp = samples.map((s) => s.fcp).sort((a, b) => a - b);
        const root = samples.map((s) => s.rootVisible).sort((a, b) => a - b);
        const where = `${target.label}, CPU ${rate}× slower, ${runs} cold loads`;
        figures.push(
          { name: `pane render: first contentful paint, median (${where})`, value: percentile(fcp, 50), unit: "ms" },
          { name: `pane render: first contentful paint, p90 (${where})`, value: percentile(fcp, 90), unit: "ms" },
          { name: `pane render: pane root visible, median (${where})`, value: percentile(root, 50), unit: "ms" },
          { name: `pane render: pane root visible, p90 (${where})`, value: percentile(root, 90), unit: "ms" },
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

/** Both pane figures, after making sure dist/ is a fresh production build. */
export async function runPaneBench(options: RenderBenchOptions = {}): Promise<BenchFigure[]> {
  await ensureFreshBuild();
  return [...runPaneSizeBench(), ...(await runPaneRenderBench(options))];
}
