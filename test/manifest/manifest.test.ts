import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateManifestXml } from "../../scripts/lib/validate-manifest.cjs";
import { readPngSize } from "./png-size";
import {
  allUrls,
  declaredImageSizes,
  devServerPath,
  iconReferences,
  localeOverride,
  requirementSetMinVersion,
} from "./manifest-reader";

const ROOT = join(__dirname, "..", "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml schema validation (offline, xmllint-wasm)", () => {
  it("validates against OfficeAppManifestV1_1.xsd", async () => {
    const result = await validateManifestXml(manifest);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("rejects a copy without <Id>", async () => {
    const broken = manifest.replace(/<Id>[^<]*<\/Id>/, "");
    expect(broken).not.toContain("<Id>");
    const result = await validateManifestXml(broken, "missing-id.xml");
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/Expected is .*Id/);
  });

  it("rejects a copy with an unknown element", async () => {
    const broken = manifest.replace("<Permissions>", "<Bogus/>\n  <Permissions>");
    const result = await validateManifestXml(broken, "bogus-element.xml");
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/Bogus/);
  });

  it("rejects XML that is not well-formed", async () => {
    const result = await validateManifestXml("<OfficeApp", "truncated.xml");
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });
});

describe("manifest.xml icons", () => {
  const icons = iconReferences(manifest);

  it("references IconUrl, HighResolutionIconUrl and the 16/32/80 ribbon images", () => {
    expect(icons.map((icon) => icon.source)).toEqual(
      expect.arrayContaining(["IconUrl", "HighResolutionIconUrl", "bt:Image#Icon.16x16", "bt:Image#Icon.32x32", "bt:Image#Icon.80x80"]),
    );
  });

  it.each(icons.map((icon) => [icon.source, icon] as const))("%s exists in assets/ at the stated size", (_source, icon) => {
    const file = join(ROOT, devServerPath(icon.url));
    expect(devServerPath(icon.url)).toMatch(/^assets\//);
    expect(existsSync(file)).toBe(true);
    expect(readPngSize(file)).toEqual({ width: icon.size, height: icon.size });
  });

  it("uses each ribbon image at the size its bt:Image size attribute states", () => {
    for (const [resid, sizes] of declaredImageSizes(manifest)) {
      const resource = icons.find((icon) => icon.source === `bt:Image#${resid}`);
      expect(resource).toBeDefined();
      expect([...sizes]).toEqual([resource?.size]);
    }
  });
});

describe("manifest.xml content", () => {
  it("has vi-VN overrides for DisplayName and Description", () => {
    expect(localeOverride(manifest, "DisplayName", "vi-VN")).toBe("ThiDua – Chấm điểm thi đua");
    expect(localeOverride(manifest, "Description", "vi-VN")).toMatch(/thi đua/);
  });

  it("requires ExcelApi 1.8 (data validation)", () => {
    expect(requirementSetMinVersion(manifest, "ExcelApi")).toBe("1.8");
  });

  it("serves every URL from https://localhost:3000", () => {
    const urls = allUrls(manifest);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
  });
});
