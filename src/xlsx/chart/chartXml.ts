/**
 * The DrawingML of a ThiDua chart (exceljs writes no charts): bars, threshold lines and trends whose categories and values are
 * references to the workbook's cells, so Excel and LibreOffice redraw it from the cells after every edit.
 */
import type { ChartPlan, ChartSeriesPlan } from "../../workbook/plan";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

export const escapeXml = (s: string) => s.normalize("NFC").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

const richText = (text: string, sizeHundredths: number, bold: boolean) =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${sizeHundredths}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${sizeHundredths}" b="${bold ? 1 : 0}"><a:latin typeface="Times New Roman"/></a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;

/** Bar colours, one per bars series; threshold lines, dashed, one colour per band. */
const BAR_FILLS = ["2E75B6", "ED7D31", "70AD47", "FFC000", "5B9BD5", "A5A5A5", "264478", "9E480E", "636363"];
const LINE_COLOURS = ["C00000", "7030A0", "00B050", "BF8F00", "0070C0"];
const AXES = `<c:axId val="500001"/><c:axId val="500002"/>`;

const pick = (palette: readonly string[], i: number) => palette[i % palette.length]!;
const refs = (chart: ChartPlan, s: ChartSeriesPlan) =>
  `<c:cat><c:strRef><c:f>${escapeXml(chart.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${escapeXml(s.values)}</c:f></c:numRef></c:val>`;
const head = (s: ChartSeriesPlan, i: number) => `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>`;
const valueLabels = (numFmt: string) =>
  `<c:dLbls><c:numFmt formatCode="${escapeXml(numFmt)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;

/** Bars: one colour per series; value labels only when the chart has a single bars series (more would crowd). */
function barsXml(chart: ChartPlan, bars: readonly (readonly [ChartSeriesPlan, number])[]): string {
  if (bars.length === 0) return "";
  const labels = bars.length === 1 ? valueLabels(chart.valueAxis.numFmt) : "";
  const ser = bars
    .map(([s, i], k) => `<c:ser>${head(s, i)}<c:spPr><a:solidFill><a:srgbClr val="${pick(BAR_FILLS, k)}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${labels}${refs(chart, s)}</c:ser>`)
    .join("");
  const gap = bars.length === 1 ? 40 : 20;
  return `<c:barChart><c:barDir val="${chart.direction === "column" ? "col" : "bar"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}<c:gapWidth val="${gap}"/>${AXES}</c:barChart>`;
}

/** Lines (thresholds): dashed, without markers, over the same axes as the bars. */
function linesXml(chart: ChartPlan, lines: readonly (readonly [ChartSeriesPlan, number])[]): string {
  if (lines.length === 0) return "";
  const ser = lines
    .map(
      ([s, i], k) =>
        `<c:ser>${head(s, i)}<c:spPr><a:ln w="22225"><a:solidFill><a:srgbClr val="${pick(LINE_COLOURS, k)}"/></a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>${refs(chart, s)}<c:smooth val="0"/></c:ser>`,
    )
    .join("");
  return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}<c:marker val="1"/>${AXES}</c:lineChart>`;
}

/** Trends over periods: solid lines with markers, one colour per unit. */
function trendsXml(chart: ChartPlan, trends: readonly (readonly [ChartSeriesPlan, number])[]): string {
  if (trends.length === 0) return "";
  const ser = trends
    .map(([s, i], k) => {
      const colour = pick(BAR_FILLS, k);
      const marker = `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>`;
      return `<c:ser>${head(s, i)}<c:spPr><a:ln w="22225"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr>${marker}${refs(chart, s)}<c:smooth val="0"/></c:ser>`;
    })
    .join("");
  return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${ser}<c:marker val="1"/>${AXES}</c:lineChart>`;
}

/** Category and value axes: columns read left to right; horizontal bars top to bottom with the values below. */
function axesXml(chart: ChartPlan): string {
  const column = chart.direction === "column";
  const { min, max, numFmt, reversed } = chart.valueAxis;
  const scaling = `<c:scaling><c:orientation val="${reversed ? "maxMin" : "minMax"}"/>${max !== undefined ? `<c:max val="${max}"/>` : ""}<c:min val="${min}"/></c:scaling>`;
  return (
    `<c:catAx><c:axId val="500001"/><c:scaling><c:orientation val="${column ? "minMax" : "maxMin"}"/></c:scaling><c:delete val="0"/><c:axPos val="${column ? "b" : "l"}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500002"/><c:crosses val="${reversed ? "max" : "autoZero"}"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500002"/>${scaling}<c:delete val="0"/><c:axPos val="${column ? "l" : "b"}"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(numFmt)}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500001"/><c:crosses val="${column ? "autoZero" : "max"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The chart part (xl/charts/chartN.xml): bars and threshold lines bound to cells, a legend when there is more than one series. */
export function chartXml(chart: ChartPlan): string {
  const indexed = chart.series.map((s, i) => [s, i] as const);
  const legend = chart.series.length > 1 ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(chart.title, 1200, true)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${barsXml(chart, indexed.filter(([s]) => s.kind === "bars"))}${linesXml(chart, indexed.filter(([s]) => s.kind === "line"))}${trendsXml(chart, indexed.filter(([s]) => s.kind === "trend"))}${axesXml(chart)}</c:plotArea>` +
    // A trend's missing period (#N/A) is skipped, the line joining its neighbours: LibreOffice draws "gap" as a 0.
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="${chart.series.some((s) => s.kind === "trend") ? "span" : "gap"}"/></c:chart></c:chartSpace>`
  );
}

/** The drawing part (xl/drawings/drawingN.xml) placing each chart over its cells; chart i is rId{i+1}. */
export function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts
    .map((c, i) => {
      const at = (tag: string, p: { col: number; row: number }) =>
        `<xdr:${tag}><xdr:col>${p.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell">${at("from", c.anchor.from)}${at("to", c.anchor.to)}` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(c.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">${anchors}</xdr:wsDr>`;
}
