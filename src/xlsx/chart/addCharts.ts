/**
 * Adds the plan's charts to an .xlsx written by exceljs (which has no chart writer): per sheet with charts, a
 * drawing part holding them, the chart parts, their relationships, the sheet's <drawing> element and the
 * content types. Everything else in the file is left as it was.
 */
import JSZip from "jszip";
import type { ChartPlan, SheetPlan } from "../../workbook/plan";
import { chartXml, drawingXml } from "./chartXml";

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAWING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** Elements a <drawing> must come before, in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = ["<legacyDrawing", "<legacyDrawingHF", "<drawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

const unescapeXml = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`the workbook has no ${path}`);
  return file.async("string");
}

/** xl/worksheets/sheetN.xml of each sheet name, from workbook.xml and its relationships. */
async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]+)"/g)) {
    const target = targets.get(m[2]!);
    if (target) out.set(unescapeXml(m[1]!), target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  return out;
}

function addRelationship(rels: string | null, id: string, type: string, target: string): string {
  const rel = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  if (rels === null) return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${rel}</Relationships>`;
  return rels.replace("</Relationships>", `${rel}</Relationships>`);
}

function withDrawing(sheetXml: string, relId: string): string {
  const xml = /<worksheet\b[^>]*xmlns:r=/.test(sheetXml) ? sheetXml : sheetXml.replace("<worksheet ", `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" `);
  const at = Math.min(...AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  return `${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`;
}

async function addSheetCharts(zip: JSZip, sheetPath: string, charts: readonly ChartPlan[], drawingNo: number, firstChartNo: number, types: string[]): Promise<void> {
  const drawing = `xl/drawings/drawing${drawingNo}.xml`;
  zip.file(drawing, drawingXml(charts));
  let drawingRels: string | null = null;
  charts.forEach((c, i) => {
    const n = firstChartNo + i;
    zip.file(`xl/charts/chart${n}.xml`, chartXml(c));
    drawingRels = addRelationship(drawingRels, `rId${i + 1}`, CHART_REL, `../charts/chart${n}.xml`);
    types.push(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CHART_TYPE}"/>`);
  });
  zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, drawingRels!);
  types.push(`<Override PartName="/${drawing}" ContentType="${DRAWING_TYPE}"/>`);
  const [dir, file] = [sheetPath.slice(0, sheetPath.lastIndexOf("/")), sheetPath.slice(sheetPath.lastIndexOf("/") + 1)];
  const relsPath = `${dir}/_rels/${file}.rels`;
  const relId = "rIdThiDuaCharts";
  const existing = zip.file(relsPath) ? await text(zip, relsPath) : null;
  zip.file(relsPath, addRelationship(existing, relId, DRAWING_REL, `../drawings/drawing${drawingNo}.xml`));
  zip.file(sheetPath, withDrawing(await text(zip, sheetPath), relId));
}

/** The .xlsx with the charts of `sheets` added (the bytes unchanged when no sheet has a chart). */
export async function addCharts(xlsx: Uint8Array, sheets: readonly Pick<SheetPlan, "name" | "charts">[]): Promise<Uint8Array> {
  const withCharts = sheets.filter((s) => (s.charts?.length ?? 0) > 0);
  if (withCharts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const paths = await sheetPaths(zip);
  const taken = (dir: string) => Object.keys(zip.files).filter((f) => f.startsWith(dir) && f.endsWith(".xml")).length;
  let drawingNo = taken("xl/drawings/drawing") + 1;
  let chartNo = taken("xl/charts/chart") + 1;
  const types: string[] = [];
  for (const sheet of withCharts) {
    const path = paths.get(sheet.name);
    if (!path) throw new Error(`the workbook has no sheet "${sheet.name}" for its chart`);
    await addSheetCharts(zip, path, sheet.charts!, drawingNo++, chartNo, types);
    chartNo += sheet.charts!.length;
  }
  const contentTypes = await text(zip, "[Content_Types].xml");
  zip.file("[Content_Types].xml", contentTypes.replace("</Types>", `${types.join("")}</Types>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
