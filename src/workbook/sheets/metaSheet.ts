/** _ThiDua (hidden): the workbook format, the cluster, and the template's JSON in cell-sized parts. */
import { cleanText } from "../../domain/text/normalize";
import { JSON_CHUNK, SHEET } from "../names";
import { WORKBOOK_FORMAT, WORKBOOK_FORMAT_VERSION, type SheetPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import type { PlanContext } from "./context";
import type { ClusterInfo } from "./unitsSheet";

export function buildMetaSheet({ template: t, units }: PlanContext, cluster: ClusterInfo): SheetPlan {
  const meta = new SheetBuilder(SHEET.meta, true);
  const chunks = jsonChunks(JSON.stringify(t.input));
  const metaRows: [string, string | number][] = [
    ["format", WORKBOOK_FORMAT],
    ["formatVersion", WORKBOOK_FORMAT_VERSION],
    ["templateId", t.id],
    ["templateVersion", t.version],
    ["clusterName", cleanText(cluster.name)],
    ["period", cleanText(cluster.period)],
    ["unitCount", units.length],
    ["templateJsonParts", chunks.length],
  ];
  metaRows.forEach(([k, v], i) => {
    meta.label(1, i + 1, k);
    meta.label(2, i + 1, v);
  });
  chunks.forEach((ch, i) => {
    meta.label(1, metaRows.length + 1 + i, `templateJson${i + 1}`);
    meta.label(2, metaRows.length + 1 + i, ch);
  });
  meta.width(1, 20);
  meta.width(2, 80);
  return meta.build();
}

/** Splits the JSON into parts of at most JSON_CHUNK characters, never inside a surrogate pair. */
function jsonChunks(json: string): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < json.length; ) {
    let end = Math.min(json.length, i + JSON_CHUNK);
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1]!)) end--;
    chunks.push(json.slice(i, end));
    i = end;
  }
  return chunks;
}

/** Reassembles the template JSON stored in a _ThiDua sheet's cells (B-column values by row). */
export function templateJsonFromMeta(valueAt: (row: number) => unknown): string {
  const parts = Number(valueAt(8) ?? 0);
  let out = "";
  for (let i = 0; i < parts; i++) out += String(valueAt(9 + i) ?? "");
  return out;
}
