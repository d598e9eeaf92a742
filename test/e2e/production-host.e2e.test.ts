/**
 * The production build served as an organisation would (README, "Deploying for your organisation"): dist/ is
 * built for E2E_PUBLIC_BASE_URL (a name that is not this machine), served over HTTPS, and Chromium reaches it
 * by that name (--host-resolver-rules maps it to the local server). Every URL of dist/manifest.xml must load
 * with the right content type, and the pane Excel opens (SourceLocation) must start.
 */
import selfsigned from "selfsigned";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { validateManifestXml } from "../../scripts/lib/validate-manifest.cjs";
import { t } from "../../src/taskpane/i18n/strings";
import { OFFICE_READY_TIMEOUT_MS } from "../../src/taskpane/office/detect-office-host";
import { allUrls } from "../manifest/manifest-reader";
import { chromiumArgs } from "./support/browser";
import { assertBuildPresent } from "./support/build";
import { requireChromium } from "./support/chromium";
import { describeWithChromium } from "./support/jest-e2e";
import { DIST_DIR, E2E_PUBLIC_BASE_URL } from "./support/paths";
import { startStaticServer, type StaticServer } from "./support/server";

const host = new URL(E2E_PUBLIC_BASE_URL).hostname;

async function certificateFor(name: string): Promise<{ key: string; cert: string }> {
  const pems = await selfsigned.generate([{ name: "commonName", value: name }], {
    keyType: "ec",
    algorithm: "sha256",
    extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: name }] }],
  });
  return { key: pems.private, cert: pems.cert };
}

describeWithChromium("the production build, served from the organisation's HTTPS address", () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const blocked: string[] = [];
  let manifest = "";

  beforeAll(async () => {
    assertBuildPresent();
    manifest = readFileSync(join(DIST_DIR, "manifest.xml"), "utf8");
    server = await startStaticServer({ tls: await certificateFor(host) });
    const args = chromiumArgs().filter((a) => !a.startsWith("--host-resolver-rules="));
    args.push(`--host-resolver-rules=MAP ${host}:443 127.0.0.1:${server.port}, MAP * ~NOTFOUND`);
    browser = await chromium.launch({ executablePath: requireChromium(), headless: true, args });
    context = await browser.newContext({ ignoreHTTPSErrors: true, locale: "vi-VN", serviceWorkers: "block" });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(`${E2E_PUBLIC_BASE_URL}/`)) return route.continue();
      blocked.push(url);
      return route.abort("blockedbyclient");
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("has a manifest that names only that address, with a SupportUrl, and validates", async () => {
    const urls = allUrls(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(9);
    for (const url of urls) expect(url.startsWith(`${E2E_PUBLIC_BASE_URL}/`)).toBe(true);
    expect(manifest).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(manifest).toContain(`<SupportUrl DefaultValue="${E2E_PUBLIC_BASE_URL}/support.html"/>`);
    expect(await validateManifestXml(manifest, "dist/manifest.xml")).toEqual({ valid: true, errors: [] });
  });

  it("serves every URL of the manifest by that name over HTTPS, each with its content type", async () => {
    const page = await context.newPage();
    for (const url of [...new Set(allUrls(manifest))]) {
      const response = await page.goto(url);
      expect([url, response?.status()]).toEqual([url, 200]);
      const type = response?.headers()["content-type"] ?? "";
      expect([url, type]).toEqual([url, url.endsWith(".png") ? "image/png" : "text/html; charset=utf-8"]);
    }
    await page.goto(`${E2E_PUBLIC_BASE_URL}/support.html`);
    expect(await page.getByRole("heading", { level: 1 }).first().textContent()).toContain("ThiDua");
    await page.close();
    expect(server.log.length).toBeGreaterThan(0); // the pages came from the local server, by the public name
  });

  it("starts the pane Excel opens (SourceLocation), from that address", async () => {
    const source = /<SourceLocation DefaultValue="([^"]+)"/.exec(manifest)?.[1];
    expect(source).toBe(`${E2E_PUBLIC_BASE_URL}/taskpane.html`);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(source!);
    // Outside Excel (office.js from Microsoft's CDN is blocked offline) the pane explains how to open it in Excel.
    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor({ state: "visible", timeout: OFFICE_READY_TIMEOUT_MS + 10_000 });
    expect(await heading.textContent()).toContain(t("vi", "openInExcel.title"));
    expect(errors).toEqual([]);
    expect(blocked.filter((u) => !u.startsWith("https://appsforoffice.microsoft.com/"))).toEqual([]);
    await page.close();
  });
});
