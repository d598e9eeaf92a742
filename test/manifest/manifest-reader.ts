// Small regex-based readers for manifest.xml facts the XSD cannot check (icon sizes, overrides, API sets).
// The manifest is our own, hand-formatted file, so attribute order in the patterns below is stable.
const DEV_SERVER = "https://localhost:3000/";

export interface IconReference {
  /** Element that points at the icon, e.g. "IconUrl" or "bt:Image#Icon.16x16". */
  source: string;
  url: string;
  /** Expected pixel size (square icons). */
  size: number;
}

function sizeFromFileName(url: string): number {
  const match = /icon-(\d+)\.png$/.exec(url);
  if (!match) throw new Error(`cannot infer the icon size from ${url}`);
  return Number(match[1]);
}

/** Icons referenced by IconUrl, HighResolutionIconUrl and the bt:Images resources. */
export function iconReferences(manifest: string): IconReference[] {
  const refs: IconReference[] = [];
  for (const [element, size] of [
    ["IconUrl", 32],
    ["HighResolutionIconUrl", 64],
  ] as const) {
    const match = new RegExp(`<${element} DefaultValue="([^"]+)"`).exec(manifest);
    if (match) refs.push({ source: element, url: match[1], size });
  }
  for (const match of manifest.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"/g)) {
    refs.push({ source: `bt:Image#${match[1]}`, url: match[2], size: sizeFromFileName(match[2]) });
  }
  return refs;
}

/** Sizes declared by <bt:Image size="N" resid="..."/> references, keyed by resid. */
export function declaredImageSizes(manifest: string): Map<string, Set<number>> {
  const sizes = new Map<string, Set<number>>();
  for (const match of manifest.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"/g)) {
    const set = sizes.get(match[2]) ?? new Set<number>();
    set.add(Number(match[1]));
    sizes.set(match[2], set);
  }
  return sizes;
}

/** Path relative to the project root of a URL served by the dev server, e.g. "assets/icon-16.png". */
export function devServerPath(url: string): string {
  if (!url.startsWith(DEV_SERVER)) throw new Error(`${url} is not served from ${DEV_SERVER}`);
  return url.slice(DEV_SERVER.length);
}

/** Value of <Override Locale="..."> inside the given top-level element (DisplayName, Description). */
export function localeOverride(manifest: string, element: string, locale: string): string | undefined {
  const block = new RegExp(`<${element} DefaultValue="[^"]*">([\\s\\S]*?)</${element}>`).exec(manifest);
  if (!block) return undefined;
  return new RegExp(`<Override Locale="${locale}" Value="([^"]*)"`).exec(block[1])?.[1];
}

/** MinVersion of a requirement set in <Requirements><Sets>. */
export function requirementSetMinVersion(manifest: string, name: string): string | undefined {
  return new RegExp(`<Set Name="${name}" MinVersion="([^"]+)"`).exec(manifest)?.[1];
}

/** All https URLs in DefaultValue attributes. */
export function allUrls(manifest: string): string[] {
  return [...manifest.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
}
