/**
 * The ExcelApi requirement set of every fake member (from the Excel JavaScript API reference).
 * The manifest declares ExcelApi 1.8: a member above it may be used only after
 * Office.context.requirements.isSetSupported("ExcelApi", ≥ its version) answered true.
 */
export const MANIFEST_EXCEL_API = "1.8";

export const EXCEL_API_MEMBERS = {
  "Excel.run": "1.1",
  "RequestContext.sync": "1.1",
  "Application.suspendApiCalculationUntilNextSync": "1.6",
  "WorksheetCollection.load": "1.1",
  "WorksheetCollection.add": "1.1",
  "WorksheetCollection.getItem": "1.1",
  "WorksheetCollection.getActiveWorksheet": "1.1",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "Worksheet.load": "1.1",
  "Worksheet.getRange": "1.1",
  "Worksheet.visibility": "1.2",
  "Worksheet.name": "1.1",
  "Worksheet.names": "1.4",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "WorksheetFreezePanes.freezeColumns": "1.7",
  "WorksheetFreezePanes.freezeAt": "1.7",
  "WorksheetProtection.load": "1.2",
  "WorksheetProtection.protect": "1.2",
  "WorksheetProtection.unprotect": "1.2",
  "Worksheet.pageLayout": "1.9",
  "Worksheet.delete": "1.1",
  "Worksheet.activate": "1.1",
  "Worksheet.getUsedRange": "1.1",
  "Range.select": "1.1",
  "Range.load": "1.1",
  "Range.values": "1.1",
  "Range.formulas": "1.1",
  "Range.numberFormat": "1.1",
  "Range.clear": "1.1",
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.wrapText": "1.1",
  "RangeFormat.verticalAlignment": "1.1",
  "RangeFormat.indentLevel": "1.9",
  "RangeFont.bold": "1.1",
  "RangeFill.color": "1.1",
  "FormatProtection.locked": "1.2",
  "Range.dataValidation": "1.8",
  "DataValidation.clear": "1.8",
  "Range.conditionalFormats": "1.6",
  "ConditionalFormatCollection.add": "1.6",
  "ConditionalFormatCollection.clearAll": "1.6",
  "ConditionalFormatCollection.load": "1.6",
  "ConditionalFormat.delete": "1.6",
  "NamedItemCollection.load": "1.1",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getItem": "1.1",
  "NamedItem.formula": "1.7",
  "NamedItem.comment": "1.4",
  "NamedItem.delete": "1.4",
  "Worksheet.onChanged": "1.7",
  "WorksheetCollection.onChanged": "1.9",
  "WorksheetCollection.onAdded": "1.7",
  "WorksheetCollection.onDeleted": "1.7",
  "Worksheet.charts": "1.1",
  "ChartCollection.add": "1.1",
  "ChartCollection.load": "1.1",
  "ChartCollection.getItem": "1.1",
  "Chart.name": "1.1",
  "Chart.setPosition": "1.1",
  "Chart.delete": "1.1",
  "ChartTitle.text": "1.1",
  "ChartLegend.visible": "1.1",
  "ChartLegend.position": "1.1",
  "ChartAxis.minimum": "1.1",
  "ChartAxis.maximum": "1.1",
  "ChartAxis.numberFormat": "1.8",
  "ChartAxis.reversePlotOrder": "1.7",
  "ChartAxis.position": "1.8",
  "ChartSeriesCollection.getItemAt": "1.1",
  "ChartSeriesCollection.add": "1.7",
  "ChartSeries.name": "1.1",
  "ChartSeries.chartType": "1.7",
  "ChartSeries.markerStyle": "1.7",
  "ChartSeries.hasDataLabels": "1.7",
  "ChartSeries.setValues": "1.7",
  "ChartSeries.setXAxisValues": "1.7",
  "ChartLineFormat.lineStyle": "1.7",
  "ChartLineFormat.color": "1.1",
  "ChartFill.setSolidColor": "1.1",
} as const;

export type FakeMember = keyof typeof EXCEL_API_MEMBERS;

/** "1.10" > "1.9": compares dotted versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
