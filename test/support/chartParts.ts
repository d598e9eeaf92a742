/** The chart parts of an .xlsx and the series LibreOffice saved in them (its cached points), for chart tests. */
import JSZip from "jszip";

export interface SavedSeries {
  readonly categories: string[];
  readonly values: number[];
}

/** The chart parts (xl/charts/chartN.xml), in the order they were written (chart1, chart2…). */
export async function chartParts(bytes: Uint8Array | Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const number = (f: string) => Number(/(\d+)\.xml$/.exec(f)![1]);
  const parts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  parts.sort((a, b) => number(a) - number(b));
  return Promise.all(parts.map((f) => zip.file(f)!.async("string")));
}

/** Each series of a chart part with its cached points (<c:cat>, <c:val>), in order. */
export function savedSeries(xml: string): SavedSeries[] {
  const points = (block: string) => [...block.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)].sort((a, b) => Number(a[1]) - Number(b[1])).map((m) => m[2]!);
  const part = (ser: string, tag: string) => new RegExp(`<c:${tag}>([\\s\\S]*?)</c:${tag}>`).exec(ser)?.[1] ?? "";
  return [...xml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => ({ categories: points(part(m[1]!, "cat")), values: points(part(m[1]!, "val")).map(Number) }));
}
