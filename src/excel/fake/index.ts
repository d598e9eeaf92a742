/**
 * A typed, in-memory fake of exactly the Excel JavaScript API objects ThiDua uses (src/excel).
 *
 * - Proxy semantics: writes and loads are queued; context.sync() runs them in order. A property is
 *   readable only after load + sync, otherwise it throws PropertyNotLoaded like Office.js.
 * - Counts syncs and records the approximate JSON size (UTF-8 bytes) of each batch.
 * - Rejects any member above the manifest's ExcelApi 1.8 unless the code asked
 *   Office.context.requirements.isSetSupported("ExcelApi", ≥ version) and got true.
 * - Mimics the Excel errors the renderer must avoid: adding an existing sheet or name, protecting a
 *   protected sheet, writing locked cells or formats on a protected sheet, unprotecting without the
 *   password, deleting the last visible sheet, activating or selecting on a hidden sheet, loading a custom
 *   rule's formula through a collection holding other conditional-format types (office-js#2180).
 * - Pane actions: Worksheet.getUsedRange/delete/activate, Range.select (state.activeSheet, state.selection),
 *   conditional formats with ids (load id/type, custom.rule.load, delete), names loaded with formula/comment.
 * - Charts: Worksheet.charts.add from a range (a series per column), name, title, legend, value/category axis,
 *   series added and bound with setValues/setXAxisValues, chart type, line style, position, delete (FakeSheetState.charts).
 * - Events: Worksheet.onChanged (1.7), WorksheetCollection.onChanged (1.9), onAdded/onDeleted (1.7). Handlers
 *   are registered at the next sync and called asynchronously (like Office.js) after a sync that wrote or
 *   cleared cells, added or deleted sheets, and after an edit a "user" makes (FakeSheetState.type,
 *   FakeWorkbookState.edited); EventHandlerResult.remove takes effect at the next sync.
 */
export { EXCEL_API_MEMBERS, MANIFEST_EXCEL_API, compareVersions } from "./requirements";
export { FakeOfficeError } from "./errors";
export type { FakeChartState, FakeChartSeriesState } from "./chartState";
export { FakeSheetState, FakeWorkbookState, type FakeCell, type FakeConditionalFormat, type FakeValidation } from "./state";
export { colNumber, parseCell, parseRange, type Box } from "./addresses";
export { FakeExcel, type FakeExcelOptions } from "./host";
export { FakeRequestContext } from "./context";
export { FakeConditionalFormatItem } from "./conditionalFormats";
