/** `ADDIN_BASE_URL=https://… npm run build`: the manifest an organisation deploys (README, "Deploying for your organisation"). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { NO_BASE_URL_NOTICE, parseBaseUrl, requestedBaseUrl, rewriteManifestUrls } from "../../scripts/lib/manifest-urls.cjs";
import { validateManifestXml } from "../../scripts/lib/validate-manifest.cjs";
import { allUrls } from "./manifest-reader";

const devManifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("the public base URL of a production build", () => {
  it.each([
    ["https://thidua.example.gov.vn", "https://thidua.example.gov.vn"],
    ["https://thidua.example.gov.vn/", "https://thidua.example.gov.vn"],
    ["  https://intranet.example.gov.vn/ung-dung/thidua//  ", "https://intranet.example.gov.vn/ung-dung/thidua"],
    ["https://thidua.example.gov.vn:8443/addin", "https://thidua.example.gov.vn:8443/addin"],
  ])("accepts %j as %j", (raw, url) => {
    expect(parseBaseUrl(raw)).toEqual({ ok: true, url });
  });

  it.each([
    ["http://thidua.example.gov.vn", /https:\/\//],
    ["thidua.example.gov.vn", /not a web address/],
    ["https://localhost:3000", /this computer/],
    ["https://127.0.0.1", /this computer/],
    ["https://thidua.example.gov.vn/?v=2", /without \?query/],
  ])("refuses %j, saying why", (raw, why) => {
    const r = parseBaseUrl(raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(why);
  });

  it("is taken from webpack's --env first, then the environment", () => {
    expect(requestedBaseUrl({ ADDIN_BASE_URL: "https://a.example" }, { ADDIN_BASE_URL: "https://b.example" })).toBe("https://a.example");
    expect(requestedBaseUrl({}, { ADDIN_BASE_URL: "https://b.example" })).toBe("https://b.example");
    expect(requestedBaseUrl({}, { ADDIN_BASE_URL: " " })).toBeUndefined();
  });
});

describe("the deployed manifest", () => {
  const base = "https://intranet.example.gov.vn/thidua";
  const deployed = rewriteManifestUrls(devManifest, base);

  it("names only the organisation's server, for every URL including SupportUrl", () => {
    const urls = allUrls(deployed);
    expect(urls.length).toBe(allUrls(devManifest).length);
    for (const url of urls) expect(url.startsWith(`${base}/`)).toBe(true);
    expect(deployed).not.toContain("localhost");
    expect(deployed).toContain(`<SupportUrl DefaultValue="${base}/support.html"/>`);
  });

  it("still validates against the Office manifest schema", async () => {
    expect(await validateManifestXml(deployed, "dist/manifest.xml")).toEqual({ valid: true, errors: [] });
  });

  it("refuses to leave a local address behind", () => {
    expect(() => rewriteManifestUrls(devManifest.replace("</OfficeApp>", "<!-- http://127.0.0.1:3000/x --></OfficeApp>"), base)).toThrow(/127\.0\.0\.1/);
  });
});

describe("a production build without a base URL", () => {
  // webpack.config.js is plain CommonJS; its default export builds the configuration for (env, options).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require("../../webpack.config.js") as (env: Record<string, unknown>, options: { mode: string }) => Promise<unknown>;
  const saved = process.env.ADDIN_BASE_URL;
  beforeEach(() => delete process.env.ADDIN_BASE_URL);
  afterEach(() => {
    if (saved === undefined) delete process.env.ADDIN_BASE_URL;
    else process.env.ADDIN_BASE_URL = saved;
    jest.restoreAllMocks();
  });

  it("says so, with the command to give one (a development build and the dev server do not)", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    await config({}, { mode: "production" });
    expect(warn).toHaveBeenCalledWith(NO_BASE_URL_NOTICE);
    expect(NO_BASE_URL_NOTICE).toMatch(/ADDIN_BASE_URL=https:\/\/\S+ npm run build/);
    warn.mockClear();
    await config({ WEBPACK_SERVE: true }, { mode: "development" });
    await config({ ADDIN_BASE_URL: "https://thidua.example.gov.vn" }, { mode: "production" });
    expect(warn).not.toHaveBeenCalledWith(NO_BASE_URL_NOTICE);
  });
});
