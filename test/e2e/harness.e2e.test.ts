/**
 * The e2e harness itself: skip rule, build freshness, static server, network isolation, problem
 * collection with its allow-list, axe filtering, keyboard walk, screenshots. If these pass, a green e2e
 * test means what it says.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  BENIGN_OFFICE_JS_BLOCKED,
  BUILD_ERROR_ENV,
  assertBuildPresent,
  ChromiumNotFoundError,
  StepScreenshots,
  chromiumArgs,
  chromiumSkipReason,
  contentTypeFor,
  isKnownBenign,
  newestBuildInput,
  publishReadmeImage,
  requireChromium,
  seriousAxeViolations,
  slugify,
  startStaticServer,
  webpackErrorSummary,
  type StaticServer,
} from "./support";
import { describeWithChromium, useE2eHarness } from "./support/jest-e2e";
import { keyboardReport } from "./support/keyboard";
import { hasPreviewHook, previewWorkbook } from "./support/preview";

describe("chromium skip rule", () => {
  const missing = "/nonexistent/chromium";
  it("skips only when THIDUA_SKIP_CHROMIUM=1 and Chromium is absent", () => {
    expect(chromiumSkipReason({ CHROMIUM_PATH: missing, THIDUA_SKIP_CHROMIUM: "1" })).toMatch(/skipped/);
    expect(chromiumSkipReason({ CHROMIUM_PATH: missing })).toBeUndefined();
    expect(chromiumSkipReason({ CHROMIUM_PATH: process.execPath, THIDUA_SKIP_CHROMIUM: "1" })).toBeUndefined();
  });
  it("fails loudly, with the install command, when Chromium is absent and no skip is asked", () => {
    expect(() => requireChromium({ CHROMIUM_PATH: missing })).toThrow(ChromiumNotFoundError);
    expect(() => requireChromium({ CHROMIUM_PATH: missing })).toThrow(/apt-get install -y chromium/);
  });
  it("passes --no-sandbox only as root", () => {
    expect(chromiumArgs(true)).toContain("--no-sandbox");
    expect(chromiumArgs(false)).not.toContain("--no-sandbox");
    expect(chromiumArgs(false)).toEqual(expect.arrayContaining(["--disable-background-networking", "--disable-dev-shm-usage"]));
  });
});

describe("build freshness", () => {
  it("finds the newest build input, including nested files and manifest*.xml", () => {
    const root = mkdtempSync(join(tmpdir(), "thidua-e2e-build-"));
    try {
      mkdirSync(join(root, "src", "a", "b"), { recursive: true });
      writeFileSync(join(root, "src", "a", "b", "deep.ts"), "");
      writeFileSync(join(root, "manifest.prod.xml"), "");
      writeFileSync(join(root, "webpack.config.js"), "");
      const t = Date.now() / 1000;
      utimesSync(join(root, "webpack.config.js"), t - 300, t - 300);
      utimesSync(join(root, "manifest.prod.xml"), t - 200, t - 200);
      utimesSync(join(root, "src", "a", "b", "deep.ts"), t - 100, t - 100);
      expect(newestBuildInput(root).path).toBe(join("src", "a", "b", "deep.ts"));
      utimesSync(join(root, "manifest.prod.xml"), t, t);
      expect(newestBuildInput(root).path).toBe("manifest.prod.xml");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("build failure reporting", () => {
  it("fails e2e tests with the webpack errors globalSetup recorded", () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-e2e-builderr-"));
    try {
      const file = join(dir, "err.txt");
      writeFileSync(file, "ERROR in ./src/x.ts\nModule not found");
      expect(() => assertBuildPresent({ [BUILD_ERROR_ENV]: file })).toThrow(/build for this test run failed[\s\S]*Module not found/);
      expect(() => assertBuildPresent({ [BUILD_ERROR_ENV]: join(dir, "absent.txt") })).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("static server", () => {
  let root: string;
  let server: StaticServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "thidua-e2e-server-"));
    writeFileSync(join(root, "page.html"), "<!doctype html><title>t</title>");
    writeFileSync(join(root, "app.js"), "1");
    writeFileSync(join(root, "tên có dấu.png"), "png");
    writeFileSync(join(root, "..secret"), "no");
    const manifest = join(root, "..", `${root.split("/").pop()}-manifest.xml`);
    writeFileSync(manifest, "<OfficeApp/>");
    server = await startStaticServer({ root, manifestFallback: manifest });
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(`${root}-manifest.xml`, { force: true });
  });

  it("listens on 127.0.0.1 with a random port", () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
    expect(server.url("/page.html?lang=en")).toBe(`${server.origin}/page.html?lang=en`);
  });
  it("serves files with their content type, nosniff and no caching", async () => {
    const html = await fetch(server.url("page.html"));
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.headers.get("x-content-type-options")).toBe("nosniff");
    expect(html.headers.get("cache-control")).toBe("no-store");
    expect((await fetch(server.url("app.js"))).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const png = await fetch(server.url(encodeURIComponent("tên có dấu.png")));
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(await png.text()).toBe("png");
  });
  it("serves /manifest.xml from the fallback when the root has none", async () => {
    const r = await fetch(server.url("manifest.xml"));
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    expect(await r.text()).toBe("<OfficeApp/>");
  });
  it("answers 404 for missing files, 405 for other methods, and never leaves its root", async () => {
    expect((await fetch(server.url("nope.js"))).status).toBe(404);
    expect((await fetch(server.url("page.html"), { method: "POST" })).status).toBe(405);
    // fetch() normalises "..", so send the raw path through node:http.
    const { request } = await import("node:http");
    const raw = (path: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port: server.port, path }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
    // Dot segments are resolved by the URL parser (so they stay inside the root); encoded slashes are not,
    // and must be refused by the server itself.
    expect(await raw("/../package.json")).toBe(404);
    expect(await raw("/%2e%2e/%2e%2e/etc/passwd")).toBe(404);
    expect(await raw("/..%2F..%2Fetc%2Fpasswd")).toBe(403);
    expect(await raw("/..%5C..%5Cetc%5Cpasswd")).toBe(404); // a backslash is an ordinary file-name character here
    expect(await raw("/%E0%A4%A")).toBe(400);
    expect(await raw("/..secret")).toBe(200); // a name starting with dots inside the root is fine
  });
  it("maps extensions to content types", () => {
    expect(contentTypeFor("a/b.SVG")).toBe("image/svg+xml");
    expect(contentTypeFor("x.unknown")).toBe("application/octet-stream");
  });
});

describe("allow-list of known benign problems", () => {
  it("matches every given field", () => {
    const blocked = { kind: "blocked-request" as const, text: "blocked GET …", url: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js" };
    expect(isKnownBenign(blocked, BENIGN_OFFICE_JS_BLOCKED)).toBe(true);
    expect(isKnownBenign({ ...blocked, url: "https://example.com/x.js" }, BENIGN_OFFICE_JS_BLOCKED)).toBe(false);
    expect(isKnownBenign({ kind: "page-error", text: "TypeError", url: blocked.url }, BENIGN_OFFICE_JS_BLOCKED)).toBe(false);
    expect(() => isKnownBenign(blocked, [{ reason: "matches everything" }])).toThrow(/must give text or url/);
  });
});

describe("artifacts", () => {
  it("slugifies Vietnamese test names", () => {
    expect(slugify("Mở ThiDua bên trong Excel (vi) — Đường")).toBe("mo-thidua-ben-trong-excel-vi-duong");
    expect(slugify("???")).toBe("unnamed");
  });
  it("copies README images only when THIDUA_UPDATE_README_IMAGES=1", () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-e2e-img-"));
    try {
      const shot = join(dir, "01-x.png");
      writeFileSync(shot, "img");
      expect(publishReadmeImage(shot, "x.png", {}, join(dir, "out"))).toBeUndefined();
      expect(existsSync(join(dir, "out", "x.png"))).toBe(false);
      expect(publishReadmeImage(shot, "x.png", { THIDUA_UPDATE_README_IMAGES: "1" }, join(dir, "out"))).toBe(join(dir, "out", "x.png"));
      expect(readFileSync(join(dir, "out", "x.png"), "utf8")).toBe("img");
      expect(() => publishReadmeImage(shot, "../x.png", { THIDUA_UPDATE_README_IMAGES: "1" }, dir)).toThrow(/plain file name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeWithChromium("browser harness in Chromium", () => {
  const e2e = useE2eHarness();

  it("blocks every request that is not to the local server and records it", async () => {
    const p = await e2e.open();
    await p.page.goto(e2e.server.url("manifest.xml"));
    const outcome = await p.page.evaluate(async () => {
      try {
        await fetch("https://example.com/");
        return "reached the network";
      } catch (e) {
        return `failed: ${String(e)}`;
      }
    });
    expect(outcome).toMatch(/^failed/);
    const unexpected = p.unexpectedProblems();
    expect(unexpected.map((x) => x.kind)).toContain("blocked-request");
    expect(unexpected.some((x) => x.url === "https://example.com/")).toBe(true);
    expect(() => p.assertNoProblems()).toThrow(/example\.com/);
    (p.problems as unknown[]).length = 0; // handled here: keep afterEach's check for the other tests
  });

  it("collects console errors and uncaught page errors, and honours the allow-list", async () => {
    const p = await e2e.open({ knownBenign: [{ kind: "console-error", text: /^benign: /, reason: "seeded by this test" }] });
    await p.page.goto(e2e.server.url("manifest.xml"));
    await p.page.evaluate(() => {
      console.error("benign: expected");
      console.error("boom from console");
      setTimeout(() => {
        throw new RangeError("boom uncaught");
      }, 0);
    });
    await p.page.waitForTimeout(100);
    const texts = p.unexpectedProblems().map((x) => `${x.kind}: ${x.text}`);
    expect(texts).toEqual(["console-error: boom from console", "page-error: RangeError: boom uncaught"]);
    expect(p.problems).toHaveLength(3);
    (p.problems as unknown[]).length = 0;
  });

  it("axe returns serious/critical violations only, readably", async () => {
    const p = await e2e.open();
    // Seeded faults: an image without alt (critical), a button without a name (critical),
    // grey-on-white text (serious), and no main landmark (moderate: must NOT be reported).
    await p.page.setContent(
      '<!doctype html><html lang="vi"><head><title>axe</title></head><body>' +
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10"><button></button>' +
        '<p style="color:#bbb;background:#fff">Chữ mờ</p></body></html>',
    );
    const violations = await seriousAxeViolations(p.page);
    const ids = violations.map((v) => v.split(":")[0]);
    expect(ids).toEqual(expect.arrayContaining(["[critical] image-alt", "[critical] button-name", "[serious] color-contrast"]));
    expect(violations.join("\n")).not.toMatch(/landmark-one-main|region/);
    expect(violations.find((v) => v.includes("image-alt"))).toMatch(/https:\/\/dequeuniversity\.com\/.*\n {4}at img/);
    expect(await seriousAxeViolations(p.page, { disableRules: ["image-alt", "button-name", "color-contrast"] })).toEqual([]);
  });

  it("walks the tab order and reports focusable elements Tab never reaches", async () => {
    const p = await e2e.open();
    await p.page.setContent(
      '<!doctype html><title>k</title><a href="#a">Một</a><button>Hai</button>' +
        '<span tabindex="0">Ba</span><button tabindex="-1">Bỏ qua</button>' +
        '<div inert><button>Trơ</button></div><a href="#x" style="display:none">Ẩn</a>',
    );
    const r = await keyboardReport(p.page);
    expect(r.focusableCount).toBe(3);
    expect(r.tabOrder).toEqual(['a "Một"', 'button "Hai"', 'span "Ba"']);
    expect(r.unreachable).toEqual([]);
    // A focus trap: the first button sends focus back to itself, so the link after it is never reached.
    await p.page.setContent(
      '<!doctype html><title>k</title><button id="t">Bẫy</button><a href="#b">Sau bẫy</a>' +
        "<script>document.getElementById('t').addEventListener('keydown', e => { if (e.key === 'Tab') e.preventDefault(); });</script>",
    );
    const trapped = await keyboardReport(p.page, 10);
    expect(trapped.unreachable).toEqual(['a "Sau bẫy"']);
  });

  it("saves numbered screenshots under test-artifacts/e2e/<test>/", async () => {
    const p = await e2e.open();
    await p.page.goto(e2e.server.url("manifest.xml"));
    const shots = new StepScreenshots("harness screenshot check");
    const a = await shots.take(p.page, "Bước một");
    const b = await shots.take(p.page, "second");
    expect(a).toMatch(/test-artifacts\/e2e\/harness-screenshot-check\/01-buoc-mot\.png$/);
    expect(b).toMatch(/02-second\.png$/);
    expect(readFileSync(a).subarray(1, 4).toString()).toBe("PNG");
    rmSync(shots.dir, { recursive: true, force: true });
  });
});

describe("webpack error summary", () => {
  it("keeps the ERROR blocks' first lines and the summary, not the resolver trace", () => {
    const trace = Array.from({ length: 50 }, (_, i) => `  resolver line ${i}`).join("\n");
    const out = `assets by status 1 KiB\n\nERROR in ./src/a.tsx 2:0-40\nModule not found: Error: Can't resolve '../x'\n${trace}\n\nERROR in ./src/b.ts\nTS2304: nope\n\nwebpack 5.112.2 compiled with 2 errors in 100 ms\n`;
    const s = webpackErrorSummary(out, 3);
    expect(s).toContain("ERROR in ./src/a.tsx 2:0-40\nModule not found: Error: Can't resolve '../x'\n  resolver line 0\n  …");
    expect(s).toContain("ERROR in ./src/b.ts\nTS2304: nope");
    expect(s).not.toContain("resolver line 1\n");
    expect(s.endsWith("webpack 5.112.2 compiled with 2 errors in 100 ms")).toBe(true);
    expect(webpackErrorSummary("just noise")).toBe("just noise");
  });
});

describeWithChromium("preview hook wrapper", () => {
  const e2e = useE2eHarness();
  it("reads values and formulas through window.__thiduaPreview, and waits for it", async () => {
    const { page } = await e2e.open();
    await page.setContent("<!doctype html><title>p</title>");
    expect(await hasPreviewHook(page)).toBe(false);
    await page.evaluate(() =>
      setTimeout(() => {
        const cells: Record<string, { v: unknown; f?: string }> = { "Xếp hạng!B3": { v: 2, f: "=RANK.EQ(A3,A$3:A$9,0)" }, "Xếp hạng!A3": { v: "Đơn vị 1" } };
        (window as unknown as { __thiduaPreview: unknown }).__thiduaPreview = {
          valueAt: (s: string, c: string) => cells[`${s}!${c}`]?.v,
          formulaAt: (s: string, c: string) => cells[`${s}!${c}`]?.f,
        };
      }, 200),
    );
    const wb = await previewWorkbook(page);
    expect(await wb.valueAt("Xếp hạng", "B3")).toBe(2);
    expect(await wb.valueAt("Xếp hạng", "A3")).toBe("Đơn vị 1");
    expect(await wb.valueAt("Xếp hạng", "Z99")).toBeUndefined();
    expect(await wb.formulaAt("Xếp hạng", "B3")).toBe("=RANK.EQ(A3,A$3:A$9,0)");
    expect(await wb.formulaAt("Xếp hạng", "A3")).toBeUndefined();
    await expect(previewWorkbook(await (await e2e.open()).page, 300)).rejects.toThrow(/Timeout/);
  });
});
